package io.quire.core.domain;

/**
 * An event after which what readers are shown may differ. Every cache of read answers empties
 * itself when the transaction that published such an event has committed, so a caller never reads
 * an answer older than their own last write.
 *
 * <p>The caches listen in the {@code AFTER_COMPLETION} phase, which also follows a rollback (an
 * eviction too many costs a miss). {@code AFTER_COMMIT} would make Spring Modulith store an outbox
 * row per event and cache, and mark it complete in a new transaction while the request still holds
 * its connection: under concurrent writes the connection pool runs dry.
 */
public interface ContentChanged {}
