package io.quire.tag;

import io.quire.core.text.Slugs;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
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
 * Writes tags that come from elsewhere (an import, a restore, synthetic content) in batches, with
 * the ids and dates they had. A tag whose id exists is left as it is; a tag whose name exists (ignoring
 * case) is the same tag, and the existing one answers for it. Runs in the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TagImport {

    /** What became of one tag: the id that stands for it now, and whether it was written. */
    public record Outcome(UUID requestedId, UUID id, boolean created, String problem) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    TagImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Writes the tags that are new. A name or slug that breaks the rules of the API fails that tag; a
     * slug taken by another tag is replaced by a free one derived from the name.
     *
     * @param dryRun check and report only, write nothing
     */
    public List<Outcome> write(List<TagData> tags, boolean dryRun) {
        if (tags.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> byId = new HashMap<>();
        Map<String, UUID> byKey = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        Set<String> keys = new HashSet<>();
        tags.forEach(t -> keys.add(Tag.keyOf(t.name() == null ? "" : t.name())));
        named.query(
                "select id, name_key, slug from tags where id in (:ids) or name_key in (:keys)",
                Map.of("ids", tags.stream().map(TagData::id).toList(), "keys", keys),
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    byId.put(id, id);
                    byKey.put(rs.getString(2), id);
                    slugs.add(rs.getString(3));
                });
        List<Outcome> outcomes = new ArrayList<>(tags.size());
        Map<UUID, TagData> fresh = new LinkedHashMap<>();
        for (TagData tag : tags) {
            String problem = problemOf(tag);
            if (problem != null) {
                outcomes.add(new Outcome(tag.id(), null, false, problem));
                continue;
            }
            String key = Tag.keyOf(tag.name());
            UUID existing = byId.containsKey(tag.id()) ? tag.id() : byKey.get(key);
            if (existing != null) {
                outcomes.add(new Outcome(tag.id(), existing, false, null));
                continue;
            }
            String slug = freeSlug(tag, slugs);
            slugs.add(slug);
            byKey.put(key, tag.id());
            fresh.put(tag.id(), withSlug(tag, slug));
            outcomes.add(new Outcome(tag.id(), tag.id(), true, null));
        }
        if (!dryRun && !fresh.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into tags (id, name, name_key, slug, description, article_count, created_at, updated_at, version)
                    values (?, ?, ?, ?, ?, 0, ?, ?, ?)""", fresh.values(), fresh.size(), TagImport::set);
        }
        return outcomes;
    }

    /** Moves each tag's count of published articles by the given amount (articles written by an import). */
    public void addToCounts(Map<UUID, Integer> deltas) {
        Map<Integer, List<UUID>> byDelta = new HashMap<>();
        deltas.forEach((id, delta) -> {
            if (delta != 0) {
                byDelta.computeIfAbsent(delta, d -> new ArrayList<>()).add(id);
            }
        });
        byDelta.forEach((delta, ids) -> named.update(
                "update tags set article_count = article_count + :delta where id in (:ids)",
                Map.of("delta", delta, "ids", ids)));
    }

    /** The names of these tags, by id; unknown ids are left out. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            named.query("select id, name from tags where id in (:ids)", Map.of("ids", ids), rs -> {
                names.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
        }
        return names;
    }

    private static String problemOf(TagData tag) {
        if (tag.id() == null || tag.createdAt() == null || tag.updatedAt() == null) {
            return "a tag needs an id and its dates";
        }
        if (tag.name() == null || tag.name().isBlank() || tag.name().strip().length() > TagManagement.MAX_NAME_LENGTH) {
            return "a tag name has 1 to 60 characters";
        }
        if (tag.description() != null && tag.description().length() > 500) {
            return "a tag description has at most 500 characters";
        }
        return null;
    }

    private String freeSlug(TagData tag, Set<String> taken) {
        String base = Slugs.isValid(tag.slug()) ? tag.slug() : Slugs.derive(tag.name(), "tag");
        String slug = base;
        for (int n = 2; taken.contains(slug) || isTaken(slug); n++) {
            slug = Slugs.withSuffix(base, n);
        }
        return slug;
    }

    private boolean isTaken(String slug) {
        Integer count = jdbc.queryForObject("select count(*) from tags where slug = ?", Integer.class, slug);
        return count != null && count > 0;
    }

    private static TagData withSlug(TagData tag, String slug) {
        return new TagData(
                tag.id(), tag.name().strip(), slug, tag.description(), tag.createdAt(), tag.updatedAt(), tag.version());
    }

    private static void set(PreparedStatement ps, TagData tag) throws SQLException {
        ps.setObject(1, tag.id());
        ps.setString(2, tag.name());
        ps.setString(3, Tag.keyOf(tag.name()));
        ps.setString(4, tag.slug());
        ps.setString(5, tag.description());
        ps.setObject(6, OffsetDateTime.ofInstant(tag.createdAt(), ZoneOffset.UTC));
        ps.setObject(7, OffsetDateTime.ofInstant(tag.updatedAt(), ZoneOffset.UTC));
        ps.setLong(8, tag.version());
    }
}
