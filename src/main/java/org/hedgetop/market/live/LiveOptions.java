package org.hedgetop.market.live;

import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.hedgetop.market.http.HttpClients;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.market.http.Sleeper;

/**
 * Everything a live source takes from its surroundings, so tests can replace each piece: the HTTP
 * client, the environment (base URL overrides), where history-loading progress goes, and the waits,
 * randomness and clock of retries.
 *
 * @param progress  receives one-line messages while history loads ("binance: history 12/57")
 * @param clock     only to read absolute times in response headers; polls use the time they are given
 */
public record LiveOptions(OkHttpClient client, Map<String, String> env, Consumer<String> progress, Sleeper sleeper,
                          Random random, RetryPolicy retry, long maxBodyBytes, Clock clock) {
    public LiveOptions {
        env = Map.copyOf(env);
    }

    /** The program's options: shared client, process environment, real sleeps. */
    public static LiveOptions defaults(Consumer<String> progress) {
        return new LiveOptions(HttpClients.shared(), System.getenv(), progress, Sleeper.REAL, new Random(),
                RetryPolicy.DEFAULT, HttpClients.MAX_BODY_BYTES, Clock.systemUTC());
    }
}
