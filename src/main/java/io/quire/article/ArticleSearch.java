package io.quire.article;

import io.quire.core.domain.InvalidInput;
import io.quire.core.security.Caller;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.CompositeSortOptionsCollector;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Ranked full-text search over title, summary, body and tag names (Hibernate Search, on a local
 * Lucene index or the shared OpenSearch index): English stemming, title and tags weigh more than the body, every word must
 * match, and each hit comes with highlighted fragments.
 */
@Component
class ArticleSearch {

    /** Above this many hits the total is a lower bound: counting every match exactly costs time. */
    static final int EXACT_TOTAL_UP_TO = 10_000;

    static final String RELEVANCE = "relevance";

    private static final Logger log = LoggerFactory.getLogger(ArticleSearch.class);

    @PersistenceContext
    private EntityManager entityManager;

    private final SearchSettings settings;

    ArticleSearch(SearchSettings settings) {
        this.settings = settings;
    }

    record Hit(UUID id, SearchHighlightView highlight) {}

    record Hits(List<Hit> hits, long total) {}

    Hits search(ArticleFilter filter, UUID authorId, Caller caller, Pageable pageable) {
        try {
            return run(filter, authorId, caller, pageable);
        } catch (SearchException e) {
            // SearchQueryBounds keeps queries below Lucene's clause limit; should one still reach it, it is the
            // query that is too large, not the server that failed.
            if (causedByTooManyClauses(e)) {
                throw new InvalidInput("q", "is too complex; search for fewer words");
            }
            // Otherwise the query cannot be at fault (its input is validated, malformed syntax is taken
            // literally): the index is out of reach. It comes back by itself; the caller is told when to retry.
            log.warn("Search failed: {}", e.getMessage());
            throw new SearchUnavailable(settings.retryInterval().toSeconds());
        }
    }

    /** Lucene's limit, raised locally or reported by OpenSearch ({@code too_many_clauses}). */
    private static boolean causedByTooManyClauses(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IndexSearcher.TooManyClauses
                    || (cause.getMessage() != null && cause.getMessage().contains("too_many_"))) {
                return true;
            }
        }
        return false;
    }

    private Hits run(ArticleFilter filter, UUID authorId, Caller caller, Pageable pageable) {
        SearchSession session = Search.session(entityManager);
        var result = session.search(Article.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.highlight("title"), f.highlight("summary"), f.highlight("body"))
                        .asList())
                .where(f -> f.bool(b -> matching(f, b, filter, authorId, caller)))
                .sort(f -> f.composite(c -> sort(f, c, pageable.getSort())))
                .highlighter(h -> h.unified()
                        .encoder(HighlighterEncoder.DEFAULT)
                        .tag(SearchHighlightView.MARK_START, SearchHighlightView.MARK_END)
                        .numberOfFragments(1))
                .totalHitCountThreshold(EXACT_TOTAL_UP_TO)
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            hits.add(new Hit(
                    (UUID) row.get(0),
                    SearchHighlightView.of(first(row.get(1)), first(row.get(2)), first(row.get(3)))));
        }
        long total = result.total().isHitCountExact()
                ? result.total().hitCount()
                : result.total().hitCountLowerBound();
        return new Hits(hits, total);
    }

    private static void matching(
            SearchPredicateFactory f,
            BooleanPredicateOptionsCollector<?, ?> b,
            ArticleFilter filter,
            UUID authorId,
            Caller caller) {
        b.must(f.simpleQueryString()
                .field("title")
                .boost(3f)
                .field("tags.name")
                .boost(2f)
                .field("summary")
                .boost(2f)
                .field("body")
                .matching(filter.q())
                .defaultOperator(BooleanOperator.AND));
        if (ArticleAccess.seesOnlyPublished(caller)) {
            b.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED));
        } else if (!caller.readsUnpublished()) {
            b.filter(f.or(
                    f.match().field("status").matching(ArticleStatus.PUBLISHED),
                    f.match().field("authorId").matching(caller.id())));
        }
        if (filter.status() != null) {
            b.filter(f.match().field("status").matching(filter.status()));
        }
        if (!filter.tags().isEmpty()) {
            b.filter(f.terms().field("tags.slug").matchingAny(filter.tags()));
        }
        if (authorId != null) {
            b.filter(f.match().field("authorId").matching(authorId));
        }
        if (filter.publishedAfter() != null || filter.publishedBefore() != null) {
            b.filter(f.range().field("publishedAt").between(filter.publishedAfter(), filter.publishedBefore()));
        }
    }

    private static void sort(SearchSortFactory f, CompositeSortOptionsCollector<?> composite, Sort sort) {
        for (Sort.Order order : sort) {
            boolean asc = order.isAscending();
            switch (order.getProperty()) {
                case RELEVANCE ->
                    composite.add(asc ? f.score().asc() : f.score().desc());
                case "title" ->
                    composite.add(
                            asc
                                    ? f.field("title_sort").asc()
                                    : f.field("title_sort").desc());
                case "publishedAt", "updatedAt", "createdAt" ->
                    composite.add(
                            asc
                                    ? f.field(order.getProperty())
                                            .asc()
                                            .missing()
                                            .last()
                                    : f.field(order.getProperty())
                                            .desc()
                                            .missing()
                                            .last());
                default -> {
                    // the id tie-breaker: search results are already in a stable order for equal scores
                }
            }
        }
    }

    private static String first(Object fragments) {
        return fragments instanceof List<?> list && !list.isEmpty()
                ? list.get(0).toString()
                : null;
    }
}
