package io.quire.tag;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Inserts a tag only if no tag holds its name or slug yet, in the caller's transaction, without failing it when a
 * concurrent transaction got there first: requests that introduce the same new tag at once then all go on with the
 * one tag. PostgreSQL says so in SQL ({@code on conflict do nothing}, which waits for the other transaction to end);
 * H2 has no such clause, but a failed statement leaves its transaction intact there, so the duplicate is simply
 * caught.
 */
@Component
class TagRows {

    private static final String INSERT = "insert into tags "
            + "(id, name, name_key, slug, description, article_count, created_at, updated_at, version) "
            + "values (?, ?, ?, ?, null, 0, ?, ?, 0)";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    TagRows(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.postgres = "PostgreSQL"
                .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    /** Whether the row was inserted; false when another tag has this name or slug (committed meanwhile or before). */
    boolean insertIfAbsent(String name, String slug, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Object[] values = {UUID.randomUUID(), name, Tag.keyOf(name), slug, at, at};
        if (postgres) {
            return jdbc.update(INSERT + " on conflict do nothing", values) == 1;
        }
        try {
            return jdbc.update(INSERT, values) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
