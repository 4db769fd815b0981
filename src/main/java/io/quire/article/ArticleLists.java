package io.quire.article;

import io.quire.core.domain.InvalidInput;
import io.quire.core.security.Caller;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * Database lists of articles that stay fast at any depth. Where the order allows it (one sort
 * field that is never null, plus the id), a list continues from a cursor — the last item's sort
 * value and id — so page 50,000 costs what page 1 costs. A tag's public list in publication
 * order is read from the join table alone ({@link TaggedLists}). Totals come from the read cache
 * ({@link ArticleReadCache}) instead of a full count on every request.
 */
@Component
class ArticleLists {

    @PersistenceContext
    private EntityManager entityManager;

    private final TaggedLists tagged;
    private final ArticleReadCache cache;
    private final ListCursors cursors;

    record Page(List<Article> articles, int number, long total, String nextCursor, boolean keyset) {}

    record Query(ArticleFilter filter, List<UUID> tagIds, UUID authorId) {}

    private record CountKey(Query query, String visibility) {}

    ArticleLists(TaggedLists tagged, ArticleReadCache cache, ListCursors cursors) {
        this.tagged = tagged;
        this.cache = cache;
        this.cursors = cursors;
    }

    Page fetch(Query query, Caller caller, Pageable pageable, String after) {
        Sort.Order keysetOrder = keysetOrder(pageable.getSort(), query, caller);
        int size = pageable.getPageSize();
        int number = pageable.getPageNumber();
        ListCursor cursor = null;
        if (after != null) {
            if (keysetOrder == null) {
                throw new InvalidInput("after", "this order cannot be continued by cursor; use page");
            }
            cursor = cursors.decode(after);
            number = cursor.page();
        }
        ListCursor from = cursor;
        long offset = from == null ? pageable.getOffset() : 0;
        boolean byTag = isPublicTagList(query, caller, keysetOrder);
        List<Article> rows;
        if (byTag) {
            rows = withIds(
                    tagged.ids(query.tagIds(), query.filter(), keysetOrder.isAscending(), from, offset, size + 1));
        } else {
            Specification<Article> spec = matching(query, caller)
                    .and((root, q, cb) -> from == null ? null : after(root, cb, keysetOrder, from));
            rows = withIds(ids(spec, pageable.getSort(), offset, size + 1));
        }
        boolean more = rows.size() > size;
        List<Article> shown = more ? rows.subList(0, size) : rows;
        String next = more && keysetOrder != null
                ? cursors.encode(new ListCursor(
                        number + 1, shown.get(size - 1).id(), valueOf(shown.get(size - 1), keysetOrder.getProperty())))
                : null;
        long total = cache.total(
                new CountKey(query, visibility(caller)),
                () -> byTag ? tagged.count(query.tagIds(), query.filter()) : count(matching(query, caller)));
        // A total cached a moment ago must never contradict what this page shows; a page past the end shows
        // nothing, and proves nothing about the total.
        if (!shown.isEmpty()) {
            total = Math.max(total, (long) number * size + shown.size() + (more ? 1 : 0));
        }
        return new Page(List.copyOf(shown), number, total, next, keysetOrder != null);
    }

    /** The one sort field a cursor can continue, or null when this order needs offsets. */
    private static Sort.Order keysetOrder(Sort sort, Query query, Caller caller) {
        List<Sort.Order> orders = sort.toList();
        if (orders.size() != 2
                || !orders.get(1).getProperty().equals("id")
                || orders.get(0).getDirection() != orders.get(1).getDirection()) {
            return null;
        }
        Sort.Order order = orders.get(0);
        return switch (order.getProperty()) {
            case "updatedAt", "createdAt", "title" -> order;
            // publishedAt is null for articles never published: continue only over published ones.
            case "publishedAt" -> onlyPublished(query, caller) ? order : null;
            default -> null;
        };
    }

    /**
     * Whether this list is a tag's public articles in publication order, with nothing else to
     * narrow it but publication times: {@link TaggedLists} answers those from the join table.
     */
    private static boolean isPublicTagList(Query query, Caller caller, Sort.Order keysetOrder) {
        ArticleStatus status = query.filter().status();
        return keysetOrder != null
                && keysetOrder.getProperty().equals("publishedAt")
                && !query.tagIds().isEmpty()
                && query.authorId() == null
                && (status == ArticleStatus.PUBLISHED || status == null && ArticleAccess.seesOnlyPublished(caller));
    }

