package org.hedgetop.market.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;

/**
 * Appends what was polled to a replay CSV (DOMAIN.md section 6), so a live session can be replayed
 * offline. For every snapshot it writes, per token and instrument, the observations newer than the last
 * one it wrote for that key: history points (a live source's klines, the simulator's hourly closes), the
 * current spot and mark at the snapshot time, and new funding events (with the event's mark as a mark row
 * at the settlement time when the exchange reported one). Rows are therefore never duplicated across polls
 * and times only grow per key. The header is written when the file is new or empty; appending to an
 * existing recording first reads the last time per key so a restart does not repeat rows. Each record
 * is flushed. Values are written in plain decimal (shortest form that reads back to the same double).
 */
public final class Recorder implements AutoCloseable {
    private final Path csv;
    private final BufferedWriter out;
    private final Map<String, Long> lastWritten = new HashMap<>(); // "kind symbol" -> epoch ms

    /**
     * @throws IOException when the file cannot be opened for appending
     * @throws ReplayFormatException when the file exists but is not a replay CSV
     */
    public Recorder(Path csv) throws IOException {
        this.csv = csv;
        boolean fresh = !Files.exists(csv) || Files.size(csv) == 0;
        boolean needsNewline = false;
        if (!fresh) {
            ReplayFile existing = ReplayFile.read(csv);
            remember("spot", existing.spot);
            remember("mark", existing.mark);
            remember("funding", existing.funding);
            byte[] tail = readTail(csv);
            needsNewline = tail.length > 0 && tail[tail.length - 1] != '\n';
        }
        this.out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        if (fresh) {
            out.write(ReplayFile.HEADER);
            out.write('\n');
        } else if (needsNewline) {
            out.write('\n');
        }
        out.flush();
    }

    private void remember(String kind, Map<String, ReplayColumn> columns) {
        columns.forEach((symbol, c) -> lastWritten.put(kind + " " + symbol, c.times[c.size() - 1]));
    }

    private static byte[] readTail(Path csv) throws IOException {
        try (var ch = Files.newByteChannel(csv)) {
            long size = ch.size();
            ch.position(Math.max(0, size - 1));
            var buf = java.nio.ByteBuffer.allocate((int) Math.min(1, size));
            ch.read(buf);
            return buf.array();
        }
    }

    public Path file() {
        return csv;
    }

    /**
     * Appends the snapshot's new observations and flushes.
     *
     * @throws UncheckedIOException when writing fails (disk full, file removed...)
     */
    public synchronized void record(MarketSnapshot snapshot) {
        long now = snapshot.time().toEpochMilli();
        StringBuilder rows = new StringBuilder();
        java.util.Set<String> tokens = new java.util.TreeSet<>(snapshot.spot().keySet());
        tokens.addAll(snapshot.spotHistory().keySet());
        for (String token : tokens) {
            TreeMap<Long, Double> points = points(snapshot.spotSeries(token));
            Double price = snapshot.spot().get(token);
            // the current price is a new observation unless the history already ends with it (the simulator's tick)
            if (price != null && (points.isEmpty() || !price.equals(points.lastEntry().getValue()))) {
                points.putIfAbsent(now, price);
            }
            append(rows, "spot", token, points);
        }
        java.util.Set<String> instruments = new java.util.TreeSet<>(snapshot.futures().keySet());
        instruments.addAll(snapshot.markHistory().keySet());
        instruments.addAll(snapshot.funding().keySet());
        for (String instrument : instruments) {
            TreeMap<Long, Double> marks = points(snapshot.markSeries(instrument));
            snapshot.quote(instrument).ifPresent(q -> marks.putIfAbsent(q.time().toEpochMilli(), q.mark()));
            TreeMap<Long, Double> rates = new TreeMap<>();
            List<FundingEvent> events = snapshot.fundingEvents(instrument);
            for (FundingEvent e : events) {
                rates.put(e.time().toEpochMilli(), e.rate());
                if (e.mark().isPresent()) {
                    marks.put(e.time().toEpochMilli(), e.mark().getAsDouble()); // the price funding was paid on
                }
            }
            append(rows, "mark", instrument, marks);
            append(rows, "funding", instrument, rates);
        }
        try {
            out.write(rows.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording " + csv + ": " + e.getMessage(), e);
        }
    }

    private static TreeMap<Long, Double> points(PriceSeries s) {
        TreeMap<Long, Double> m = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            m.put(s.time(i), s.price(i));
        }
        return m;
    }

    private void append(StringBuilder rows, String kind, String symbol, TreeMap<Long, Double> points) {
        String key = kind + " " + symbol;
        Long last = lastWritten.get(key);
        var fresh = last == null ? points : points.tailMap(last, false);
        if (fresh.isEmpty()) {
            return;
        }
        fresh.forEach((time, value) -> rows.append(Instant.ofEpochMilli(time)).append(',').append(symbol)
                .append(',').append(kind).append(',').append(formatValue(value)).append('\n'));
        lastWritten.put(key, fresh.lastKey());
    }

    /** Plain decimal, no exponent, shortest digits that parse back to the same double: 0.0001, 98.1, 100. */
    static String formatValue(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
