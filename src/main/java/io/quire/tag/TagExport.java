package io.quire.tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads every tag for an export, a page at a time in the order of their ids. */
@Service
@Transactional(readOnly = true)
public class TagExport {

    private final JdbcTemplate jdbc;

    TagExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tags after {@code after} (null: from the first), at most {@code size}, ordered by id. */
    public List<TagData> page(UUID after, int size) {
        String where = after == null ? "" : "where id > ? ";
        Object[] arguments = after == null ? new Object[] {size} : new Object[] {after, size};
        return jdbc.query(
                "select id, name, slug, description, created_at, updated_at, version from tags " + where
                        + "order by id fetch first ? rows only",
                (rs, n) -> new TagData(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getLong(7)),
                arguments);
    }
}
