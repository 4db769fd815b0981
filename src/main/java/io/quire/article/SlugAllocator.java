package io.quire.article;

import io.quire.core.domain.SlugTaken;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gives each article a slug no other article holds. An explicit slug must be free; a derived one
 * moves on to {@code -2}, {@code -3}… past slugs that other articles hold now or held before a
 * rename (those still redirect to them).
 */
@Component
class SlugAllocator {

    private final Articles articles;
    private final ArticleHistory history;

    SlugAllocator(Articles articles, ArticleHistory history) {
        this.articles = articles;
        this.history = history;
    }

    /**
     * @param requested the slug the editor asked for, or null to derive one from the title
     * @param self the article the slug is for, or null for a new one
     * @throws SlugTaken when the requested slug belongs to another article
     */
    Slug allocate(String requested, String title, UUID self) {
        if (requested != null) {
            Slug slug = new Slug(requested);
            if (heldByAnother(slug, self)) {
                throw new SlugTaken(requested, "article");
            }
            return slug;
        }
        Slug base = Slug.derivedFrom(title);
        Slug slug = base;
        for (int n = 2; heldByAnother(slug, self) || history.isOldSlugOfAnother(slug.value(), self); n++) {
            slug = base.withSuffix(n);
        }
        return slug;
    }

    private boolean heldByAnother(Slug slug, UUID self) {
        return articles.findBySlug(slug.value())
                .filter(other -> !other.id().equals(self))
                .isPresent();
    }
}
