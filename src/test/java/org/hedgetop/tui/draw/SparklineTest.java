package org.hedgetop.tui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparklineTest {
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
