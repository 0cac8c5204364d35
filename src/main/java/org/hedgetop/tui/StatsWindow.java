package org.hedgetop.tui;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.Interval;

/**
 * The statistics interval and window the monitor shows, cycled with {@code w}. The presets keep about
 * thirty or more returns in every window (so rho and beta rest on a similar number of points) while the
 * horizon shrinks: a month of days, a week of 4-hour bars, two days of hours. The book's own setting
 * comes first in the cycle, so the cycle always returns to what the file says.
 *
 * @param interval  bucket length of the closes
 * @param returns   returns in the rolling window
 */
public record StatsWindow(Interval interval, int returns) {
    public static final List<StatsWindow> PRESETS = List.of(
            new StatsWindow(Interval.D1, 30), new StatsWindow(Interval.H4, 42), new StatsWindow(Interval.H1, 48));

    public static StatsWindow of(FeedSpec feed) {
        return new StatsWindow(feed.interval(), feed.window());
    }

    /** The book's own window, then the presets that differ from it. */
    public static List<StatsWindow> cycle(FeedSpec bookFeed) {
        List<StatsWindow> all = new ArrayList<>();
        all.add(of(bookFeed));
        for (StatsWindow p : PRESETS) {
            if (!all.contains(p)) {
                all.add(p);
            }
        }
        return all;
    }

    /** The window after {@code current} in the cycle of {@code bookFeed}. */
    public static StatsWindow next(FeedSpec bookFeed, StatsWindow current) {
        List<StatsWindow> all = cycle(bookFeed);
        int i = all.indexOf(current);
        return all.get((i + 1) % all.size());
    }

    public FeedSpec applyTo(FeedSpec feed) {
        return feed.withInterval(interval, returns);
    }

    @Override
    public String toString() {
        return interval.label() + "/" + returns;
    }
}
