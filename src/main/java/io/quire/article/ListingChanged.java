package io.quire.article;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The tags an article is publicly listed under changed: it was published, stopped being published
 * (unpublished, archived, deleted), or gained or lost tags while published. Published inside the
 * change; this module keeps the tags' counts and the listing copy in step with it.
 *
 * @param listedUnder the tags it is now listed under and was not before
 * @param unlistedFrom the tags it was listed under and is no longer
 */
public record ListingChanged(UUID articleId, Set<UUID> listedUnder, Set<UUID> unlistedFrom) {

    /** The change from the tags an article was listed under to those it is listed under now, if any. */
    static Optional<ListingChanged> between(UUID articleId, Set<UUID> before, Set<UUID> after) {
        if (before.equals(after)) {
            return Optional.empty();
        }
        Set<UUID> gained = new HashSet<>(after);
        gained.removeAll(before);
        Set<UUID> lost = new HashSet<>(before);
        lost.removeAll(after);
        return Optional.of(new ListingChanged(articleId, gained, lost));
    }
}
