package io.quire.user;

import io.quire.core.domain.ETags;
import io.quire.core.domain.Precondition;
import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes users, and tells other modules who an author is. */
@Service
@Transactional
public class UserManagement {

    private final Users users;
    private final PasswordEncoder passwords;
    private final PasswordStrength strength;
    private final ETags etags;
    private final RefreshTokenFamilies refreshTokens;
    private final Clock clock;

    UserManagement(
            Users users,
            PasswordEncoder passwords,
            PasswordStrength strength,
            ETags etags,
            RefreshTokenFamilies refreshTokens,
            Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.strength = strength;
        this.etags = etags;
        this.clock = clock;
    }

    public UserView create(CreateUserRequest request) {
        strength.check(request.password(), request.username(), request.displayName());
        if (users.existsByUsername(request.username())) {
            throw new UsernameTaken(request.username());
        }
        Set<Role> roles = request.roles() == null || request.roles().isEmpty()
                ? EnumSet.of(Role.AUTHOR)
                : EnumSet.copyOf(request.roles());
        String displayName = request.displayName() == null
                ? request.username()
                : request.displayName().strip();
        User user = new User(
                request.username(), passwords.encode(request.password()), displayName, roles, Instant.now(clock));
        return UserView.of(users.saveAndFlush(user));
    }

    @Transactional(readOnly = true)
    public Page<UserView> list(Pageable pageable) {
        return users.findAll(pageable).map(UserView::of);
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id) {
        return UserView.of(users.findById(id).orElseThrow(() -> new UserNotFound(id)));
    }

    public UserView update(UUID id, UpdateUserRequest request, Precondition precondition, Caller caller) {
        User user = users.findById(id).orElseThrow(() -> new UserNotFound(id));
        if (request.password() != null) {
            strength.check(
                    request.password(),
                    user.username(),
                    request.displayName() == null ? user.displayName() : request.displayName());
        }
        UserView current = UserView.of(user);
        precondition.check(etags.of(current), user.version());
        Instant now = Instant.now(clock);
        if (caller.is(id)) {
            boolean losesAdmin = request.roles() != null && !request.roles().contains(Role.ADMIN);
            if (losesAdmin || Boolean.FALSE.equals(request.enabled())) {
                throw new SelfLockout();
            }
        }
        if (request.displayName() != null) {
            user.rename(request.displayName().strip(), now);
        }
        if (request.bio() != null) {
            user.describe(request.bio(), now);
        }
        if (request.roles() != null && !request.roles().isEmpty()) {
            user.grant(EnumSet.copyOf(request.roles()), now);
        }
        if (request.enabled() != null) {
            user.enable(request.enabled(), now);
        }
        if (request.password() != null) {
            user.changePassword(passwords.encode(request.password()), now);
        }
        if (request.password() != null || Boolean.FALSE.equals(request.enabled())) {
            // A new password or a disabled account ends every sign-in, refresh tokens included.
            refreshTokens.endAll(id);
        }
        return UserView.of(users.saveAndFlush(user));
    }

    /** Authors by user id, for showing who wrote what; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, AuthorView> authors(Collection<UUID> ids) {
        Set<UUID> distinct = Set.copyOf(ids);
        List<Users.AuthorRow> rows =
                switch (distinct.size()) {
                    case 0 -> List.of();
                    case 1 ->
                        users.findAuthor(distinct.iterator().next()).stream().toList();
                    default -> users.findAuthors(distinct);
                };
        return rows.stream()
                .collect(Collectors.toMap(
                        Users.AuthorRow::getId, u -> new AuthorView(u.getUsername(), u.getDisplayName()), (a, b) -> a));
    }

    /** What an author page shows about the user with this username, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<AuthorProfile> profile(String username) {
        return users.findByUsername(username)
                .map(u -> new AuthorProfile(u.id(), u.username(), u.displayName(), u.bio()));
    }

    /** The user with this username, if any; for lists filtered by author. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> idOf(String username) {
        return users.findByUsername(username).map(User::id);
    }
}
