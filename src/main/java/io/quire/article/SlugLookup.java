package io.quire.article;

/** An article found by slug: either the article, or the slug it moved to after a rename. */
public record SlugLookup(ArticleView article, String movedTo) {}
