package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.BigBook;
import org.hedgetop.tui.Fixture;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Rect;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private final RiskView demo = Fixture.view();

    @Test
    void belowTheMinimumOnlyTheNoticeIsShown() {
        assertThat(Layout.of(new TerminalSize(59, 40), demo, UiState.initial(true, true)).tooSmall()).isTrue();
        assertThat(Layout.of(new TerminalSize(200, 15), demo, UiState.initial(true, true)).tooSmall()).isTrue();
        assertThat(Layout.of(new TerminalSize(60, 16), demo, UiState.initial(true, true)).tooSmall()).isFalse();
        assertThat(Layout.tooSmallNotice(new TerminalSize(50, 10))).startsWith("enlarge to at least 60x16");
    }

    @Test
    void at80x24ThePanesStackAtFullWidth() {
        Layout l = Layout.of(new TerminalSize(80, 24), demo, UiState.initial(true, true));
        assertThat(l.sideBySide()).isFalse();
        for (Rect r : List.of(l.exposure(), l.hedges(), l.funding())) {
            assertThat(r.x()).isZero();
            assertThat(r.width()).isEqualTo(80);
            assertThat(r.height()).isGreaterThanOrEqualTo(3);
        }
        // the focused hedges pane gets every hedge: title + header + 5 rows
        assertThat(l.hedges().height()).isEqualTo(7);
        assertThat(l.exposure().bottom()).isEqualTo(l.hedges().y());
        // 20 body rows are too few for four panes: correlation waits for the focus
        assertThat(l.correlation().isEmpty()).isTrue();
        UiState corr = UiState.initial(true, true)
                .withFocus(UiState.Pane.CORRELATION);
        assertThat(Layout.of(new TerminalSize(80, 24), demo, corr).correlation().height()).isGreaterThan(3);
        assertThat(Layout.of(new TerminalSize(80, 40), demo, UiState.initial(true, true)).correlation().isEmpty())
                .isFalse();
    }

    @Test
    void from120ColumnsCorrelationSitsBesideExposureRowForRow() {
        Layout l = Layout.of(new TerminalSize(120, 40), demo, UiState.initial(true, true));
        assertThat(l.sideBySide()).isTrue();
        assertThat(l.correlation().y()).isEqualTo(l.exposure().y());
        assertThat(l.correlation().height()).isEqualTo(l.exposure().height());
        assertThat(l.correlation().x()).isEqualTo(l.exposure().right() + 1);
        assertThat(l.correlation().right()).isEqualTo(120);
    }

    @Test
    void theFocusedPaneGetsMoreRowsThanWhenItHasNoFocus() {
        BigBook.Book big = BigBook.of(1000, 200);
        TerminalSize size = new TerminalSize(120, 40);
        UiState hedges = UiState.initial(true, true);
        UiState exposure = UiState.initial(true, true)
                .withFocus(UiState.Pane.EXPOSURE);
        int focused = Layout.of(size, big.view(), exposure).exposure().height();
        int unfocused = Layout.of(size, big.view(), hedges).exposure().height();
        assertThat(focused).isGreaterThan(unfocused);
    }

    @Test
    void spareRowsOfATallTerminalGoToTheDetailPanel() {
        Layout l = Layout.of(new TerminalSize(200, 60), demo, UiState.initial(true, true));
        assertThat(l.detail().height()).isGreaterThanOrEqualTo(Layout.DETAIL_MIN_ROWS);
        assertThat(l.detail().bottom()).isEqualTo(l.body().bottom());
        assertThat(Layout.of(new TerminalSize(80, 24), demo, UiState.initial(true, true)).detail().isEmpty())
                .isTrue();
    }

    @Property(tries = 300, seed = "20261120")
    void panesNeverOverlapAndStayInTheBody(@ForAll @IntRange(min = 60, max = 260) int cols,
                                          @ForAll @IntRange(min = 16, max = 90) int rows,
                                          @ForAll @IntRange(min = 0, max = 60) int tokens,
                                          @ForAll @IntRange(min = 0, max = 30) int hedges,
                                          @ForAll @IntRange(min = 0, max = 3) int focus) {
        BigBook.Book b = BigBook.of(tokens, hedges);
        UiState ui = UiState.initial(true, true).withFocus(UiState.Pane.values()[focus])
                .with(UiState.Flag.SECTORS, focus % 2 == 0);
        Layout l = Layout.of(new TerminalSize(cols, rows), b.view(), ui);
        List<Rect> rects = new ArrayList<>();
        for (Rect r : List.of(l.exposure(), l.hedges(), l.funding(), l.correlation(), l.detail())) {
            if (!r.isEmpty()) {
                rects.add(r);
            }
        }
        assertThat(rects).isNotEmpty();
        for (Rect r : rects) {
            assertThat(r.x()).isGreaterThanOrEqualTo(0);
            assertThat(r.right()).isLessThanOrEqualTo(cols);
            assertThat(r.y()).isGreaterThanOrEqualTo(l.body().y());
            assertThat(r.bottom()).isLessThanOrEqualTo(l.body().bottom());
        }
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                Rect a = rects.get(i);
                Rect c = rects.get(j);
                boolean apart = a.right() <= c.x() || c.right() <= a.x() || a.bottom() <= c.y() || c.bottom() <= a.y();
                assertThat(apart).as("%s and %s overlap", a, c).isTrue();
            }
        }
        assertThat(l.hedges().isEmpty() && ui.focus() != UiState.Pane.HEDGES && l.exposure().isEmpty()).isFalse();
    }
}
