package io.quire.article;

import io.quire.core.domain.InvalidInput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Where a list continues: the sort value and id of the last item shown, and the number of the
 * next page. Opaque to clients, who only pass back what a {@code next} link gave them; written and
 * read, signed, by {@link ListCursors}.
 */
record ListCursor(int page, UUID lastId, String lastValue) {

    ListCursor {
        if (page < 1) {
            throw new IllegalArgumentException("a cursor continues at page 1 or later");
        }
    }

    /** The last sort value as a point in time, for lists ordered by one. */
    Instant lastInstant() {
        try {
            return Instant.parse(lastValue);
        } catch (DateTimeParseException e) {
            throw forged();
        }
    }

    static InvalidInput forged() {
        return new InvalidInput("after", "is not a cursor this server gave out; follow the list's next link");
    }
}
