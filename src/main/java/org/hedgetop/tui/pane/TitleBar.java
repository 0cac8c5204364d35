package org.hedgetop.tui.pane;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Style;
import org.hedgetop.tui.draw.Theme;

/**
 * Top row: book name, market source and its health (live / stale with age / error), PAUSED and *modified
 * flags, and the UTC clock of the view. The right side is drawn first so the flags and the clock are never
 * pushed off by a long book name; the date is dropped before the name would have fewer than 12 cells.
 */
public final class TitleBar {
    static final int NAME_KEPT = 24;

    private TitleBar() {
    }

    /** True when the feed's health is a failure worth its own place (the alert line), not "live" or "stale". */
    public static boolean failing(String health) {
        return !(health.startsWith("live") || health.startsWith("replay") || health.startsWith("ok")
                || health.startsWith("stale") || health.startsWith("waiting") || health.startsWith("paused"));
    }

    public static void draw(Canvas c, int y, int width, RiskView view, UiState ui) {
        Theme t = c.theme();
        c.fill(0, y, width, 1, ' ', t.titleBar);
        ZonedDateTime z = view.time().atZone(ZoneOffset.UTC);
        String time = two(z.getHour()) + ":" + two(z.getMinute()) + ":" + two(z.getSecond()) + " UTC";
        String date = z.getYear() + "-" + two(z.getMonthValue()) + "-" + two(z.getDayOfMonth()) + " ";
        String name = " " + Canvas.safe(view.portfolio());
        String health = Canvas.safe(view.sourceHealth());
        String source = Canvas.safe(view.source()) + ": ";
        boolean blind = ui.watchStopped();
        // the notification channels: quiet while they deliver, a warning as soon as one fails
        String notify = ui.alerts().health().isEmpty() ? "" : ui.alerts().failing() ? "NOTIFY FAILING" : "notify ok";
        int flags = (ui.paused() ? 7 : 0) + (ui.unsaved() ? 10 : 0) + (notify.isEmpty() ? 0 : notify.length() + 1)
                + (blind ? 13 : 0);
        int needed = name.length() + 2 + source.length() + health.length() + 1 + flags + date.length()
                + time.length() + 1;
        String clock = needed <= width ? date + time : time;
        int x = width - 1 - clock.length();
        c.text(x, y, clock.length(), clock, t.titleBar);
        if (ui.unsaved()) {
            x -= 10;
            c.text(x, y, 9, "*modified", t.titleWarn);
        }
        if (ui.paused()) {
            x -= 7;
            c.text(x, y, 6, "PAUSED", t.titleWarn);
        }
        if (blind) {
            x -= 13; // the file watcher has stopped: edits on disk are not seen any more
            c.text(x, y, 12, "NOT WATCHING", t.titleBad);
        }
        if (!notify.isEmpty() && x - notify.length() - 1 > name.length()) {
            x -= notify.length() + 1;
            c.text(x, y, notify.length(), notify, ui.alerts().failing() ? t.titleBad : t.titleBar);
        }
        int right = x - 1;
        // the book's name stays readable (up to 24 cells): a long source error is cut instead, and said in
        // full on the alert line
        int keep = Math.min(name.length(), NAME_KEPT) + 2 + source.length();
        if (right - health.length() < keep && right - keep > 1) {
            health = health.substring(0, Math.max(1, right - keep - 1)) + "~";
        }
        int healthX = Math.max(0, right - health.length());
        int sourceX = Math.max(0, healthX - source.length());
        c.text(0, y, Math.max(0, sourceX - 2), name, t.titleBar);
        c.text(sourceX, y, healthX - sourceX, source, t.titleBar);
        c.text(healthX, y, right - healthX, health, healthStyle(health, t));
    }

    /** live in the normal colours, stale in warning, error and anything else unexpected in alarm colours. */
    static Style healthStyle(String health, Theme t) {
        if (health.startsWith("live") || health.startsWith("replay") || health.startsWith("ok")) {
            return t.titleBar;
        }
        if (health.startsWith("stale") || health.startsWith("waiting") || health.startsWith("paused")) {
            return t.titleWarn;
        }
        return t.titleBad;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
