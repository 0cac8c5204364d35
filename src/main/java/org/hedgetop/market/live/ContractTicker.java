package org.hedgetop.market.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The live state of one futures contract as an exchange reports it.
 *
 * @param fundingRate      current/last funding rate; empty for contracts without funding (expiry)
 * @param nextFundingTime  empty for contracts without funding
 * @param fundingInterval  empty when the response does not say (the source fills in what it knows)
 */
public record ContractTicker(String symbol, double mark, OptionalDouble index, OptionalDouble fundingRate,
                             Optional<Instant> nextFundingTime, Optional<Duration> fundingInterval) {
    public ContractTicker withFundingInterval(Duration interval) {
        return new ContractTicker(symbol, mark, index, fundingRate, nextFundingTime, Optional.of(interval));
    }
}
