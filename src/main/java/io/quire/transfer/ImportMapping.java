package io.quire.transfer;

import io.quire.article.ArticleData;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Puts the ids of this instance into an article of the file: its author's and its tags'. */
final class ImportMapping {

    private ImportMapping() {}

    static ArticleData withIds(ArticleData a, UUID authorId, Map<UUID, UUID> tagIds) {
        List<UUID> tags = a.tagIds().stream()
                .map(tagIds::get)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return a.withRefs(authorId, tags);
    }
}
