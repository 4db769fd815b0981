package io.quire.user;

import io.quire.core.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A person who signs in. The password is kept only as an adaptive hash. */
@Entity
@Table(name = "users")
class User {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 2000)
    private String bio;

    @Column(name = "avatar_asset_id")
    private UUID avatarAssetId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Tokens issued before this moment are refused: a new password ends every session. */
    @Column(name = "credentials_changed_at", nullable = false)
    private Instant credentialsChangedAt;

    @Version
    private Long version;

    protected User() {}

    User(String username, String passwordHash, String displayName, Set<Role> roles, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.enabled = true;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
        this.credentialsChangedAt = now;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    boolean enabled() {
        return enabled;
    }

    String bio() {
        return bio;
    }

    /** The asset of the media library that pictures the user, or null. */
    UUID avatarAssetId() {
        return avatarAssetId;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    void rename(String displayName, Instant now) {
        this.displayName = displayName;
        this.updatedAt = now;
    }

    /** A blank bio removes it. */
    void describe(String bio, Instant now) {
        this.bio = bio.isBlank() ? null : bio.strip();
        this.updatedAt = now;
    }

    /** Null removes the avatar. */
    void portray(UUID avatarAssetId, Instant now) {
        this.avatarAssetId = avatarAssetId;
        this.updatedAt = now;
    }

    void grant(Set<Role> roles, Instant now) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.updatedAt = now;
    }

    void enable(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
        this.credentialsChangedAt = now;
    }

    /** Whether a token issued at {@code issuedAt} (whole seconds) predates the last credentials change. */
    boolean issuedBeforeCredentialsChanged(Instant issuedAt) {
        return issuedAt == null || issuedAt.getEpochSecond() < credentialsChangedAt.getEpochSecond();
    }
}
