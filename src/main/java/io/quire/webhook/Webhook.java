package io.quire.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A subscription: where to send which events, and the secret their signatures are keyed with. */
@Entity
@Table(name = "webhooks")
class Webhook {

    @Id
    private UUID id;

    @Column(nullable = false, length = 2000)
    private String url;

    /** Wire names, comma-separated, in declaration order. */
    @Column(nullable = false, length = 500)
    private String events;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Webhook() {}

    Webhook(String url, Set<WebhookEvent> events, String secret, Instant now) {
        this.id = UUID.randomUUID();
        this.url = url;
        this.events = join(events);
        this.secret = secret;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Changes the target and the events; a null secret keeps the current one. */
    void change(String url, Set<WebhookEvent> events, String secret, Instant now) {
        this.url = url;
        this.events = join(events);
        if (secret != null) {
            this.secret = secret;
        }
        this.updatedAt = now;
    }

    boolean wants(WebhookEvent event) {
        return events().contains(event);
    }

    Set<WebhookEvent> events() {
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(events.split(",")).map(WebhookEvent::ofWireName).forEach(e -> e.ifPresent(set::add));
        return set;
    }

    List<String> eventNames() {
        return events().stream().map(WebhookEvent::wireName).toList();
    }

    private static String join(Set<WebhookEvent> events) {
        return EnumSet.copyOf(events).stream().map(WebhookEvent::wireName).collect(Collectors.joining(","));
    }

    UUID id() {
        return id;
    }

    String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
