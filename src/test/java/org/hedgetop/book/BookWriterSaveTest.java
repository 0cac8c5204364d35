package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.hedgetop.book.SaveResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookWriterSaveTest {
    @TempDir
    Path dir;
    Path file;
    String original;
    BookFile loaded;
    Book edited;

    @BeforeEach
    void aBookOnDisk() throws Exception {
        original = EditFixtures.text("01-comments.yaml");
        file = dir.resolve("book.yaml");
        Files.writeString(file, original);
        loaded = BookFile.read(file);
        edited = BookEdits.targetPct(loaded.book(), "sol-perp", 50);
    }

    private String withTarget50(String text) {
        return text.replace("target_pct: 100  #", "target_pct: 50  #");
    }

    private List<String> namesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savesTheEditAndKeepsThePreviousVersionAsBak() throws Exception {
        SaveResult r = BookWriter.save(loaded, edited);

        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SAVED);
        assertThat(Files.readString(file)).isEqualTo(withTarget50(original));
        assertThat(Files.readString(dir.resolve("book.yaml.bak"))).isEqualTo(original);
        assertThat(r.saved()).hasValueSatisfying(s -> {
            assertThat(s.text()).isEqualTo(withTarget50(original));
            assertThat(s.book().sameContent(edited)).isTrue();
        });
        assertThat(r.message()).contains("saved book.yaml").contains("book.yaml.bak");
        assertThat(namesInDir()).containsExactly("book.yaml", "book.yaml.bak");
    }

    @Test
    void keepsThePermissionsOfTheFile() throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(BookWriter.save(loaded, edited).outcome()).isEqualTo(Outcome.SAVED);

        // a temp file is created rw------- so this only holds when the writer copies the mode
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void writesThroughASymlinkAndKeepsTheLink() throws Exception {
        Path other = Files.createDirectory(dir.resolve("dotfiles"));
        Path real = other.resolve("real.yaml");
        Files.move(file, real);
        Files.createSymbolicLink(file, real);
        loaded = BookFile.read(file);

        SaveResult r = BookWriter.save(loaded, BookEdits.targetPct(loaded.book(), "sol-perp", 50));

        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SAVED);
        assertThat(Files.isSymbolicLink(file)).isTrue();
        assertThat(Files.readSymbolicLink(file)).isEqualTo(real);
        assertThat(Files.readString(real)).isEqualTo(withTarget50(original));
        assertThat(Files.readString(other.resolve("real.yaml.bak"))).isEqualTo(original);
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenTheEditGoesToConflictMergedOntoTheNewText() throws Exception {
        String external = original.replace("entry_price: 150", "entry_price: 149");
        Files.writeString(file, external);

        SaveResult r = BookWriter.save(loaded, edited);

        assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(Files.readString(file)).isEqualTo(external);
        assertThat(r.written()).isEqualTo(dir.resolve("book.yaml.conflict"));
        assertThat(Files.readString(dir.resolve("book.yaml.conflict"))).isEqualTo(withTarget50(external));
        assertThat(r.message()).contains("changed on disk").contains("book.yaml.conflict")
                .contains("applied to the new file");
        assertThat(r.saved()).isEmpty();
        assertThat(dir.resolve("book.yaml.bak")).doesNotExist();
    }

    @Test
    void whenTheNewTextIsBrokenTheConflictCopyIsTheLoadedTextPlusTheEdit() throws Exception {
        String broken = original.replace("units: 100000", "units: [");
        Files.writeString(file, broken);

        SaveResult r = BookWriter.save(loaded, edited);

        assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(Files.readString(file)).isEqualTo(broken);
        assertThat(Files.readString(dir.resolve("book.yaml.conflict"))).isEqualTo(withTarget50(original));
        assertThat(r.message()).contains("applied to the version you loaded");
    }

    @Test
    void aDeletedFileIsNotRecreatedTheEditGoesToConflict() throws Exception {
        Files.delete(file);

        SaveResult r = BookWriter.save(loaded, edited);

        assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(file).doesNotExist();
        assertThat(Files.readString(dir.resolve("book.yaml.conflict"))).isEqualTo(withTarget50(original));
    }

    @Test
    void anEditThatLandsWhileWeWriteIsNotOverwritten() throws Exception {
        String external = original.replace("leverage: 5", "leverage: 4");
        FileOps editorWritesMeanwhile = new FileOps() {
            @Override
            public void write(Path p, byte[] bytes) throws IOException {
                FileOps.super.write(p, bytes);
                if (p.getFileName().toString().startsWith(".book.yaml.") && !p.toString().contains(".bak")) {
                    Files.writeString(file, external);
                }
            }
        };

        SaveResult r = BookWriter.save(loaded, edited, editorWritesMeanwhile, t -> { });

        assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(Files.readString(file)).isEqualTo(external);
        assertThat(Files.readString(dir.resolve("book.yaml.conflict"))).isEqualTo(withTarget50(external));
        assertThat(namesInDir()).containsExactlyInAnyOrder("book.yaml", "book.yaml.bak", "book.yaml.conflict");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsLocation() throws Exception {
        Files.write(file, "name: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BookFile.read(file)).isInstanceOf(BookException.class)
                .hasMessageContaining("book.yaml:1:").hasMessageContaining("UTF-8");
    }

    @Test
    void aFailedRenameLeavesTheOldFileAndNoTempFile() throws Exception {
        FileOps failingRename = new FileOps() {
            @Override
            public void move(Path source, Path target) throws IOException {
                if (target.getFileName().toString().equals("book.yaml")) {
                    throw new IOException("killed before the rename");
                }
                FileOps.super.move(source, target);
            }
        };

        SaveResult r = BookWriter.save(loaded, edited, failingRename, t -> { });

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(r.message()).contains("killed before the rename").contains("edits are kept");
        assertThat(r.message()).doesNotContain("\n");
        assertThat(namesInDir()).containsExactly("book.yaml", "book.yaml.bak");
        // the caller still has everything it needs to retry
        assertThat(loaded.text()).isEqualTo(original);
        assertThat(BookWriter.save(loaded, edited).outcome()).isEqualTo(Outcome.SAVED);
    }

    @Test
    void aFullDiskLeavesTheOldFileAndNoTempFile() throws Exception {
        FileOps fullDisk = new FileOps() {
            @Override
            public void write(Path p, byte[] bytes) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        SaveResult r = BookWriter.save(loaded, edited, fullDisk, t -> { });

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("No space left on device");
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(namesInDir()).containsExactly("book.yaml");
    }

    @Test
    void aReadOnlyDirectoryFailsCleanly() throws Exception {
        FileOps readOnly = new FileOps() {
            @Override
            public Path createTemp(Path d, String prefix) throws IOException {
                throw new AccessDeniedException(d.toString());
            }
        };

        SaveResult r = BookWriter.save(loaded, edited, readOnly, t -> { });

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("permission denied on " + dir);
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(namesInDir()).containsExactly("book.yaml");
    }

    @Test
    void theWriterAnnouncesTheTextBeforeWritingIt() throws Exception {
        StringBuilder announced = new StringBuilder();
        BookWriter.save(loaded, edited, FileOps.SYSTEM, t -> announced.append(Files.exists(dir.resolve("book.yaml.bak"))
                ? "late" : t));
        assertThat(announced.toString()).isEqualTo(withTarget50(original));
    }

    @Test
    void nothingChangedWritesNothing() throws Exception {
        SaveResult r = BookWriter.save(loaded, loaded.book());

        assertThat(r.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(r.ok()).isTrue();
        assertThat(namesInDir()).containsExactly("book.yaml");
    }

    @Test
    void structuralEditsAreRefused() throws Exception {
        Book noHedges = new Book(loaded.book().file(), loaded.book().name(), loaded.book().quote(),
                loaded.book().feed(), loaded.book().holdings(), List.of(), loaded.book().settings());

        SaveResult r = BookWriter.save(loaded, noHedges);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("hedges were added, removed");
        assertThat(Files.readString(file)).isEqualTo(original);
    }

    @Test
    void aValueTheLoaderRefusesIsNotWritten() {
        Book tooMuch = BookEdits.targetPct(loaded.book(), "sol-perp", 500);

        assertThatThrownBy(() -> BookWriter.apply(original, loaded.book(), tooMuch))
                .isInstanceOf(BookEditException.class)
                .hasMessageContaining("book.yaml:22:17").hasMessageContaining("500");
    }

    @Test
    void aBlockScalarIsLeftForTheUserToEdit() {
        String text = original.replace("name: Comment book   # title", "name: |-\n  Comment book");
        Book book = EditFixtures.parse(text);
        Book renamed = EditFixtures.set(book, BookChange.Scope.BOOK, "", "name", "Other");

        assertThatThrownBy(() -> BookWriter.apply(text, book, renamed))
                .isInstanceOf(BookEditException.class).hasMessageContaining("name at line 2 is a block scalar");
    }
}
