package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.junit.jupiter.api.Test;

/** The sync key: it asks, syncs only on y, only from a saved book, and takes the synced file as the book. */
class SyncKeyTest {
    static final Instant T = Instant.parse("2026-11-30T12:00:00Z");
    static final String BOOK = """
            holdings:
              - {token: SOL, units: 2000}
            hedges:
              - {id: sol-perp, instrument: SOLUSDT, covers: [SOL], contract_size: 1, position: -1200,
                 entry_price: 150, opened: 2026-11-20T00:00:00Z}
            account:
              venue: binance
            """;

    private List<Effect> effects;

    static MonitorState state(String text) throws Exception {
        Book book = BookLoader.parse(text, "book.yaml", Optional.empty());
        return MonitorState.initial(book, T, "simulated", UiState.initial(false, false));
    }

    private MonitorState press(MonitorState s, char c) {
        Update.Result r = Update.apply(s, new Event.Key(new KeyStroke(c, false, false)));
        effects = r.effects();
        return r.state();
    }

    private static String status(MonitorState s) {
        return s.ui().status().orElse("");
    }

    @Test
    void eAsksAndOnlyYSyncsTheBookAsTheFileHoldsIt() throws Exception {
        MonitorState s = press(state(BOOK), 'e');
        assertThat(s.ui().prompt()).contains(Prompt.SYNC);
        assertThat(Prompt.SYNC.question())
                .isEqualTo("Sync the fills with the account and write the file? y = sync, n / Esc = no");
        assertThat(effects).isEmpty();

        MonitorState no = press(s, 'n');
        assertThat(status(no)).isEqualTo("sync cancelled");
        assertThat(effects).isEmpty();
        assertThat(no.ui().prompt()).isEmpty();
        MonitorState other = press(s, '+'); // any other key is no too, and does nothing else
        assertThat(status(other)).isEqualTo("sync cancelled");
        assertThat(other.book()).isSameAs(s.book());
        assertThat(effects).isEmpty();

        MonitorState yes = press(s, 'y');
        assertThat(effects).containsExactly(new Effect.Sync(s.saved()));
        assertThat(status(yes)).isEqualTo("syncing with the binance account...");
    }

    @Test
    void ctrlCAtTheSyncQuestionSaysNoAndQuits() throws Exception {
        MonitorState asking = press(state(BOOK), 'e');
        Update.Result r = Update.apply(asking, new Event.Key(new KeyStroke('c', true, false)));
        assertThat(r.effects()).isEmpty();
        assertThat(r.state().quit()).isTrue(); // the book is saved: sync asks only then
    }

    @Test
    void withoutAccountOrWithUnsavedEditsItDoesNotAsk() throws Exception {
        MonitorState none = press(state(BOOK.substring(0, BOOK.indexOf("account:"))), 'e');
        assertThat(status(none)).startsWith("no account: in the book");
        assertThat(none.ui().prompt()).isEmpty();

        MonitorState edited = press(press(state(BOOK), '+'), 'e');
        assertThat(status(edited)).isEqualTo("save (s) or undo (u) first: sync writes the file");
        assertThat(edited.ui().prompt()).isEmpty();
    }

    @Test
    void theSyncedFileBecomesTheBookAndEditsMadeMeanwhileStayInMemory() throws Exception {
        MonitorState s = state(BOOK);
        Book synced = state(BOOK.replace("-1200", "-1300")).book();
        Event.Synced done = new Event.Synced("synced: 1 fill added, 1 removed",
                new Event.SaveOutcome.Written(Path.of("book.yaml"), synced));

        MonitorState after = Update.apply(s, done).state();
        assertThat(after.book()).isSameAs(synced);
        assertThat(after.saved()).isSameAs(synced);
        assertThat(status(after)).isEqualTo("synced: 1 fill added, 1 removed");

        MonitorState editing = press(s, '+');
        MonitorState kept = Update.apply(editing, done).state();
        assertThat(kept.book()).isSameAs(editing.book());
        assertThat(kept.diskChanged()).isTrue();
        assertThat(kept.onDisk()).containsSame(synced);
        assertThat(status(kept)).isEqualTo("synced: 1 fill added, 1 removed | file changed on disk: s writes your edits "
                + "to book.conflict");

        MonitorState failed = Update.apply(s, new Event.Synced("", new Event.SaveOutcome.Failed("boom"))).state();
        assertThat(status(failed)).isEqualTo("sync failed: boom");
    }
}
