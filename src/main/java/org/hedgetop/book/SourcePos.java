package org.hedgetop.book;

/** A 1-based line and column in the portfolio file; {@link #NONE} for values not read from a file. */
public record SourcePos(int line, int column) {
    public static final SourcePos NONE = new SourcePos(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
