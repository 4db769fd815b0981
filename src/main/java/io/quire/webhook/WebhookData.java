package io.quire.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as it moves between Quire instances (export and import): never with its secret. */
public record WebhookData(
        UUID id, String url, List<String> events, Instant createdAt, Instant updatedAt, long version) {}
