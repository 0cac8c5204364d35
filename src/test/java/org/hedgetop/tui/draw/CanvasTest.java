package org.hedgetop.tui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanvasTest {
    private final Canvas c = new Canvas(12, 2, Theme.of(true, true));

    @Test
    void textIsCutToItsWidthAndMarkedAndNeverLeavesTheGrid() {
        c.text(0, 0, 5, "SOLUSDT", c.theme().normal);
        c.text(10, 1, 10, "abcdef", c.theme().normal);
        assertThat(c.row(0)).isEqualTo("SOLU~       ");
        assertThat(c.row(1)).isEqualTo("          ab");
    }

    @Test
    void rightAlignedTextEndsAtTheRightEdge() {
        c.right(0, 0, 6, "1.5M", c.theme().normal);
        assertThat(c.row(0)).isEqualTo("  1.5M      ");
    }

    @Test
    void safeReturnsCleanTextAsItIsAndReplacesControlAndBidiCharacters() {
        String clean = "SOL staking";
        assertThat(Canvas.safe(clean)).isSameAs(clean);
        assertThat(Canvas.safe("EVIL\u001b[31m")).isEqualTo("EVIL?[31m");
        assertThat(Canvas.safe("a\u202Eb\u0085c")).isEqualTo("a?b?c");
        assertThat(Canvas.safe(null)).isEmpty();
    }

    @Test
    void cellsLanternaWouldRefuseOrDrawTwoColumnsWideBecomeQuestionMarks() {
        Style s = c.theme().normal;
        assertThat(s.glyph('\u001b').getCharacter()).isEqualTo('?');
        assertThat(s.glyph('\u0085').getCharacter()).isEqualTo('?');
        assertThat(s.glyph('\u4e2d').getCharacter()).isEqualTo('?');   // CJK, two columns
        assertThat(s.glyph('\ud83d').getCharacter()).isEqualTo('?');   // half of an emoji
        assertThat(s.glyph('\u00e9').getCharacter()).isEqualTo('\u00e9');
        assertThat(s.glyph('\u2588')).isSameAs(s.glyph('\u2588'));      // shared, not rebuilt per cell
    }
}