    private static boolean onlyPublished(Query query, Caller caller) {
        return ArticleAccess.seesOnlyPublished(caller) || query.filter().status() == ArticleStatus.PUBLISHED;
    }

    private static Predicate after(Root<Article> root, CriteriaBuilder cb, Sort.Order order, ListCursor cursor) {
        String property = order.getProperty();
        Path<UUID> id = root.get("id");
        if (property.equals("title")) {
            Path<String> path = root.get(property);
            String value = cursor.lastValue();
            return order.isAscending()
                    ? cb.or(
                            cb.greaterThan(path, value),
                            cb.and(cb.equal(path, value), cb.greaterThan(id, cursor.lastId())))
                    : cb.or(cb.lessThan(path, value), cb.and(cb.equal(path, value), cb.lessThan(id, cursor.lastId())));
        }
        Path<Instant> path = root.get(property);
        Instant value = cursor.lastInstant();
        return order.isAscending()
                ? cb.or(cb.greaterThan(path, value), cb.and(cb.equal(path, value), cb.greaterThan(id, cursor.lastId())))
                : cb.or(cb.lessThan(path, value), cb.and(cb.equal(path, value), cb.lessThan(id, cursor.lastId())));
    }

    private static String valueOf(Article article, String property) {
        return switch (property) {
            case "updatedAt" -> article.updatedAt().toString();
            case "createdAt" -> article.createdAt().toString();
            case "publishedAt" -> article.publishedAt().toString();
            default -> article.content().title();
        };
    }

    /**
     * The page in two steps: first the ids in order (the database sorts and skips narrow rows, never
     * bodies), then those articles ({@link #withIds}).
     */
    private List<UUID> ids(Specification<Article> spec, Sort sort, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<Article> root = query.from(Article.class);
        Predicate where = spec.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.select(root.get("id")).orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager
                .createQuery(query)
                .setFirstResult((int) Math.min(offset, Integer.MAX_VALUE))
                .setMaxResults(limit)
                .getResultList();
    }

    /** The articles with these ids, in the order of the ids. */
    private List<Article> withIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, Article> byId = new java.util.HashMap<>();
        entityManager
                .createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(a -> byId.put(a.id(), a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private long count(Specification<Article> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Article> root = query.from(Article.class);
        Predicate where = spec.toPredicate(root, query, cb);
        query.select(cb.count(root));
        if (where != null) {
            query.where(where);
        }
        return entityManager.createQuery(query).getSingleResult();
    }

    private static String visibility(Caller caller) {
        if (ArticleAccess.seesOnlyPublished(caller)) {
            return "public";
        }
        return caller.readsUnpublished() ? "all" : "author:" + caller.id();
    }

    /** What the caller may see, narrowed by the filter. */
    static Specification<Article> matching(Query query, Caller caller) {
        ArticleFilter filter = query.filter();
        return (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (ArticleAccess.seesOnlyPublished(caller)) {
                where.add(cb.equal(root.get("status"), ArticleStatus.PUBLISHED));
            } else if (!caller.readsUnpublished()) {
                where.add(cb.or(
                        cb.equal(root.get("status"), ArticleStatus.PUBLISHED),
                        cb.equal(root.get("authorId"), caller.id())));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (!filter.tags().isEmpty()) {
                if (query.tagIds().isEmpty()) {
                    where.add(cb.disjunction());
                } else {
                    Subquery<UUID> tagged = q.subquery(UUID.class);
                    Root<Article> article = tagged.from(Article.class);
                    tagged.select(article.get("id"))
                            .where(article.join("tags").get("id").in(query.tagIds()));
                    where.add(root.get("id").in(tagged));
                }
            }
            if (query.authorId() != null) {
                where.add(cb.equal(root.get("authorId"), query.authorId()));
            }
            if (filter.publishedAfter() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("publishedAt"), filter.publishedAfter()));
            }
            if (filter.publishedBefore() != null) {
                where.add(cb.lessThan(root.get("publishedAt"), filter.publishedBefore()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
