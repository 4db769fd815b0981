package io.quire.core.domain;

/**
 * An event after which what readers are shown may differ. Every cache of read answers empties
 * itself when the transaction that published such an event commits, so a caller never reads an
 * answer older than their own last write.
 */
public interface ContentChanged {}
