package io.quire.user;

import io.quire.core.security.Role;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads every user for an export, a page at a time in the order of their ids: never a password hash. */
@Service
@Transactional(readOnly = true)
public class UserExport {

    private final JdbcTemplate jdbc;

    UserExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The users after {@code after} (null: from the first), at most {@code size}, ordered by id. */
    public List<UserData> page(UUID after, int size) {
        String where = after == null ? "" : "where id > ? ";
        Object[] arguments = after == null ? new Object[] {size} : new Object[] {after, size};
        List<UUID> ids = jdbc.query(
                "select id from users " + where + "order by id fetch first ? rows only",
                (rs, n) -> rs.getObject(1, UUID.class),
                arguments);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<Role>> roles = new HashMap<>();
        var named = new NamedParameterJdbcTemplate(jdbc);
        named.query("select user_id, role from user_roles where user_id in (:ids)", Map.of("ids", ids), rs -> {
            roles.computeIfAbsent(rs.getObject(1, UUID.class), id -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString(2)));
        });
        return named.query("""
                select id, username, display_name, enabled, created_at, updated_at, version, bio, avatar_asset_id from users
                where id in (:ids) order by id""", Map.of("ids", ids), (rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            return new UserData(
                    id,
                    rs.getString(2),
                    rs.getString(3),
                    roles.getOrDefault(id, EnumSet.noneOf(Role.class)),
                    rs.getBoolean(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant(),
                    rs.getObject(6, OffsetDateTime.class).toInstant(),
                    rs.getLong(7),
                    rs.getString(8),
                    rs.getObject(9, UUID.class));
        });
    }
}
