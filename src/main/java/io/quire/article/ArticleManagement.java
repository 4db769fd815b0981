package io.quire.article;

import io.quire.article.internal.MarkdownRenderer;
import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import io.quire.core.text.Slugs;
import io.quire.core.web.Conflict;
import io.quire.core.web.Forbidden;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.InvalidInput;
import io.quire.core.web.MergePatcher;
import io.quire.core.web.Precondition;
import io.quire.tag.Tag;
import io.quire.tag.TagManagement;
import io.quire.tag.TagRefView;
import io.quire.user.AuthorView;
import io.quire.user.UserManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * Everything that happens to articles: who may see and change them, how their content is
 * rendered, and how the editorial workflow moves them. Drafts are invisible (404) to anyone
 * but their author and editors.
 */
@Service
@Transactional
public class ArticleManagement {

    static final int MAX_BODY_HTML = 1_000_000;

    private final Articles articles;
    private final TagManagement tags;
    private final UserManagement users;
    private final MarkdownRenderer markdown;
    private final MergePatcher patcher;
    private final HttpResponses responses;
    private final ArticleHistory history;
    private final ArticleSearch search;
    private final ArticleLists lists;
    private final List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Clock clock;

    ArticleManagement(
            Articles articles,
            TagManagement tags,
            UserManagement users,
            MarkdownRenderer markdown,
            MergePatcher patcher,
            HttpResponses responses,
            ArticleHistory history,
            ArticleSearch search,
            ArticleLists lists,
            Clock clock) {
        this.articles = articles;
        this.lists = lists;
        this.search = search;
        this.history = history;
        this.tags = tags;
        this.users = users;
        this.markdown = markdown;
        this.patcher = patcher;
        this.responses = responses;
        this.clock = clock;
    }

    public ArticleView create(ArticleRequest request, Caller caller) {
        requireRole(caller, Role.AUTHOR);
        Instant now = Instant.now(clock);
        Article article = new Article(caller.id(), now);
        if (Boolean.FALSE.equals(request.commentsOpen())) {
            requireRole(caller, Role.EDITOR);
            article.openComments(false, now);
        }
        article.revise(content(request, null), tags.resolve(nullToEmpty(request.tags()), "tags"), now);
        Article saved = articles.saveAndFlush(article);
        articles.copyPublicationToTags(saved.id());
        history.record(saved, null, caller.username());
        changed();
        return view(saved);
    }

    @Transactional(readOnly = true)
    public ArticleView get(UUID id, Caller caller) {
        return view(visible(id, caller));
    }

    /**
     * The article with this slug, or, for a slug it had before a rename, where it lives now.
     */
    @Transactional(readOnly = true)
    public SlugLookup getBySlug(String slug, Caller caller) {
        var current = articles.findBySlug(slug);
        if (current.isPresent()) {
            return new SlugLookup(
                    view(current.filter(a -> canSee(a, caller))
                            .orElseThrow(() -> new ArticleNotFound("'" + slug + "'"))),
                    null);
        }
        return history.articleWithOldSlug(slug)
                .flatMap(articles::findById)
                .filter(a -> canSee(a, caller))
                .map(a -> new SlugLookup(null, a.slug()))
                .orElseThrow(() -> new ArticleNotFound("'" + slug + "'"));
    }

    /** Either the article, or the slug it moved to. */
    public record SlugLookup(ArticleView article, String movedTo) {}

