package io.quire.article;

import io.quire.core.domain.InvalidInput;
import io.quire.core.security.Caller;
import io.quire.tag.TagManagement;
import io.quire.user.UserManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading articles: one by id or slug, lists and search as the caller may see them, revisions, and
 * the narrow {@link ArticleLookup} other modules read through.
 */
@Service
@Transactional(readOnly = true)
public class ArticleQueries implements ArticleLookup {

    private final Articles articles;
    private final ArticleAccess access;
    private final ArticleViews views;
    private final ArticleLists lists;
    private final ArticleSearch search;
    private final ArticleHistory history;
    private final TagManagement tags;
    private final UserManagement users;
    private final Clock clock;

    ArticleQueries(
            Articles articles,
            ArticleAccess access,
            ArticleViews views,
            ArticleLists lists,
            ArticleSearch search,
            ArticleHistory history,
            TagManagement tags,
            UserManagement users,
            Clock clock) {
        this.articles = articles;
        this.access = access;
        this.views = views;
        this.lists = lists;
        this.search = search;
        this.history = history;
        this.tags = tags;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The default order of lists: relevance for a search, newest publication first for the
     * public, latest change for editors.
     */
    public static Sort defaultSort(Caller caller, String q) {
        if (q != null && !q.isBlank()) {
            return Sort.by(Sort.Direction.DESC, ArticleSearch.RELEVANCE);
        }
        return caller.isAnonymous()
                ? Sort.by(Sort.Direction.DESC, "publishedAt")
                : Sort.by(Sort.Direction.DESC, "updatedAt");
    }

    public ArticleView get(UUID id, Caller caller) {
        return views.of(access.visible(id, caller));
    }

    /** The article with this slug, or, for a slug it had before a rename, where it lives now. */
    public SlugLookup getBySlug(String slug, Caller caller) {
        var current = articles.findBySlug(slug);
        if (current.isPresent()) {
            Article article = current.filter(a -> ArticleAccess.canSee(a, caller))
                    .orElseThrow(() -> new ArticleNotFound("'" + slug + "'"));
            return new SlugLookup(views.of(article), null);
        }
        return history.articleWithOldSlug(slug)
                .flatMap(articles::findById)
                .filter(a -> ArticleAccess.canSee(a, caller))
                .map(a -> new SlugLookup(null, a.slug()))
                .orElseThrow(() -> new ArticleNotFound("'" + slug + "'"));
    }

    /**
     * A page of the articles this caller may see. With {@code q} the search index answers, ranked
     * and highlighted; otherwise the database does.
     */
    public ArticlePage list(ArticleFilter filter, Pageable pageable, Caller caller, String after) {
        if (filter.q() != null && !filter.q().isBlank()) {
            if (after != null) {
                throw new InvalidInput("after", "search results are paged by page number");
            }
            return new ArticlePage(searchPage(filter, pageable, caller), null, false);
        }
        if (pageable.getSort().getOrderFor(ArticleSearch.RELEVANCE) != null) {
            throw new InvalidInput("sort", "'relevance' orders search results: send it with q");
        }
        List<UUID> tagIds = filter.tags().isEmpty() ? List.of() : tags.idsOfSlugs(filter.tags());
        var query = new ArticleLists.Query(filter, tagIds, authorId(filter));
        ArticleLists.Page page = lists.fetch(query, caller, pageable, after);
        Pageable shown = PageRequest.of(page.number(), pageable.getPageSize(), pageable.getSort());
        return new ArticlePage(
                new PageImpl<>(views.of(page.articles()), shown, page.total()), page.nextCursor(), page.keyset());
    }

    private Page<ArticleView> searchPage(ArticleFilter filter, Pageable pageable, Caller caller) {
        ArticleSearch.Hits hits = search.search(filter, authorId(filter), caller, pageable);
        Map<UUID, Article> found = new HashMap<>();
        articles.findAllById(hits.hits().stream().map(ArticleSearch.Hit::id).toList())
                .forEach(a -> found.put(a.id(), a));
        // The database has the last word: an index that lags behind never shows what the caller may not see.
        List<ArticleSearch.Hit> visible = hits.hits().stream()
                .filter(h -> found.containsKey(h.id()) && ArticleAccess.canSee(found.get(h.id()), caller))
                .toList();
        List<ArticleView> shown =
                views.of(visible.stream().map(h -> found.get(h.id())).toList());
        List<ArticleView> highlighted = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            highlighted.add(shown.get(i).withHighlight(visible.get(i).highlight()));
        }
        return new PageImpl<>(highlighted, pageable, hits.total());
    }

    /** The author a filter names, as an id; an unknown author matches nothing. */
    private UUID authorId(ArticleFilter filter) {
        return filter.author() == null ? null : users.idOf(filter.author()).orElse(new UUID(0, 0));
    }

    /** Revisions of the article, newest first: its author and editors may read them. */
    public Page<RevisionView> revisions(UUID id, Pageable pageable, Caller caller) {
        return history.list(access.withReadableHistory(id, caller).id(), pageable);
    }

    public RevisionView revision(UUID id, int number, Caller caller) {
        return history.find(access.withReadableHistory(id, caller).id(), number)
                .map(history::view)
                .orElseThrow(() -> new RevisionNotFound(id, number));
    }

    long scheduledCount() {
        return articles.countByStatus(ArticleStatus.SCHEDULED);
    }

    List<UUID> dueForPublication() {
        return articles.findDueForPublication(Instant.now(clock));
    }

    @Override
    public Optional<ArticleView> findPublished(UUID id) {
        return articles.findById(id).filter(Article::isPublished).map(views::of);
    }

    @Override
    public List<ArticleView> newestPublished(List<String> tagSlugs, int limit) {
        return views.of(
                tagSlugs.isEmpty()
                        ? articles.findNewestIndexable(Limit.of(limit))
                        : articles.findNewestIndexableTagged(tagSlugs, Limit.of(limit)));
    }

    @Override
    public List<PublishedArticle> published(int limit) {
        return views.published(articles.findIndexable(Limit.of(limit)));
    }

    @Override
    public void requirePublished(UUID id) {
        publishedArticle(id);
    }

    @Override
    public void requireOpenForComments(UUID id) {
        if (!publishedArticle(id).discussion().open()) {
            throw new CommentsClosed(id);
        }
    }

    @Override
    public java.util.Map<UUID, ArticleRef> refs(java.util.Collection<UUID> ids) {
        return ids.isEmpty()
                ? java.util.Map.of()
                : articles.findRefs(ids).stream()
                        .collect(java.util.stream.Collectors.toMap(ArticleRef::id, ref -> ref));
    }

    @Override
    public boolean hasAny() {
        return articles.count() > 0;
    }

    private Article publishedArticle(UUID id) {
        return articles.findById(id).filter(Article::isPublished).orElseThrow(() -> new ArticleNotFound(id));
    }
}
