package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Random target and position edits on every golden file always read back as the edited book. */
class BookWriterPropertyTest {
    @Property(tries = 300, seed = "20261101")
    void randomEditsReloadToTheEditedBook(@ForAll @IntRange(min = 0, max = 11) int fileIndex,
                                          @ForAll @IntRange(min = 0, max = 9) int hedgePick,
                                          @ForAll @IntRange(min = 0, max = 30000) int targetHundredths,
                                          @ForAll @LongRange(min = -5_000_000, max = 5_000_000) long position,
                                          @ForAll boolean setTarget, @ForAll boolean setPosition,
                                          @ForAll @IntRange(min = -100, max = 100) int shock) throws Exception {
        String name = EditFixtures.GOLDEN.get(fileIndex);
        String text = EditFixtures.text(name + ".yaml");
        Book loaded = EditFixtures.parse(text);
        String id = loaded.hedges().get(hedgePick % loaded.hedges().size()).id();
        Book edited = loaded;
        if (setTarget) {
            edited = BookEdits.targetPct(edited, id, targetHundredths / 100.0);
        }
        if (setPosition) {
            edited = BookEdits.position(edited, id, position);
        }
        if (!setTarget && !setPosition) {
            edited = BookEdits.shockPct(edited, shock);
        }

        String out = BookWriter.apply(text, loaded, edited);

        assertThat(EditFixtures.withoutPositions(EditFixtures.parse(out)))
                .isEqualTo(EditFixtures.withoutPositions(edited));
        // Every line that holds none of the edited keys survives, in order.
        List<String> kept = text.lines().filter(l -> !l.contains("target_pct") && !l.contains("position")
                && !l.contains("shock_pct")).toList();
        assertThat(isSubsequence(kept, out.lines().toList())).as(out).isTrue();
        assertThat(out.startsWith("\uFEFF")).isEqualTo(text.startsWith("\uFEFF"));
        assertThat(out.contains("\r\n")).isEqualTo(text.contains("\r\n"));
    }

    private static boolean isSubsequence(List<String> sub, List<String> all) {
        int i = 0;
        for (String line : all) {
            if (i < sub.size() && sub.get(i).equals(line)) {
                i++;
            }
        }
        return i == sub.size();
    }
}
