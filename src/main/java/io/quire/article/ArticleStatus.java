package io.quire.article;

/** Where an article is in the editorial workflow. Only PUBLISHED is visible to the public. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED
}
