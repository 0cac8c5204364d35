package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Tens of thousands of generated and mutated portfolio documents: each must give a sane book or errors
 * located inside the document - never another exception, never a hang ({@link LoaderVerdict}). Each
 * property also checks that its inputs reach both outcomes, so a generator that only ever produces
 * garbage (or only valid books) fails instead of passing vacuously. Tries scale with
 * {@code -Dhedgetop.fuzz.scale=N}.
 */
@AddLifecycleHook(FuzzScale.class)
class LoaderFuzzTest {
    static final List<byte[]> SEEDS = List.of(resource("/org/hedgetop/book/starter.yaml"),
            resource("/books/valid/full.yaml"), resource("/books/valid/minimal.yaml"),
            resource("/reliability/books/flow.yaml"));
    /** Byte sequences UTF-8 decoders and YAML readers trip on. */
    private static final List<byte[]> HAZARD_BYTES = List.of(bytes(0xEF, 0xBB, 0xBF), bytes(0xC3, 0x28),
            bytes(0xFF), bytes(0xFE, 0xFF), bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xE2, 0x80), bytes(0x00), bytes(0x09), bytes(0x0D), bytes(0x1B, '[', '2', 'J'),
            bytes(0x1B, ']', '0', ';', 'x', 0x07), bytes(0xC2, 0x9B), bytes(0xE2, 0x80, 0xAE), bytes(0xC2, 0x85));
    private static final Path FILE = tempFile();

    @Property(tries = 3000, seed = "7001")
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) throws Exception {
        LoaderVerdict.ofBytes(bytes);
    }

    /** The same through a real file and {@code BookLoader.load}, fewer because each case writes a file. */
    @Property(tries = 100, seed = "7007")
    void randomBytesFromAFile(@ForAll @Size(max = 3000) byte[] bytes) throws Exception {
        LoaderVerdict.ofFile(FILE, bytes);
    }

    @Property(tries = 2000, seed = "7002")
    void randomText(@ForAll @Size(max = 2000) String text) throws Exception {
        LoaderVerdict.ofText(text);
    }

    @Property(tries = 5000, seed = "7003")
    void byteFlipsAndSplicesOfValidBooks(@ForAll Random random) throws Exception {
        byte[] bytes = SEEDS.get(random.nextInt(SEEDS.size())).clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> bytes = splice(bytes, at, 0, HAZARD_BYTES.get(random.nextInt(HAZARD_BYTES.size())));
                case 3 -> bytes = splice(bytes, at, Math.min(random.nextInt(40), bytes.length - at), new byte[0]);
                default -> bytes = Arrays.copyOf(bytes, at); // truncated mid-write
            }
        }
        record(LoaderVerdict.ofBytes(bytes));
        coverBothOutcomes(0.5);
    }

    @Example
    void everyTruncationOfEveryValidBook() throws Exception {
        int cases = 0;
        int books = 0;
        for (byte[] seed : SEEDS) {
            for (int length = 0; length <= seed.length; length++) {
                books += LoaderVerdict.ofBytes(Arrays.copyOf(seed, length)).loaded() ? 1 : 0;
                cases++;
            }
        }
        // many prefixes end inside a multi-byte character or a quoted string; some are still whole books
        assertThat(cases).isGreaterThan(6000);
        assertThat(books).isBetween(1, cases - 1);
    }

    @Property(tries = 6000, seed = "7004")
    void tokenAndLineMutationsOfValidBooks(@ForAll Random random) throws Exception {
        String seed = random.nextInt(3) == 0 ? BookGrammar.generate(random)
                : new String(SEEDS.get(random.nextInt(SEEDS.size())), StandardCharsets.UTF_8);
        record(LoaderVerdict.ofText(YamlMutator.mutate(seed, random)));
        coverBothOutcomes(3);
    }

    @Property(tries = 4000, seed = "7005")
    void generatedBooksWithHazardousValues(@ForAll Random random) throws Exception {
        record(LoaderVerdict.ofText(BookGrammar.generate(random)));
        coverBothOutcomes(3);
    }

    @Property(tries = 1500, seed = "7006")
    void validBooksWithNoiseAppended(@ForAll Random random, @ForAll @Size(max = 200) String noise) throws Exception {
        String seed = new String(SEEDS.get(random.nextInt(SEEDS.size())), StandardCharsets.UTF_8);
        LoaderVerdict.ofText(seed + noise);
    }

    /** The big hazards (deep nesting, alias bombs, oversize) spliced in anywhere, not only where a test put them. */
    @Property(tries = 150, seed = "7008")
    void bigHazardsSplicedIntoValidBooks(@ForAll Random random) throws Exception {
        byte[] seed = SEEDS.get(random.nextInt(SEEDS.size()));
        byte[] blob = BIG_HAZARDS.get(random.nextInt(BIG_HAZARDS.size()));
        LoaderVerdict.ofBytes(splice(seed, random.nextInt(seed.length + 1), 0, blob));
    }

    private static final List<byte[]> BIG_HAZARDS = List.of(
            ("[".repeat(2000) + "]".repeat(2000)).getBytes(StandardCharsets.UTF_8),
            "{a: ".repeat(2000).getBytes(StandardCharsets.UTF_8),
            ("\n" + "- ".repeat(2000) + "x\n").getBytes(StandardCharsets.UTF_8),
            laughs().getBytes(StandardCharsets.UTF_8),
            "#".repeat((1 << 20) - 100).getBytes(StandardCharsets.UTF_8),
            ("\nname: \"" + "\\u202e".repeat(5000) + "\"\n").getBytes(StandardCharsets.UTF_8),
            ("\n" + "x: 1\n".repeat(5000)).getBytes(StandardCharsets.UTF_8));

    private static String laughs() {
        StringBuilder s = new StringBuilder("\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            s.append('l').append(i).append(": &l").append(i).append(" [")
                    .append(("*l" + (i - 1) + ", ").repeat(8)).append("*l").append(i - 1).append("]\n");
        }
        return s.toString();
    }

    private static void record(LoaderVerdict.Outcome outcome) {
        Statistics.label("outcome").collect(outcome.loaded() ? "book" : "errors");
    }

    /** Fails the property when fewer than {@code minPct} % of the cases went each way. */
    private static void coverBothOutcomes(double minPct) {
        Statistics.label("outcome").coverage(c -> {
            c.check("book").percentage(p -> p >= minPct);
            c.check("errors").percentage(p -> p >= minPct);
        });
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] resource(String name) {
        try (InputStream in = LoaderFuzzTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("hedgetop-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("fuzz.yaml");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
