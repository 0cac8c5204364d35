package org.hedgetop.tui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;

class SparklineTest {
    private static final long DAY = 86_400_000L;
    private static final long T0 = 20_000 * DAY; // a UTC midnight

    @Test
    void closesAreTheLastPriceOfEachBucketCarriedForwardAndTheOpenBucketLast() {
        PriceSeries s = PriceSeries.of(
                new long[] {T0 + 1_000, T0 + DAY / 2, T0 + 2 * DAY + 5, T0 + 3 * DAY + 7},
                new double[] {10, 11, 12, 13}, null);
        double[] out = new double[5];
        // now is inside day 3: buckets day -1, 0, 1, 2, 3
        Sparkline.closes(s, T0 + 3 * DAY + 60_000, DAY, out, 5);
        assertThat(out[0]).isNaN();          // before the first price
        assertThat(out[1]).isEqualTo(11);    // day 0 closes at its last price
        assertThat(out[2]).isEqualTo(11);    // day 1 has none: carried forward
        assertThat(out[3]).isEqualTo(12);
        assertThat(out[4]).isEqualTo(13);    // open bucket: the latest price
    }

    @Test
    void aPriceAfterNowIsNotUsed() {
        PriceSeries s = PriceSeries.of(new long[] {T0, T0 + 10}, new double[] {5, 6}, null);
        double[] out = new double[1];
        Sparkline.closes(s, T0 + 5, DAY, out, 1);
        assertThat(out[0]).isEqualTo(5);
    }

    @Test
    void levelsSpanLowToHighAndAFlatLineSitsInTheMiddle() {
        assertThat(Sparkline.level(1, 1, 8, 8)).isZero();
        assertThat(Sparkline.level(8, 1, 8, 8)).isEqualTo(7);
        assertThat(Sparkline.level(4, 1, 8, 8)).isEqualTo(3);
        assertThat(Sparkline.level(3, 3, 3, 8)).isEqualTo(3);
    }

    @Test
    void textOfARisingSeriesClimbsEveryLevel() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, Double.NaN};
        Theme unicode = Theme.of(false, true);
        Theme ascii = Theme.of(false, false);
        assertThat(Sparkline.text(v, 9, unicode.spark)).isEqualTo("\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588 ");
        assertThat(Sparkline.text(v, 9, ascii.spark)).isEqualTo("_.,-~=*# ");
    }

    @Test
    void drawShowsTheLastCellsThatFit() {
        Canvas c = new Canvas(4, 1, Theme.of(false, false));
        Sparkline.draw(c, 0, 0, 4, new double[] {100, 1, 2, 3, 4}, 5, c.theme().normal);
        assertThat(c.row(0)).isEqualTo("_,=#"); // 100 is off the left edge and does not set the scale
    }

    @Test
    void chartFillsFromTheBottomInEighths() {
        assertThat(Chart.eighths(0, 0, 10, 2)).isEqualTo(1);
        assertThat(Chart.eighths(10, 0, 10, 2)).isEqualTo(16);
        assertThat(Chart.eighths(5, 5, 5, 2)).isEqualTo(8);
        Canvas c = new Canvas(2, 2, Theme.of(false, false));
        Chart.draw(c, new Rect(0, 0, 2, 2), new double[] {0, 10}, 2, 0, 10, c.theme().normal);
        assertThat(c.row(0)).isEqualTo(" #");
        assertThat(c.row(1)).isEqualTo(" #");
    }

    @Test
    void coverageBarMarksTheTargetOnATwoHundredPercentScale() {
        Canvas c = new Canvas(10, 1, Theme.of(false, false));
        Bars.coverage(c, 0, 0, 10, 50, 100, c.theme().normal, c.theme().normal);
        // 50 % of 200 % = a quarter of 10 cells = 2.5 cells; ASCII rounds a half cell up; target at cell 5
        assertThat(c.row(0)).isEqualTo("###  |    ");
        Bars.coverage(c, 0, 0, 10, 250, 300, c.theme().normal, c.theme().normal);
        assertThat(c.row(0)).isEqualTo("#########|");
    }
}
