package org.hedgetop.account;

import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.Request;
import org.hedgetop.market.http.ErrorMapper;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.http.Fetcher;
import org.hedgetop.market.live.LiveOptions;

/**
 * The shared fetcher (retries, backoff, Retry-After, body cap) for account reads, with the venue's key
 * errors turned into {@link AccountException}s. The venue's error mapper hides a key error in the
 * cause of the FeedException; it is unwrapped here.
 */
final class VenueHttp {
    private final Fetcher fetcher;

    VenueHttp(LiveOptions options, String venue, ErrorMapper errors) {
        this.fetcher = new Fetcher(options.client(), venue, options.retry(), options.sleeper(), options.random(),
                options.maxBodyBytes(), options.clock(), errors);
    }

    /** A clock skew the venue complained of: measure again and resend. */
    static final class ClockSkew extends Exception {
        private static final long serialVersionUID = 1L;

        ClockSkew(String message) {
            super(message);
        }
    }

    /** For error mappers: a failure that is about the key, not the network. */
    static Optional<FeedException> key(AccountException e) {
        return Optional.of(new FeedException(FeedException.Kind.HTTP, e.getMessage(), Optional.empty(), e));
    }

    static Optional<FeedException> skew(String message) {
        return Optional.of(new FeedException(FeedException.Kind.HTTP, message, Optional.empty(),
                new ClockSkew(message)));
    }

    byte[] send(Supplier<Request> request) throws AccountException, ClockSkew {
        try {
            return fetcher.send(request).body();
        } catch (FeedException e) {
            throw unwrap(e);
        }
    }

    static AccountException unwrap(FeedException e) throws ClockSkew {
        if (e.getCause() instanceof AccountException a) {
            return a;
        }
        if (e.getCause() instanceof ClockSkew s) {
            throw s;
        }
        return new AccountException(AccountException.Kind.UNAVAILABLE, e.getMessage());
    }

    static AccountException bad(FeedException e) {
        return new AccountException(AccountException.Kind.UNAVAILABLE, e.getMessage());
    }

    int requestCount() {
        return fetcher.requestCount();
    }
}
