package org.hedgetop.tui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hedgetop.tui.draw.Table.Column;
import org.junit.jupiter.api.Test;

class TableTest {
    // priorities: a=1 b=3 c=2 d=4
    private final List<Column> cols = List.of(
            Column.left("a", 5, 8, 1), Column.right("b", 6, 6, 3), Column.right("c", 4, 7, 2),
            new Column("d", 3, 5, 20, 4, Table.Align.LEFT));

    @Test
    void everyColumnGetsItsPreferredWidthWhenThereIsRoomAndFlexColumnsTakeTheRest() {
        // preferred: 8 + 6 + 7 + 5 = 26, plus 3 gaps = 29; d may grow to 20
        assertThat(Table.fit(cols, 29)).containsExactly(8, 6, 7, 5);
        assertThat(Table.fit(cols, 35)).containsExactly(8, 6, 7, 11);
        assertThat(Table.fit(cols, 100)).containsExactly(8, 6, 7, 20);
    }

    @Test
    void narrowWidthsDropTheLeastImportantColumnsFirst() {
        // minimum of a, c, b = 5 + 4 + 6 + 2 gaps = 17: d (priority 4) goes
        assertThat(Table.fit(cols, 17)).containsExactly(5, 6, 4, 0);
        // 16: b (priority 3) goes too, spare 16 - (5 + 1 + 4) = 6 grows a (3) then c (3)
        assertThat(Table.fit(cols, 16)).containsExactly(8, 0, 7, 0);
        assertThat(Table.fit(cols, 5)).containsExactly(5, 0, 0, 0);
        assertThat(Table.fit(cols, 4)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void aColumnThatDoesNotFitStopsTheListEvenIfALessImportantOneWould() {
        List<Column> c = List.of(Column.left("wide", 10, 10, 1), Column.left("mid", 30, 30, 2),
                Column.left("tiny", 2, 2, 3));
        assertThat(Table.fit(c, 20)).containsExactly(10, 0, 0);
    }

    @Test
    void positionsLeaveOneBlankBetweenShownColumns() {
        assertThat(Table.xs(new int[] {5, 0, 4, 3}, 10)).containsExactly(10, 15, 16, 21);
    }

    @Test
    void scrollKeepsTheSelectionInView() {
        assertThat(Table.scrollOffset(0, 10, 5)).isZero();
        assertThat(Table.scrollOffset(9, 10, 100)).isZero();
        assertThat(Table.scrollOffset(10, 10, 100)).isEqualTo(1);
        assertThat(Table.scrollOffset(99, 10, 100)).isEqualTo(90);
        assertThat(Table.scrollOffset(500, 10, 100)).isEqualTo(90);
        assertThat(Table.scrollOffset(-3, 10, 100)).isZero();
    }

    @Property(seed = "20261120")
    void fittedColumnsNeverOverflowAndRespectPriority(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 30) Integer> mins,
                                                     @ForAll @IntRange(min = 0, max = 200) int width) {
        List<Column> c = new ArrayList<>();
        for (int i = 0; i < mins.size(); i++) {
            int min = mins.get(i);
            c.add(new Column("c" + i, min, min + i % 4, min + i % 4 + 3 * (i % 3), 1 + (i * 7) % 5, Table.Align.LEFT));
        }
        int[] w = Table.fit(c, width);
        int used = 0;
        int shown = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                assertThat(w[i]).isBetween(c.get(i).min(), c.get(i).max());
                used += w[i];
                shown++;
            }
        }
        assertThat(used + Math.max(0, shown - 1)).isLessThanOrEqualTo(width);
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (w[i] > 0 && c.get(j).priority() < c.get(i).priority()) {
                    assertThat(w[j]).as("more important column %d dropped while %d shown", j, i).isPositive();
                }
            }
        }
    }
}
