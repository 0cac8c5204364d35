package org.hedgetop.account;

import java.util.Arrays;

/**
 * An API secret. It is only ever used as an HMAC key: {@link #toString()} never shows it, it is not
 * serialisable, and equality is by identity so it cannot end up as a map key or in a diff.
 */
public final class Secret {
    private final byte[] bytes;

    Secret(String value) {
        this.bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A copy of the bytes, for the MAC key only. */
    byte[] bytes() {
        return Arrays.copyOf(bytes, bytes.length);
    }

    int length() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
