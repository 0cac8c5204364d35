package org.hedgetop.market.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a response fixture from src/test/resources/market. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/market/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
