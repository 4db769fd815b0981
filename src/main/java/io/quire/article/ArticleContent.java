package io.quire.article;

/**
 * The editable content of an article, already validated and rendered.
 *
 * @param featureImage the image the article leads with, or null
 */
record ArticleContent(
        String title,
        String slug,
        String summary,
        String body,
        String bodyHtml,
        int readingTimeMinutes,
        FeatureImage featureImage) {}
