package org.hedgetop.book;

import java.util.List;
import java.util.Optional;

/**
 * Where alert events go when nobody watches the screen (the book's {@code notify:} block, DOMAIN.md section 9).
 * No secret lives here: the Telegram token comes from the environment ({@code HEDGETOP_TELEGRAM_TOKEN}).
 *
 * @param webhook             POST application/json, one request per alert event
 * @param ntfy                POST text/plain with Title, Priority and Tags headers
 * @param command             argv of a program run per event (never through a shell); empty = none
 * @param telegramChatId      chat for the Bot API's sendMessage: a whole number or an {@code @channel} name
 * @param heartbeat           GET after every successful poll, for an outside dead-man's switch
 * @param onClear             also send an event when an alert clears
 * @param minIntervalSeconds  per alert subject, at most one raise per this many seconds
 */
public record Notify(Optional<String> webhook, Optional<String> ntfy, List<String> command,
                     Optional<String> telegramChatId, Optional<String> heartbeat, boolean onClear,
                     long minIntervalSeconds) {
    /** The default when the book has no notify block: the interval the documented example uses. */
    public static final long DEFAULT_MIN_INTERVAL_SECONDS = 300;
    public static final Notify NONE = new Notify(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), true, DEFAULT_MIN_INTERVAL_SECONDS);

    public Notify {
        command = List.copyOf(command);
    }

    /** True when at least one channel (heartbeat included) is configured. */
    public boolean any() {
        return webhook.isPresent() || ntfy.isPresent() || !command.isEmpty() || telegramChatId.isPresent()
                || heartbeat.isPresent();
    }
}
