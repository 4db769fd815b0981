package io.quire.comment;

import io.quire.article.ArticleImport;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes comments that come from elsewhere (an import, a restore, synthetic content) in batches, with
 * their ids, dates, threads, moderation states and logs. A comment whose id exists is left as it is; a
 * parent comes before its replies (in the same batch or an earlier one). Threads get the depth, reading
 * order and reply counts that posting gives them, and the articles their counts of approved comments.
 * No webhook fires for imported comments. Runs in the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CommentImport {

    /** What became of one comment: written, there already, or failed (with why). */
    public record Outcome(UUID id, boolean created, String problem) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ArticleImport articles;

    CommentImport(JdbcTemplate jdbc, ArticleImport articles) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.articles = articles;
    }

    /**
     * Writes the comments of the batch that are new and valid.
     *
     * @param dryRun check and report only, write nothing
     */
    public List<Outcome> write(List<CommentData> batch, boolean dryRun) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<UUID, Place> places = knownThreads(batch);
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        Map<UUID, CommentRow> fresh = new LinkedHashMap<>();
        for (CommentData comment : batch) {
            String problem = CommentRow.problemOf(comment);
            if (problem == null && places.containsKey(comment.id())) {
                outcomes.add(new Outcome(comment.id(), false, null));
                continue;
            }
            Place parent = comment.parentId() == null ? null : places.get(comment.parentId());
            if (problem == null
                    && comment.parentId() != null
                    && (parent == null || !parent.articleId().equals(comment.articleId()))) {
                problem = "its parent comment is not a comment of the same article";
            }
            if (problem != null) {
                outcomes.add(new Outcome(comment.id(), false, problem));
                continue;
            }
            CommentRow row = CommentRow.of(comment, parent);
            if (row == null) {
                outcomes.add(new Outcome(comment.id(), false, "replies nest too deep to keep (at most 8 levels)"));
                continue;
            }
            places.put(comment.id(), new Place(comment.articleId(), row.depth(), row.path()));
            fresh.put(comment.id(), row);
            outcomes.add(new Outcome(comment.id(), true, null));
        }
        if (!dryRun && !fresh.isEmpty()) {
            Set<UUID> outsideParents = CommentRow.countReplies(fresh);
            CommentRow.insert(jdbc, fresh.values());
            recountReplies(outsideParents);
            countApproved(fresh.values().stream()
                    .map(r -> r.data().articleId())
                    .distinct()
                    .toList());
        }
        return outcomes;
    }

    /** Where in its thread each comment of the batch, and each parent it names, stands already. */
    private Map<UUID, Place> knownThreads(List<CommentData> batch) {
        Set<UUID> ids = new HashSet<>();
        batch.forEach(c -> {
            ids.add(c.id());
            if (c.parentId() != null) {
                ids.add(c.parentId());
            }
        });
        Map<UUID, Place> known = new HashMap<>();
        named.query(
                "select id, article_id, depth, thread_path from comments where id in (:ids)",
                Map.of("ids", ids),
                rs -> {
                    known.put(
                            rs.getObject(1, UUID.class),
                            new Place(rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4)));
                });
        return known;
    }

    /** Parents written before this batch count their new replies again, as posting a reply would. */
    private void recountReplies(Set<UUID> parents) {
        if (!parents.isEmpty()) {
            named.update("""
                    update comments set reply_count = (select count(*) from comments r where r.parent_id = comments.id
                        and ((r.status = 'APPROVED' and r.removed = false) or r.reply_count > 0))
                    where id in (:ids)""", Map.of("ids", parents));
        }
    }

    private void countApproved(List<UUID> articleIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        named.query("""
                select article_id, count(*) from comments where article_id in (:ids)
                and status = 'APPROVED' and removed = false group by article_id""", Map.of("ids", articleIds), rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
        articles.setCommentCounts(counts);
    }

    /** A comment's place: its article, its depth and its path in reading order. */
    record Place(UUID articleId, int depth, String path) {}

    static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
