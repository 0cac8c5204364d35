package org.hedgetop.tui.draw;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for the overlays, where text may take several rows instead of being cut. */
public final class Wrap {
    private Wrap() {
    }

    /** Lines of at most {@code width} cells, broken at spaces; a word longer than a line is cut. */
    public static List<String> words(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (width <= 0) {
            return lines;
        }
        StringBuilder line = new StringBuilder(width);
        for (String word : text.trim().split(" +")) {
            String w = word;
            while (w.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(w.substring(0, width));
                w = w.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Items (each kept whole where it fits) joined by two spaces into lines of at most {@code width} cells:
     * "price 152.34  chg +2.3%  value 15.2M" wraps between items, never inside one.
     */
    public static List<String> items(List<String> items, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(width);
        for (String item : items) {
            if (line.length() > 0 && line.length() + 2 + item.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append("  ");
            }
            line.append(item);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
