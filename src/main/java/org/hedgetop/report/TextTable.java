package org.hedgetop.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: left-aligned text columns, right-aligned number columns, two spaces apart. */
final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Headers ending in '>' are right-aligned (the marker is not printed). */
    TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            boolean right = headers[i].endsWith(">");
            rightAligned[i] = right;
            this.headers.add(right ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
        }
    }

    TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table " + headers.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    void appendTo(StringBuilder out) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(out, headers, width);
        for (List<String> r : rows) {
            line(out, r, width);
        }
    }

    private void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append("  ");
            }
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            s.append(rightAligned[i] ? pad + c : c + pad);
        }
        out.append(s.toString().stripTrailing()).append('\n');
    }
}
