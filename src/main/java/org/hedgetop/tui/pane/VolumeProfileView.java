package org.hedgetop.tui.pane;

import java.util.Optional;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.tui.draw.Bars;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Fmt;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;
import org.hedgetop.tui.draw.VolumeProfile;
import org.hedgetop.tui.draw.Wrap;

/**
 * The volume profile box of the detail view: one row per price level, highest on top, the bar the volume
 * traded at that level; the level of the latest price, the high-volume node and the low-volume node near it
 * are marked in words ("< price", "HVN", "LVN").
 */
final class VolumeProfileView {
    private VolumeProfileView() {
    }

    static final String NO_VOLUME = "no volume from this source";

    static void draw(Canvas c, Rect r, PriceSeries series, String name, long from, long to) {
        if (r.height() < 2 || r.width() < 10) {
            return;
        }
        Theme t = c.theme();
        c.text(r.x() + 1, r.y(), r.width() - 1, "Volume by price, " + name, t.header);
        if (!series.hasVolume()) {
            int y = r.y() + 1;
            for (String line : Wrap.words(NO_VOLUME, r.width() - 1)) {
                c.text(r.x() + 1, y++, r.width() - 1, line, t.dim);
            }
            return;
        }
        int bins = r.height() - 1;
        Optional<VolumeProfile> p = VolumeProfile.of(series, from, to, bins);
        if (p.isEmpty()) {
            c.text(r.x() + 1, r.y() + 1, r.width() - 1, "no prices in the window", t.dim);
            return;
        }
        VolumeProfile vp = p.get();
        int label = 9;
        int tag = 8;
        int barW = Math.max(1, r.width() - 1 - label - 1 - tag);
        double max = vp.maxVolume();
        for (int b = 0; b < bins; b++) {
            int y = r.y() + 1 + (bins - 1 - b);
            int x = r.x() + 1;
            c.right(x, y, label, Fmt.price(vp.binMid(b), label), b == vp.priceBin() ? t.header : t.dim);
            double f = max > 0 ? vp.volume()[b] / max : 0;
            boolean node = b == vp.hvn() || b == vp.lvn();
            Bars.horizontal(c, x + label + 1, y, barW, f, node ? t.warn : t.chart);
            StringBuilder s = new StringBuilder(8);
            if (b == vp.priceBin()) {
                s.append("<px ");
            }
            if (b == vp.hvn()) {
                s.append("HVN");
            } else if (b == vp.lvn()) {
                s.append("LVN");
            }
            c.text(x + label + 1 + barW + 1, y, tag - 1, s.toString().trim(), node ? t.warn : t.header);
        }
    }
}
