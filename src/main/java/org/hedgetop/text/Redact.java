package org.hedgetop.text;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Shortens secrets before anything is printed or logged. Notification URLs carry their secret in the path
 * (a Slack hook, an ntfy topic, a heartbeat UUID), the query or the user info, so only scheme, host and port
 * are kept; a token shows its last four characters at most.
 */
public final class Redact {
    private Redact() {
    }

    /** {@code https://hooks.example.org/…}: scheme, host and port, never the path, query or user info. */
    public static String url(String url) {
        if (url == null) {
            return "";
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "(a URL)";
            }
            String port = uri.getPort() >= 0 ? ":" + uri.getPort() : "";
            boolean more = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                    || uri.getRawQuery() != null || uri.getRawFragment() != null;
            return uri.getScheme() + "://" + uri.getHost() + port + (more ? "/…" : "");
        } catch (URISyntaxException e) {
            return "(a URL)";
        }
    }

    /** Removes every occurrence of {@code secret} (a token) from {@code text}. */
    public static String without(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text == null ? "" : text;
        }
        return text.replace(secret, "***");
    }
}
