package org.hedgetop.book;

/**
 * One problem found in a portfolio file, printed as {@code FILE:LINE:COL: message}.
 *
 * @param file     the file name as the user gave it
 * @param line     1-based line (0 when the problem is the whole file)
 * @param column   1-based column in code points (0 when unknown)
 * @param message  what is wrong and what was expected, with the bad value
 */
public record BookError(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
