package io.quire.article;

/**
 * The editable content of an article, already validated and rendered, and what search engines are to read of it.
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
        Seo seo,
        FeatureImage featureImage) {}
