package io.quire.article;

import io.quire.core.domain.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a list continues: the sort value and id of the last item shown, and the number of the
 * next page. Opaque to clients, who only pass back what a {@code next} link gave them.
 */
record ListCursor(int page, UUID lastId, String lastValue) {

    String encode() {
        String raw = page + "\n" + lastId + "\n" + lastValue;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The last sort value as a point in time, for lists ordered by one. */
    Instant lastInstant() {
        try {
            return Instant.parse(lastValue);
        } catch (DateTimeParseException e) {
            throw forged();
        }
    }

    static ListCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n", 3);
            int page = Integer.parseInt(parts[0]);
            if (parts.length != 3 || page < 1) {
                throw new IllegalArgumentException("incomplete cursor");
            }
            return new ListCursor(page, UUID.fromString(parts[1]), parts[2]);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw forged();
        }
    }

    private static InvalidInput forged() {
        return new InvalidInput("after", "is not a cursor this server gave out; follow the list's next link");
    }
}
