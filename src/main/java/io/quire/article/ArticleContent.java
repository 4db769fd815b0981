package io.quire.article;

/** The editable content of an article, already validated and rendered. */
record ArticleContent(
        String title, String slug, String summary, String body, String bodyHtml, int readingTimeMinutes) {}
