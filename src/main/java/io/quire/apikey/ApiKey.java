package io.quire.apikey;

import io.quire.core.security.KeyScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A site's credential. Only the SHA-256 hash of the key is kept; the key itself is shown once. */
@Entity
@Table(name = "api_keys")
class ApiKey {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private KeyScope scope;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {}

    ApiKey(String name, KeyScope scope, String keyHash, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.scope = scope;
        this.keyHash = keyHash;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    KeyScope scope() {
        return scope;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
