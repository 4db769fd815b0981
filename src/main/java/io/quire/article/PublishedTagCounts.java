package io.quire.article;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Part of {@link Articles}: the counts read from {@code article_tags}, a table without an entity of its own. */
interface PublishedTagCounts {

    /**
     * Published articles per tag; tags with none are absent. Counted in the listing index of
     * {@code article_tags} alone, without reading articles (see {@link Articles#copyPublicationToTags}).
     */
    Map<UUID, Integer> countPublishedByTag(Collection<UUID> tagIds);
}
