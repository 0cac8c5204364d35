package org.hedgetop.tui.pane;

import java.util.Optional;
import org.hedgetop.risk.VolumeProfile;
import org.hedgetop.tui.draw.Bars;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.text.Fmt;
import org.hedgetop.tui.draw.Rect;
import org.hedgetop.tui.draw.Theme;
import org.hedgetop.tui.draw.Wrap;

/**
 * The volume profile box of the detail view: one row per price level, highest on top, the bar the volume
 * traded at that level; the level of the latest price, the high-volume node and the low-volume node near it
 * are marked in words ("< price", "HVN", "LVN"). The profile's bins are fixed (computed in risk); with fewer
 * rows than bins a row sums an equal number of neighbouring bins (rows beyond the last such row stay empty),
 * so the nodes are the same on every terminal and every bar covers the same price range.
 */
final class VolumeProfileView {
    private VolumeProfileView() {
    }

    static final String NO_VOLUME = "no volume from this source";

    static void draw(Canvas c, Rect r, boolean hasVolume, Optional<VolumeProfile> p, String name) {
        if (r.height() < 2 || r.width() < 10) {
            return;
        }
        Theme t = c.theme();
        c.text(r.x() + 1, r.y(), r.width() - 1, "Volume by price, " + name, t.header);
        if (!hasVolume) {
            int y = r.y() + 1;
            for (String line : Wrap.words(NO_VOLUME, r.width() - 1)) {
                c.text(r.x() + 1, y++, r.width() - 1, line, t.dim);
            }
            return;
        }
        if (p.isEmpty()) {
            c.text(r.x() + 1, r.y() + 1, r.width() - 1, "no prices in the window", t.dim);
            return;
        }
        VolumeProfile vp = p.get();
        int bins = vp.volume().length;
        int rows = rows(bins, r.height() - 1);
        double[] volume = new double[rows];
        for (int b = 0; b < bins; b++) {
            volume[row(b, bins, rows)] += vp.volume()[b];
        }
        double max = 0;
        for (double v : volume) {
            max = Math.max(max, v);
        }
        int priceRow = row(vp.priceBin(), bins, rows);
        int hvn = row(vp.hvn(), bins, rows);
        int lvn = row(vp.lvn(), bins, rows);
        int label = 9;
        int tag = 8;
        int barW = Math.max(1, r.width() - 1 - label - 1 - tag);
        for (int k = 0; k < rows; k++) {
            int y = r.y() + 1 + (rows - 1 - k);
            int x = r.x() + 1;
            c.right(x, y, label, Fmt.price(mid(vp, k, bins, rows), label), k == priceRow ? t.header : t.dim);
            double f = max > 0 ? volume[k] / max : 0;
            boolean node = k == hvn || k == lvn;
            Bars.horizontal(c, x + label + 1, y, barW, f, node ? t.warn : t.chart);
            StringBuilder s = new StringBuilder(8);
            if (k == priceRow) {
                s.append("<px ");
            }
            if (k == hvn) {
                s.append("HVN");
            } else if (k == lvn) {
                s.append("LVN");
            }
            c.text(x + label + 1 + barW + 1, y, tag - 1, s.toString().trim(), node ? t.warn : t.header);
        }
    }

    /** Rows drawn: the most that hold an equal number of whole bins each (a divisor of the bins) and fit. */
    static int rows(int bins, int room) {
        for (int rows = Math.min(bins, room); rows > 1; rows--) {
            if (bins % rows == 0) {
                return rows;
            }
        }
        return 1;
    }

    /** Row (0 at the bottom) of bin {@code b} when {@code bins} bins share {@code rows} rows. */
    static int row(int b, int bins, int rows) {
        return (int) ((long) b * rows / bins);
    }

    /** Price in the middle of row {@code k}: the middle of its first and last bin. */
    private static double mid(VolumeProfile vp, int k, int bins, int rows) {
        int first = (int) (((long) k * bins + rows - 1) / rows);
        int last = (int) (((long) (k + 1) * bins + rows - 1) / rows) - 1;
        return (vp.binMid(first) + vp.binMid(last)) / 2;
    }
}
