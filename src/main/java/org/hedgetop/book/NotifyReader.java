package org.hedgetop.book;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hedgetop.text.Redact;
import org.hedgetop.text.Safe;

/** Reads the {@code notify:} block: channel URLs, the command's argv, the Telegram chat and the pacing. */
final class NotifyReader {
    static final List<String> NOTIFY = List.of("webhook", "ntfy", "command", "telegram", "heartbeat", "on_clear",
            "min_interval_seconds");
    static final List<String> TELEGRAM = List.of("chat_id");
    static final String TOKEN_ENV = "HEDGETOP_TELEGRAM_TOKEN";
    private static final int MAX_URL = 2000;
    private static final int MAX_ARGS = 64;

    private final Problems problems;

    NotifyReader(Problems problems) {
        this.problems = problems;
    }

    Notify read(YamlNode.Mapping map) {
        Fields f = new Fields(map, "notify", NOTIFY, problems);
        Optional<String> webhook = url(f, "webhook");
        Optional<String> ntfy = url(f, "ntfy");
        List<String> command = f.list("command", true).map(this::argv).orElse(List.of());
        Optional<String> chat = f.mapping("telegram").flatMap(this::telegram);
        Optional<String> heartbeat = url(f, "heartbeat");
        boolean onClear = f.bool("on_clear").orElse(true);
        long interval = f.whole("min_interval_seconds", 0, 604_800,
                "a whole number of seconds from 0 to 604800 (a week)").orElse(Notify.DEFAULT_MIN_INTERVAL_SECONDS);
        return new Notify(webhook, ntfy, command, chat, heartbeat, onClear, interval);
    }

    /** An absolute http(s) URL with a host; other schemes (file:, javascript:) are refused. */
    private Optional<String> url(Fields f, String key) {
        Optional<YamlNode> node = f.value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof YamlNode.Scalar s)) {
            problems.add(node.get().pos(), key + " must be an http:// or https:// URL, got " + node.get().describe());
            return Optional.empty();
        }
        String text = s.value().strip();
        Optional<String> why = urlProblem(text);
        if (why.isPresent()) {
            // the URL may carry a token: show only its scheme and host in the message
            problems.add(s.pos(), key + " must be an http:// or https:// URL with a host, got "
                    + Scalars.quote(Safe.text(Redact.url(text), 80)) + why.get());
            return Optional.empty();
        }
        return Optional.of(text);
    }

    static Optional<String> urlProblem(String text) {
        if (text.length() > MAX_URL) {
            return Optional.of(" (longer than " + MAX_URL + " characters)");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return Optional.of(" (spaces or control characters)");
            }
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of(" (no host)");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(" (not a valid URL)");
        }
    }

    private List<String> argv(YamlNode.Sequence list) {
        List<String> argv = new ArrayList<>();
        if (list.items().isEmpty()) {
            problems.add(list.pos(), "command must name a program to run, as a list: [/path/to/program, arg, ...]");
        }
        if (list.items().size() > MAX_ARGS) {
            problems.add(list.pos(), "command has " + list.items().size() + " arguments, at most " + MAX_ARGS);
            return List.of();
        }
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
                if (!(item instanceof YamlNode.Rejected)) {
                    problems.add(item.pos(), "each command argument must be text, got " + item.describe());
                }
                continue;
            }
            Optional<String> p = Scalars.textProblem(s.value(), 1000, true);
            if (p.isPresent()) {
                problems.add(s.pos(), "command argument " + Scalars.quote(s.value()) + " " + p.get());
                continue;
            }
            argv.add(s.value());
        }
        if (!argv.isEmpty() && argv.get(0).isBlank()) {
            problems.add(list.items().get(0).pos(), "command must start with the program to run, got empty text");
        }
        return argv.size() == list.items().size() ? argv : List.of();
    }

    private Optional<String> telegram(YamlNode.Mapping map) {
        for (YamlNode.Entry e : map.entries()) {
            String key = e.key().value().toLowerCase(Locale.ROOT);
            if (key.contains("token")) {
                problems.add(e.key().pos(), "the Telegram bot token must not be written in the book (a book is "
                        + "shared and backed up); remove " + Scalars.quote(e.key().value()) + " and set the "
                        + "environment variable " + TOKEN_ENV + " instead");
                return Optional.empty();
            }
        }
        Fields f = new Fields(map, "telegram", TELEGRAM, problems);
        if (!f.require("chat_id")) {
            return Optional.empty();
        }
        YamlNode v = f.value("chat_id").orElseThrow();
        if (v instanceof YamlNode.Scalar s && s.value().matches("-?[0-9]{1,19}|@[A-Za-z0-9_]{5,64}")) {
            return Optional.of(s.value());
        }
        problems.add(v.pos(), "chat_id must be a whole number (such as 123456789 or -1001234567890) or a channel "
                + "name such as @my_channel, got " + v.describe());
        return Optional.empty();
    }
}
