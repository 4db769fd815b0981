package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where an article is in the editorial workflow. Only PUBLISHED is visible to the public. */
@Schema(
        name = "ArticleStatus",
        enumAsRef = true,
        description = "Where an article is in the editorial workflow; " + "only PUBLISHED articles are public.")
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
