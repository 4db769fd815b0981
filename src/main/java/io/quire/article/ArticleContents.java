package io.quire.article;

import io.quire.article.internal.MarkdownRenderer;
import io.quire.core.domain.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Turns what an editor sent into an article's content: the title and summary trimmed, a slug
 * allocated, the Markdown rendered to sanitized HTML within its limit, the reading time counted.
 */
@Component
class ArticleContents {

    /** The most HTML a body may render to; the column holds no more. */
    static final int MAX_BODY_HTML = 1_000_000;

    private final MarkdownRenderer markdown;
    private final SlugAllocator slugs;

    ArticleContents(MarkdownRenderer markdown, SlugAllocator slugs) {
        this.markdown = markdown;
        this.slugs = slugs;
    }

    /** @param self the article the content is for, or null for a new one */
    ArticleContent of(ArticleRequest request, Article self) {
        String title = request.title().strip();
        Slug slug = slugs.allocate(request.slug(), title, self == null ? null : self.id());
        String body = request.body() == null ? "" : request.body();
        String html = markdown.toSafeHtml(body);
        if (html.length() > MAX_BODY_HTML) {
            throw new InvalidInput("body", "renders to more than " + MAX_BODY_HTML + " characters of HTML");
        }
        String summary = request.summary() == null || request.summary().isBlank()
                ? null
                : request.summary().strip();
        return new ArticleContent(title, slug.value(), summary, body, html, markdown.readingTimeMinutes(body));
    }
}
