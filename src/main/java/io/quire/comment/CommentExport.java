package io.quire.comment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the comments of articles for an export, each thread in reading order (a parent before its
 * replies), with the moderation log of each comment, oldest decision first.
 */
@Service
@Transactional(readOnly = true)
public class CommentExport {

    private final NamedParameterJdbcTemplate named;

    CommentExport(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** Every comment of these articles, by article id and then in reading order. */
    public List<CommentData> ofArticles(Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = Map.of("ids", articleIds);
        Map<UUID, List<CommentData.Moderation>> log = new HashMap<>();
        named.query("""
                select m.comment_id, m.moderator, m.from_status, m.to_status, m.reason, m.created_at
                from comment_moderations m join comments c on c.id = m.comment_id where c.article_id in (:ids)
                order by m.comment_id, m.created_at, m.to_status, m.moderator""", params, rs -> {
            String from = rs.getString(3);
            log.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new CommentData.Moderation(
                            rs.getString(2),
                            from == null ? null : CommentStatus.valueOf(from),
                            CommentStatus.valueOf(rs.getString(4)),
                            rs.getString(5),
                            instant(rs.getObject(6, OffsetDateTime.class))));
        });
        return named.query("""
                select id, article_id, parent_id, author_name, author_email, body, status, removed, created_at,
                    updated_at, version from comments where article_id in (:ids) order by article_id, thread_path, id""", params, (rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            return new CommentData(
                    id,
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    CommentStatus.valueOf(rs.getString(7)),
                    rs.getBoolean(8),
                    instant(rs.getObject(9, OffsetDateTime.class)),
                    instant(rs.getObject(10, OffsetDateTime.class)),
                    rs.getLong(11),
                    log.getOrDefault(id, List.of()));
        });
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
