package org.hedgetop.account;

import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.LiveOptions;

/**
 * What every keyed venue shares: the key, the shared fetcher with the venue's key errors, and the venue's
 * clock, measured once before the first signed request (and again when the venue says the timestamp is
 * outside its receive window).
 */
abstract class SignedAccount implements ExchangeAccount {
    protected final Credentials credentials;
    protected final VenueHttp http;
    protected final ServerClock clock;

    SignedAccount(Credentials credentials, LiveOptions options, String venueName) {
        this.credentials = credentials;
        this.http = new VenueHttp(options, venueName, this::mapError);
        this.clock = new ServerClock(options.clock());
    }

    /** The venue's answer turned into a classified failure (key refused, IP, signature...), or empty. */
    protected abstract Optional<FeedException> mapError(int status, Headers headers, String body, Instant now);

    /** One request to the venue's public time endpoint: its clock in epoch milliseconds. */
    protected abstract long fetchServerMillis() throws FeedException, AccountException, VenueHttp.ClockSkew;

    @Override
    public String keyOrigin() {
        return credentials.origin();
    }

    @Override
    public int requestCount() {
        return http.requestCount();
    }

    /** Milliseconds the venue's clock is ahead of ours, once measured. */
    public long clockOffsetMillis() {
        return clock.offsetMillis();
    }

    /** The venue's time now, measuring its clock first if that was never done. */
    protected long serverNow() throws AccountException {
        if (!clock.measured()) {
            measureClock();
        }
        return clock.now();
    }

    protected void measureClock() throws AccountException {
        clock.measure(() -> {
            try {
                return fetchServerMillis();
            } catch (FeedException e) {
                throw VenueHttp.bad(e);
            }
        });
    }
}
