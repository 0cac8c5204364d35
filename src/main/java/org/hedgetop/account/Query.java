package org.hedgetop.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query-string pieces shared by the signed venues. */
final class Query {
    private Query() {
    }

    /** Percent-encodes one value the way the venues decode it. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Where the secret came from, for messages: the environment variable, or the key file's second line. */
    static String secretOrigin(Credentials c) {
        return c.origin().endsWith("_API_KEY") ? c.origin().replace("_API_KEY", "_API_SECRET")
                : "the secret in " + c.origin();
    }
}
