package org.hedgetop.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookWriter;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.SaveResult;
import org.hedgetop.book.SourcePos;
import org.hedgetop.book.Spelling;
import org.hedgetop.text.Safe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hedgetop fill FILE HEDGE_ID sell|buy N@PRICE}: appends a trade to a hedge's fills (DOMAIN.md section 7)
 * for scripts, with the same surgical, verified, atomic save as {@code set}. A hedge written with
 * {@code position} is turned into a list of fills first (its position as the first fill).
 */
@Command(name = "fill", mixinStandardHelpOptions = true, description = {
        "Append a trade to a hedge's fills; comments and layout of the file stay as they are.",
        "The previous file is kept as FILE.bak."},
        footer = {"", "Example: hedgetop fill book.yaml sol-perp sell 500@98.5 --at 2026-11-30T08:00:00Z --fee 9.85",
                "Exit codes: 0 added, 1 could not write, 2 bad file, hedge or value."})
final class FillCommand implements Callable<Integer> {
    private static final Pattern TRADE = Pattern.compile("([0-9]+)@([0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "portfolio YAML file")
    java.nio.file.Path file;

    @Parameters(index = "1", paramLabel = "HEDGE_ID", description = "the hedge that traded")
    String hedgeId;

    @Parameters(index = "2", paramLabel = "sell|buy", description = "sell adds to a short, buy reduces it")
    String side;

    @Parameters(index = "3", paramLabel = "N@PRICE", description = "whole contracts and the price, e.g. 500@98.5")
    String trade;

    @Option(names = "--at", paramLabel = "TIME", description = "when it traded, ISO-8601 (default: now)")
    String at;

    @Option(names = "--fee", paramLabel = "F", description = "fee paid in the quote currency (negative = rebate)")
    String fee;

    @Option(names = "--id", paramLabel = "ID", description = "the venue's trade id")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<BookFile> read = BookArgument.load(file, err);
        if (read.isEmpty()) {
            return Hedgetop.BAD_INPUT;
        }
        BookFile loaded = read.get();
        Book book = loaded.book();
        List<String> ids = book.hedges().stream().map(Hedge::id).toList();
        Optional<Hedge> hedge = book.hedge(hedgeId);
        String problem = hedge.isEmpty() ? file + ": no hedge \"" + hedgeId + "\"" + Spelling.didYouMean(hedgeId, ids, "")
                + " (hedges: " + String.join(", ", ids) + ")" : null;
        Fill fill = null;
        if (problem == null) {
            try {
                fill = fill();
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            err.println("hedgetop: " + Safe.text(problem, 1000));
            err.flush();
            return Hedgetop.BAD_INPUT;
        }
        Hedge before = hedge.get();
        Hedge after;
        try {
            after = before.withFill(fill);
            BookWriter.apply(loaded.text(), book, book.withHedge(after));
        } catch (BookEditException e) {
            err.println("hedgetop: " + Safe.text(e.getMessage(), 1000));
            err.flush();
            return Hedgetop.BAD_INPUT;
        }
        SaveResult result = BookWriter.save(loaded, book.withHedge(after));
        if (!result.ok()) {
            err.println("hedgetop: " + result.message());
            err.flush();
            return Hedgetop.FAILURE;
        }
        out.println(Safe.text(hedgeId, 200) + " " + side + " " + Math.abs(fill.contracts()) + " @ "
                + plain(fill.price()) + " at " + fill.time() + ": position " + before.position() + " -> "
                + after.position() + " (" + after.fills().size() + " fills)");
        out.flush();
        return Hedgetop.OK;
    }

    /** The trade from the arguments; each mistake said in one line. */
    private Fill fill() {
        if (!side.equals("sell") && !side.equals("buy")) {
            throw new IllegalArgumentException("the side must be sell or buy, got \"" + side + "\"");
        }
        Matcher m = TRADE.matcher(trade);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected whole contracts @ price such as 500@98.5, got \"" + trade + "\"");
        }
        long n;
        double price;
        try {
            n = Long.parseLong(m.group(1));
            price = new BigDecimal(m.group(2)).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("contracts too large in \"" + trade + "\"");
        }
        if (n == 0 || n > 1_000_000_000_000_000L) {
            throw new IllegalArgumentException("contracts must be a whole number from 1 to 10^15, got " + m.group(1));
        }
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("price must be a number greater than 0, got " + m.group(2));
        }
        Instant time = at == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : time(at);
        OptionalDouble f = OptionalDouble.empty();
        if (fee != null) {
            try {
                f = OptionalDouble.of(new BigDecimal(fee).doubleValue());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--fee must be a number such as 9.85 or -0.5, got \"" + fee + "\"");
            }
        }
        if (id != null && (id.isBlank() || id.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20))) {
            throw new IllegalArgumentException("--id must be text without spaces, got \"" + id + "\"");
        }
        return new Fill(time, side.equals("sell") ? -n : n, price, f, Optional.ofNullable(id), SourcePos.NONE);
    }

    private static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--at must be an ISO-8601 time such as 2026-11-01T00:00:00Z, got \""
                    + text + "\"");
        }
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
