package org.hedgetop.tui.pane;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.hedgetop.alert.ActiveAlert;
import org.hedgetop.tui.AlertPanel;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Theme;

/**
 * The list of active alerts (key {@code a}): newest first, each with since-when, its kind, subject and message,
 * acknowledged and snoozed ones marked; {@code j}/{@code k} select, {@code A} acknowledges, {@code z} snoozes.
 * The channels' health is the last line.
 */
public final class AlertList {
    private AlertList() {
    }

    public static void draw(Canvas c, Rect r, AlertPanel panel, int selected, Instant now) {
        if (r.height() < 2) {
            return;
        }
        Theme t = c.theme();
        c.fill(r, t.normal);
        List<ActiveAlert> active = panel.active();
        int rows = r.height() - 1 - (panel.health().isEmpty() ? 0 : 1);
        int sel = Math.max(0, Math.min(selected, active.size() - 1));
        // scroll so the selected row stays in view
        int first = Math.max(0, Math.min(sel - rows + 1, active.size() - rows));
        first = Math.max(0, Math.min(first, sel));
        int shown = Math.min(rows, active.size() - first);
        PaneTitle.draw(c, r, "Active alerts, newest first", "j/k select  A acknowledge  z snooze 1 h  a/Esc close",
                true, first, shown, active.size());
        if (active.isEmpty()) {
            c.text(r.x() + 1, r.y() + 1, r.width() - 2, "no active alert", t.good);
        }
        for (int i = 0; i < shown; i++) {
            ActiveAlert a = active.get(first + i);
            int y = r.y() + 1 + i;
            String kind = a.kind().label().toUpperCase(Locale.ROOT).replace('_', '-');
            String state = a.acknowledged() ? "ack" : a.snoozedUntil().filter(u -> u.isAfter(now))
                    .map(u -> "zz " + hhmm(u)).orElse("");
            int x = r.x() + 1;
            int w = r.width() - 2;
            x += c.text(x, y, w, since(a.since(), now), t.dim);
            x += c.text(x, y, r.x() + 1 + w - x, String.format("%-8s ", state), t.dim);
            Style ks = a.acknowledged() ? t.dim : kind.equals("DRIFT") || kind.equals("STALE") ? t.warn : t.bad;
            x += c.text(x, y, r.x() + 1 + w - x, kind, ks);
            x += c.text(x, y, r.x() + 1 + w - x, " " + Canvas.safe(a.subject()) + ":", t.header);
            c.text(x, y, r.x() + 1 + w - x, " " + Canvas.safe(a.message()), a.acknowledged() ? t.dim : t.normal);
            if (first + i == sel) {
                c.restyle(r.x(), y, r.width(), Style::selected);
            }
        }
        if (!panel.health().isEmpty()) {
            c.text(r.x() + 1, r.bottom() - 1, r.width() - 2, Canvas.safe(panel.health()),
                    panel.failing() ? t.warn : t.dim);
        }
    }

    /** "since 12:03:05 (4 m)  ". */
    static String since(Instant since, Instant now) {
        ZonedDateTime z = since.atZone(ZoneOffset.UTC);
        long s = Math.max(0, Duration.between(since, now).getSeconds());
        String age = s < 60 ? s + " s" : s < 3600 ? s / 60 + " m" : s < 86400 ? s / 3600 + " h" : s / 86400 + " d";
        return String.format(Locale.ROOT, "since %02d:%02d:%02d (%s)", z.getHour(), z.getMinute(), z.getSecond(), age)
                + "  ";
    }

    private static String hhmm(Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%02d:%02d", z.getHour(), z.getMinute());
    }
}
