package org.hedgetop.account;

import java.time.Instant;

/**
 * Funding actually settled on the account for one instrument.
 *
 * @param id      the venue's id of the payment
 * @param amount  in the quote currency, positive = received, negative = paid
 */
public record FundingPayment(String id, String instrument, Instant time, double amount) {
}
