package org.hedgetop.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Request signatures exactly as the venues document them (both HMAC-SHA256, lower-case hex):
 * <ul>
 *   <li>Binance: over the query string as sent, {@code timestamp} and {@code recvWindow} included; sent
 *       as the last parameter {@code signature}, with the key in header {@code X-MBX-APIKEY}.</li>
 *   <li>Bybit v5 GET: over {@code timestamp + apiKey + recvWindow + queryString}; sent in header
 *       {@code X-BAPI-SIGN} beside {@code X-BAPI-API-KEY}, {@code X-BAPI-TIMESTAMP},
 *       {@code X-BAPI-RECV-WINDOW}.</li>
 * </ul>
 */
public final class Signing {
    private Signing() {
    }

    static String hmacSha256Hex(Secret secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // every Java 17 runtime has HmacSHA256; say nothing of the key
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Binance: the {@code signature} value for this exact query string. */
    static String binance(Secret secret, String queryString) {
        return hmacSha256Hex(secret, queryString);
    }

    /** Bybit v5 GET: the {@code X-BAPI-SIGN} value. */
    static String bybit(Secret secret, long timestamp, String apiKey, long recvWindow, String queryString) {
        return hmacSha256Hex(secret, timestamp + apiKey + recvWindow + queryString);
    }
}
