package org.hedgetop.tui.pane;

import java.util.List;
import org.hedgetop.risk.Alert;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Theme;

/**
 * The active alerts on one row, each named: kind in capitals, subject, message. What does not fit is
 * counted at the right end ("+2 more").
 */
public final class AlertLine {
    private AlertLine() {
    }

    public static void draw(Canvas c, int y, int width, List<Alert> alerts) {
        draw(c, y, width, alerts, "", "");
    }

    /**
     * With the feed's failure ({@code health} of {@code source}, when it is one) first, in full: the title
     * bar has room only for the start of it, next to the book's name.
     */
    public static void draw(Canvas c, int y, int width, List<Alert> alerts, String source, String health) {
        Theme t = c.theme();
        c.fill(0, y, width, 1, ' ', t.normal);
        int start = 0;
        if (!health.isEmpty() && TitleBar.failing(health)) {
            // at most half the row when there are alerts too: they still get named
            int room = alerts.isEmpty() ? width : Math.max(12, width / 2);
            int x = c.text(0, y, room, " FEED ", t.alertBar) + 1;
            x += c.text(x, y, room - x, Canvas.safe(source) + ": ", t.header);
            x += c.text(x, y, room - x, Canvas.safe(health), t.bad);
            if (alerts.isEmpty()) {
                return;
            }
            start = x + 1;
        }
        if (alerts.isEmpty()) {
            c.text(1, y, width - 1, "no alerts", t.good);
            return;
        }
        String head = alerts.size() == 1 ? " 1 ALERT " : " " + alerts.size() + " ALERTS ";
        int x = start + c.text(start, y, width - start, head, t.alertBar) + 1;
        int n = alerts.size();
        for (int i = 0; i < n; i++) {
            Alert a = alerts.get(i);
            String kind = a.kind().label().toUpperCase(java.util.Locale.ROOT).replace('_', '-');
            String subject = Canvas.safe(a.subject());
            String message = Canvas.safe(a.message());
            String sep = i == 0 ? "" : " | ";
            int len = sep.length() + kind.length() + 2 + subject.length() + 1 + message.length();
            String after = more(n - i - 1);
            if (x + len + after.length() <= width) {
                x += draw(c, x, y, width - x, sep, kind, subject, message, t);
                continue;
            }
            if (i == 0) {
                // the first alert is always named, cut if it must be, so the row is never only a count
                draw(c, x, y, width - x - after.length(), sep, kind, subject, message, t);
                c.text(width - after.length(), y, after.length(), after, t.warn);
            } else {
                String rest = more(n - i);
                c.text(x, y, width - x, rest, t.warn);
            }
            return;
        }
    }

    private static String more(int count) {
        return count > 0 ? " +" + count + " more (a)" : "";
    }

    private static int draw(Canvas c, int x, int y, int w, String sep, String kind, String subject, String message,
                            Theme t) {
        Style ks = kind.equals("DRIFT") || kind.equals("EXIT-RULE") ? t.warn : t.bad;
        int n = c.text(x, y, w, sep, t.dim);
        n += c.text(x + n, y, w - n, kind, ks);
        n += c.text(x + n, y, w - n, " " + subject + ":", t.header);
        n += c.text(x + n, y, w - n, " " + message, t.normal);
        return n;
    }
}
