package io.quire.article;

import io.quire.core.text.Slugs;
import io.quire.media.AssetLookup;
import io.quire.media.AssetOwner;
import io.quire.tag.TagImport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes articles that come from elsewhere (an import, a restore, synthetic content) in batches, with
 * the ids, slugs, dates, states, revisions and slug history they had, by the rules an editor's article
 * follows (lengths, slugs, the rendered HTML). An article whose id exists is left as it is, so importing
 * the same content twice changes nothing. No webhook fires for imported articles: they are not news.
 * Runs in the caller's transaction; once it commits, the articles are searchable and the caches forget.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ArticleImport {

    /** What to do when an article's slug belongs to another one. */
    public enum SlugClash {
        /** The article fails: a restore keeps every slug or reports it. */
        FAIL,
        /** The article takes the next free {@code slug-2}, {@code slug-3}…: an import from another system. */
        SUFFIX
    }

    /** When imported articles become searchable. */
    public enum Indexing {
        /** Right after each batch commits. */
        AFTER_COMMIT,
        /** When the application next starts and finds the index incomplete (content written before start-up). */
        ON_START
    }

    /** What became of one article: written, there already, or failed (with why). */
    public record Outcome(UUID id, Result result, String slug, String problem) {}

    public enum Result {
        CREATED,
        EXISTED,
        FAILED
    }

    private final ArticleRows rows;
    private final TagImport tags;
    private final AssetLookup assets;
    private final SearchIndexMaintenance search;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleImport(
            ArticleRows rows,
            TagImport tags,
            AssetLookup assets,
            SearchIndexMaintenance search,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.tags = tags;
        this.assets = assets;
        this.search = search;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes the articles of the batch that are new and valid, with their tags (given by id), revisions
     * and former slugs, and moves the tags' counts of published articles.
     *
     * @param dryRun check and report only, write nothing
     */
    public List<Outcome> write(List<ArticleData> batch, SlugClash clash, Indexing indexing, boolean dryRun) {
        Set<UUID> existing =
                rows.existingIds(batch.stream().map(ArticleData::id).toList());
        Set<String> claimed = new HashSet<>();
        Map<String, UUID> taken =
                rows.slugOwners(batch.stream().map(ArticleData::slug).toList());
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<ArticleRows.Row> fresh = new ArrayList<>();
        for (ArticleData article : batch) {
            String problem = ArticleRules.problemOf(article);
            if (problem != null) {
                outcomes.add(new Outcome(article.id(), Result.FAILED, article.slug(), problem));
                continue;
            }
            if (existing.contains(article.id())) {
                outcomes.add(new Outcome(article.id(), Result.EXISTED, article.slug(), null));
                continue;
            }
            String slug = slugFor(article, clash, taken, claimed);
            if (slug == null) {
                outcomes.add(new Outcome(
                        article.id(),
                        Result.FAILED,
                        article.slug(),
                        "the slug '" + article.slug() + "' belongs to another article"));
                continue;
            }
            ArticleRows.Row row = rows.render(ArticleRules.withSlug(article, slug));
            if (row.html().length() > ArticleContents.MAX_BODY_HTML) {
                outcomes.add(new Outcome(
                        article.id(),
                        Result.FAILED,
                        slug,
                        "the body renders to more than " + ArticleContents.MAX_BODY_HTML + " characters of HTML"));
                continue;
            }
            claimed.add(slug);
            fresh.add(row);
            outcomes.add(new Outcome(article.id(), Result.CREATED, slug, null));
        }
        if (!dryRun && !fresh.isEmpty()) {
            rows.insert(fresh, taken.keySet());
            tags.addToCounts(publishedPerTag(fresh));
            // A feature image keeps its asset from deletion once that asset exists here.
            fresh.stream()
                    .map(ArticleRows.Row::article)
                    .filter(a -> a.featureImage() != null)
                    .forEach(a -> assets.recordUsage(
                            new AssetOwner(ArticleManagement.ASSET_OWNER, a.id()),
                            Set.of(a.featureImage().assetId())));
            events.publishEvent(new ArticlesImported(fresh.size(), Instant.now(clock)));
            afterCommit(fresh.stream().map(r -> r.article().id()).toList(), indexing);
        }
        return outcomes;
    }

    /** Which of these ids are articles here. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Set<UUID> existingIds(java.util.Collection<UUID> ids) {
        return rows.existingIds(ids);
    }

    /** Sets the approved-comment counts of these articles, as counted by the comment module. */
    public void setCommentCounts(Map<UUID, Integer> counts) {
        rows.setCommentCounts(counts);
        events.publishEvent(new ArticlesImported(0, Instant.now(clock)));
    }

    private String slugFor(ArticleData article, SlugClash clash, Map<String, UUID> taken, Set<String> claimed) {
        String slug = article.slug();
        if (isFree(slug, article.id(), taken, claimed)) {
            return slug;
        }
        if (clash == SlugClash.FAIL) {
            return null;
        }
        for (int n = 2; ; n++) {
            String candidate = Slugs.withSuffix(slug, n);
            if (isFree(candidate, article.id(), taken, claimed) && !rows.isSlugTaken(candidate)) {
                return candidate;
            }
        }
    }

    private static boolean isFree(String slug, UUID self, Map<String, UUID> taken, Set<String> claimed) {
        UUID owner = taken.get(slug);
        return (owner == null || owner.equals(self)) && !claimed.contains(slug);
    }

    private static Map<UUID, Integer> publishedPerTag(List<ArticleRows.Row> written) {
        Map<UUID, Integer> counts = new HashMap<>();
        written.stream()
                .filter(r -> r.article().status() == ArticleStatus.PUBLISHED)
                .forEach(r -> r.article().tagIds().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts;
    }

    /** Imported articles are searchable once their batch commits (the read caches empty on the event). */
    private void afterCommit(List<UUID> ids, Indexing indexing) {
        if (indexing != Indexing.AFTER_COMMIT || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                search.reindex(ids);
            }
        });
    }
}