    /**
     * A page of the articles this caller may see. With {@code q} the search index answers, ranked
     * and highlighted; otherwise the database does.
     */
    @Transactional(readOnly = true)
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
        UUID authorId =
                filter.author() == null ? null : users.idOf(filter.author()).orElse(new UUID(0, 0));
        ArticleLists.Page page = lists.fetch(new ArticleLists.Query(filter, tagIds, authorId), caller, pageable, after);
        Pageable shown = PageRequest.of(page.number(), pageable.getPageSize(), pageable.getSort());
        return new ArticlePage(
                new PageImpl<>(views(page.articles()), shown, page.total()), page.nextCursor(), page.keyset());
    }

    /**
     * A page of articles, and the cursor that continues it when the order allows one.
     *
     * @param nextCursor the {@code after} value of the next page; null on the last page or when
     *        the list continues by page number ({@code keyset} false)
     */
    public record ArticlePage(Page<ArticleView> page, String nextCursor, boolean keyset) {}

    private Page<ArticleView> searchPage(ArticleFilter filter, Pageable pageable, Caller caller) {
        UUID authorId =
                filter.author() == null ? null : users.idOf(filter.author()).orElse(new UUID(0, 0));
        ArticleSearch.Hits hits = search.search(filter, authorId, caller, pageable);
        Map<UUID, Article> found = new HashMap<>();
        articles.findAllById(hits.hits().stream().map(ArticleSearch.Hit::id).toList())
                .forEach(a -> found.put(a.id(), a));
        // The database has the last word: an index that lags behind never shows what the caller may not see.
        List<ArticleSearch.Hit> visible = hits.hits().stream()
                .filter(h -> found.containsKey(h.id()) && canSee(found.get(h.id()), caller))
                .toList();
        List<ArticleView> views =
                views(visible.stream().map(h -> found.get(h.id())).toList());
        List<ArticleView> highlighted = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            highlighted.add(views.get(i).withHighlight(visible.get(i).highlight()));
        }
        return new PageImpl<>(highlighted, pageable, hits.total());
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

    public ArticleView replace(UUID id, ArticleRequest request, Precondition precondition, Caller caller) {
        return apply(editable(id, caller, precondition), request, caller);
    }

    public ArticleView patch(UUID id, JsonNode patch, Precondition precondition, Caller caller) {
        Article article = editable(id, caller, precondition);
        ArticleRequest current = new ArticleRequest(
                article.title(),
                article.slug(),
                article.summary(),
                article.body(),
                article.tags().stream().map(Tag::getName).toList(),
                article.commentsOpen(),
                null);
        return apply(article, patcher.apply(current, patch, ArticleRequest.class), caller);
    }

    /** Revisions of the article, newest first: its author and editors may read them. */
    @Transactional(readOnly = true)
    public Page<RevisionView> revisions(UUID id, Pageable pageable, Caller caller) {
        Article article = owned(id, caller);
        return history.list(article.id(), pageable);
    }

    @Transactional(readOnly = true)
    public RevisionView revision(UUID id, int number, Caller caller) {
        Article article = owned(id, caller);
        return history.find(article.id(), number)
                .map(RevisionView::of)
                .orElseThrow(() -> new RevisionNotFound(id, number));
    }

    /** Makes the content of an old revision current again, as a new revision. */
    public ArticleView restore(UUID id, int number, Precondition precondition, Caller caller) {
        Article article = editable(id, caller, precondition);
        var snapshot = history.find(article.id(), number)
                .orElseThrow(() -> new RevisionNotFound(id, number))
                .snapshot();
        return apply(
                article,
                new ArticleRequest(
                        snapshot.title(),
                        snapshot.slug(),
                        snapshot.summary(),
                        snapshot.body(),
                        snapshot.tags(),
                        null,
                        null),
                caller);
    }

    private ArticleView apply(Article article, ArticleRequest request, Caller caller) {
        Set<UUID> before = countedTags(article);
        var previous = ArticleRevision.Snapshot.of(article);
        ArticleRequest effective = request.slug() == null
                ? new ArticleRequest(
                        request.title(),
                        article.slug(),
                        request.summary(),
                        request.body(),
                        request.tags(),
                        request.commentsOpen(),
                        request.version())
                : request;
        Instant now = Instant.now(clock);
        if (request.commentsOpen() != null && request.commentsOpen() != article.commentsOpen()) {
            requireRole(caller, Role.EDITOR);
            article.openComments(request.commentsOpen(), now);
        }
        article.revise(content(effective, article), tags.resolve(nullToEmpty(request.tags()), "tags"), now);
        Article saved = articles.saveAndFlush(article);
        history.record(saved, previous, caller.username());
        return recounted(saved, before);
    }

    public void delete(UUID id, Precondition precondition, Caller caller) {
        Article article = visible(id, caller);
        boolean ownNeverPublished = article.authorId().equals(caller.id())
                && !article.wasEverPublished()
                && (article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.IN_REVIEW);
        if (!caller.isEditor() && !ownNeverPublished) {
            throw new Forbidden("Only editors delete articles; authors may delete their own never-published drafts.");
        }
        precondition.check(responses.etagOf(view(article)), article.version());
        Set<UUID> counted = countedTags(article);
        article.markDeleted(Instant.now(clock));
        articles.delete(article);
        articles.flush();
        changed();
        tags.countPublished(Set.of(), counted);
    }

    public ArticleView submit(UUID id, Precondition precondition, Caller caller) {
        Article article = editable(id, caller, precondition);
        return transition(article, a -> a.submit(Instant.now(clock)));
    }

    public ArticleView publish(UUID id, PublishRequest request, Precondition precondition, Caller caller) {
        requireRole(caller, Role.EDITOR);
        Article article = editable(id, caller, precondition);
        Instant now = Instant.now(clock);
        return transition(article, a -> {
            if (request.publishAt() != null && request.publishAt().isAfter(now)) {
                a.schedule(request.publishAt(), now);
            } else {
                a.publish(request.publishedAt(), now);
            }
        });
    }

    public ArticleView unpublish(UUID id, Precondition precondition, Caller caller) {
        requireRole(caller, Role.EDITOR);
        Article article = editable(id, caller, precondition);
        return transition(article, a -> a.unpublish(Instant.now(clock)));
    }

    public ArticleView archive(UUID id, Precondition precondition, Caller caller) {
        requireRole(caller, Role.EDITOR);
        Article article = editable(id, caller, precondition);
        return transition(article, a -> a.archive(Instant.now(clock)));
    }

    /** Publishes one scheduled article whose time has come; false when another instance won the race. */
    public boolean publishIfDue(UUID id) {
        Article article = articles.findById(id).orElse(null);
        Instant now = Instant.now(clock);
        if (article == null
                || article.status() != ArticleStatus.SCHEDULED
                || article.scheduledAt().isAfter(now)) {
            return false;
        }
        transition(article, a -> a.publishScheduled(now));
        return true;
    }

    /** Whether any article exists at all, in any state. */
    @Transactional(readOnly = true)
    public boolean hasAny() {
        return articles.count() > 0;
    }

    @Transactional(readOnly = true)
    public long scheduledCount() {
        return articles.countByStatus(ArticleStatus.SCHEDULED);
    }

    @Transactional(readOnly = true)
    public List<UUID> dueForPublication() {
        return articles.findDueForPublication(Instant.now(clock));
    }

    /** The article as the public sees it, or empty when it is not published (or gone). */
    @Transactional(readOnly = true)
    public Optional<ArticleView> findPublished(UUID id) {
        return articles.findById(id).filter(Article::isPublished).map(this::view);
    }

    /** Every published article (at most {@code limit}), most recently changed first, without content. */
    @Transactional(readOnly = true)
    public List<PublishedArticle> published(int limit) {
        return articles.findPublished(Limit.of(limit));
    }

    /** Fails with 404 unless the article exists and is published: the rule for public comments. */
    @Transactional(readOnly = true)
    public void requirePublished(UUID id) {
        articles.findById(id).filter(Article::isPublished).orElseThrow(() -> new ArticleNotFound(id));
    }

    /** Fails with 404 unless the article is published, and with 403 when its comments are closed. */
    @Transactional(readOnly = true)
    public void requireOpenForComments(UUID id) {
        Article article = articles.findById(id).filter(Article::isPublished).orElseThrow(() -> new ArticleNotFound(id));
        if (!article.commentsOpen()) {
            throw new CommentsClosed(id);
        }
    }

    /** Fails with 404 unless this caller may see the article. */
    @Transactional(readOnly = true)
    public void requireVisible(UUID id, Caller caller) {
        visible(id, caller);
    }

    /** Records the number of approved comments, as counted by the comment module. */
    public void updateCommentCount(UUID id, int approvedComments) {
        articles.setCommentCount(id, approvedComments);
        changed();
    }

    /** Runs {@code listener} after every change to articles made through this instance. */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        lists.forgetTotals();
        changeListeners.forEach(Runnable::run);
        // Again once committed: a read between the change and the commit may have cached the old state.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    lists.forgetTotals();
                    changeListeners.forEach(Runnable::run);
                }
            });
        }
    }

    /** A workflow step: the change, then what every write ends with. */
    private ArticleView transition(Article article, Consumer<Article> change) {
        Set<UUID> countedBefore = countedTags(article);
        change.accept(article);
        return recounted(articles.saveAndFlush(article), countedBefore);
    }

    /**
     * Every write that may change the status, the publication time or the tags ends here: the
     * listing copy in {@code article_tags}, the caches, and the tags' counts of published articles,
     * moved by one where the article started or stopped counting (no recount of big tags).
     *
     * @param countedBefore the tags the article counted under before the change ({@link #countedTags})
     */
    private ArticleView recounted(Article saved, Set<UUID> countedBefore) {
        articles.copyPublicationToTags(saved.id());
        changed();
        Set<UUID> countedAfter = countedTags(saved);
        tags.countPublished(without(countedAfter, countedBefore), without(countedBefore, countedAfter));
        return view(saved);
    }

    /** The tags whose {@code articleCount} includes this article: its tags while it is published. */
    private static Set<UUID> countedTags(Article article) {
        return article.status() == ArticleStatus.PUBLISHED ? tagIds(article) : Set.of();
    }

    private static Set<UUID> without(Set<UUID> these, Set<UUID> those) {
        Set<UUID> rest = new HashSet<>(these);
        rest.removeAll(those);
        return rest;
    }

    private Article visible(UUID id, Caller caller) {
        return articles.findById(id).filter(a -> canSee(a, caller)).orElseThrow(() -> new ArticleNotFound(id));
    }

    /** An article this caller may change: its author or an editor; 404 when they cannot even see it. */
    private Article editable(UUID id, Caller caller, Precondition precondition) {
        Article article = visible(id, caller);
        if (!caller.isEditor() && !article.authorId().equals(caller.id())) {
            throw new Forbidden("Authors may change only their own articles.");
        }
        precondition.check(responses.etagOf(view(article)), article.version());
        return article;
    }

    /** An article whose history this caller may read: its author or an editor. */
    private Article owned(UUID id, Caller caller) {
        Article article = visible(id, caller);
        if (!caller.isEditor() && !article.authorId().equals(caller.id())) {
            throw new Forbidden("Only the article's author and editors may read its history.");
        }
        return article;
    }

    private static boolean canSee(Article article, Caller caller) {
        return article.isPublished()
                || caller.isEditor()
                || caller.has(Role.AUTHOR) && article.authorId().equals(caller.id());
    }

    private static void requireRole(Caller caller, Role role) {
        if (!caller.has(role)) {
            throw new Forbidden("This needs the " + role + " role.");
        }
    }

    private Article.Content content(ArticleRequest request, Article self) {
        String title = request.title().strip();
        String slug = request.slug() != null ? request.slug() : null;
        if (slug != null) {
            articles.findBySlug(slug)
                    .filter(other -> self == null || !other.id().equals(self.id()))
                    .ifPresent(other -> {
                        throw new Conflict(
                                "slug-taken", "The slug '" + request.slug() + "' is taken by another article.", "slug");
                    });
        } else {
            String base = Slugs.derive(title, "article");
            slug = base;
            for (int n = 2; isTakenByOther(slug, self); n++) {
                slug = Slugs.withSuffix(base, n);
            }
        }
        String body = request.body() == null ? "" : request.body();
        String html = markdown.toSafeHtml(body);
        if (html.length() > MAX_BODY_HTML) {
            throw new InvalidInput("body", "renders to more than " + MAX_BODY_HTML + " characters of HTML");
        }
        String summary = request.summary() == null || request.summary().isBlank()
                ? null
                : request.summary().strip();
        return new Article.Content(title, slug, summary, body, html, markdown.readingTimeMinutes(body));
    }

    private boolean isTakenByOther(String slug, Article self) {
        return articles.findBySlug(slug)
                        .filter(other -> self == null || !other.id().equals(self.id()))
                        .isPresent()
                || history.isOldSlugOfAnother(slug, self == null ? null : self.id());
    }

    private ArticleView view(Article article) {
        return views(List.of(article)).get(0);
    }

    private List<ArticleView> views(List<Article> list) {
        Map<UUID, AuthorView> authors =
                users.authors(list.stream().map(Article::authorId).toList());
        return list.stream()
                .map(a -> new ArticleView(
                        a.id(),
                        a.slug(),
                        a.title(),
                        a.summary(),
                        a.body(),
                        a.bodyHtml(),
                        a.status(),
                        a.publishedAt(),
                        a.scheduledAt(),
                        authors.getOrDefault(a.authorId(), new AuthorView("unknown", "Unknown")),
                        a.tags().stream()
                                .map(TagRefView::of)
                                .sorted(java.util.Comparator.comparing(
                                                (TagRefView t) -> t.name().toLowerCase(Locale.ROOT))
                                        .thenComparing(TagRefView::slug))
                                .toList(),
                        a.commentCount(),
                        a.commentsOpen(),
                        a.readingTimeMinutes(),
                        a.createdAt(),
                        a.updatedAt(),
                        a.version(),
                        null))
                .toList();
    }

    private static Set<UUID> tagIds(Article article) {
        Set<UUID> ids = new HashSet<>();
        article.tags().forEach(t -> ids.add(t.getId()));
        return ids;
    }

    private static List<String> nullToEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
