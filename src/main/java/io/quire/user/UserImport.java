package io.quire.user;

import io.quire.core.security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes users that come from elsewhere (an import or a restore) with the ids and dates they had.
 * A user whose id or username exists already keeps their own account, which then stands for the
 * imported one. New users get a password nobody knows (a random secret, hashed and forgotten): they
 * sign in once an admin sets one. Runs in the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class UserImport {

    private static final Pattern USERNAME = Pattern.compile(CreateUserRequest.USERNAME);

    /** What became of one user: the id that stands for it now, and whether it was written. */
    public record Outcome(UUID requestedId, UUID id, boolean created, String problem) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PasswordEncoder passwords;
    private final Avatars avatars;
    private final Clock clock;

    UserImport(JdbcTemplate jdbc, PasswordEncoder passwords, Avatars avatars, Clock clock) {
        this.jdbc = jdbc;
        this.avatars = avatars;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Writes the users that are new.
     *
     * @param dryRun check and report only, write nothing
     */
    public List<Outcome> write(List<UserData> users, boolean dryRun) {
        if (users.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> byId = new HashMap<>();
        Map<String, UUID> byName = new HashMap<>();
        named.query(
                "select id, username from users where id in (:ids) or username in (:names)",
                Map.of(
                        "ids", users.stream().map(UserData::id).toList(),
                        "names", users.stream().map(UserData::username).toList()),
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    byId.put(id, id);
                    byName.put(rs.getString(2), id);
                });
        List<Outcome> outcomes = new ArrayList<>(users.size());
        Map<UUID, UserData> fresh = new LinkedHashMap<>();
        for (UserData user : users) {
            String problem = problemOf(user);
            UUID existing = byId.containsKey(user.id()) ? user.id() : byName.get(user.username());
            if (problem != null) {
                outcomes.add(new Outcome(user.id(), null, false, problem));
            } else if (existing != null) {
                outcomes.add(new Outcome(user.id(), existing, false, null));
            } else {
                byName.put(user.username(), user.id());
                fresh.put(user.id(), user);
                outcomes.add(new Outcome(user.id(), user.id(), true, null));
            }
        }
        if (!dryRun && !fresh.isEmpty()) {
            insert(fresh.values());
        }
        return outcomes;
    }

    /**
     * Gives the user a password and enables them, as after a restore from an export (which carries no password);
     * false when there is no such user.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean restoreAccess(String username, String password) {
        return jdbc.update(
                        "update users set password_hash = ?, enabled = true where username = ?",
                        passwords.encode(password),
                        username)
                > 0;
    }

    /** Which of these ids are users here. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public java.util.Set<UUID> existingIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                named.queryForList("select id from users where id in (:ids)", Map.of("ids", ids), UUID.class));
    }

    private void insert(java.util.Collection<UserData> users) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String lock = passwords.encode(Base64.getEncoder().encodeToString(secret));
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        // An avatar is kept where its asset exists here; elsewhere the user is written without one.
        java.util.Set<UUID> pictured = avatars.find(users.stream()
                        .map(UserData::avatarAssetId)
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet()))
                .keySet();
        jdbc.batchUpdate("""
                insert into users (id, username, password_hash, display_name, enabled, created_at, updated_at, version,
                    credentials_changed_at, bio, avatar_asset_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", users, users.size(), (ps, user) -> {
            ps.setObject(1, user.id());
            ps.setString(2, user.username());
            ps.setString(3, lock);
            ps.setString(4, user.displayName().strip());
            ps.setBoolean(5, user.enabled());
            ps.setObject(6, OffsetDateTime.ofInstant(user.createdAt(), ZoneOffset.UTC));
            ps.setObject(7, OffsetDateTime.ofInstant(user.updatedAt(), ZoneOffset.UTC));
            ps.setLong(8, user.version());
            ps.setObject(9, now);
            ps.setString(
                    10,
                    user.bio() == null || user.bio().isBlank()
                            ? null
                            : user.bio().strip());
            ps.setObject(11, pictured.contains(user.avatarAssetId()) ? user.avatarAssetId() : null);
        });
        users.stream()
                .filter(u -> pictured.contains(u.avatarAssetId()))
                .forEach(u -> avatars.use(u.id(), u.avatarAssetId()));
        List<Object[]> roles = new ArrayList<>();
        users.forEach(u -> u.roles().forEach(r -> roles.add(new Object[] {u.id(), r.name()})));
        jdbc.batchUpdate("insert into user_roles (user_id, role) values (?, ?)", roles);
    }

    private static String problemOf(UserData user) {
        if (user.id() == null || user.createdAt() == null || user.updatedAt() == null) {
            return "a user needs an id and its dates";
        }
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            return "a username has " + CreateUserRequest.USERNAME_RULE;
        }
        if (user.displayName() == null
                || user.displayName().isBlank()
                || user.displayName().strip().length() > 100) {
            return "a display name has 1 to 100 characters";
        }
        if (user.bio() != null && user.bio().strip().length() > 2000) {
            return "a bio has at most 2,000 characters";
        }
        if (user.roles() == null
                || user.roles().isEmpty()
                || user.roles().stream().anyMatch(java.util.Objects::isNull)) {
            return "a user needs at least one role of " + List.of(Role.values());
        }
        return null;
    }
}
