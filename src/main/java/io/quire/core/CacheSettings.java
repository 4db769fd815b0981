package io.quire.core;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The read caches: what this instance keeps in memory for the public. Every committed change
 * empties them at once, on this instance and (on PostgreSQL, through {@code ChangeBroadcast}) on
 * all others; {@code ttl} bounds how long a change made through another instance can stay unseen
 * when its notification is lost.
 *
 * @param ttl how long a kept answer may be served at most
 * @param maxCharacters how much article text the read cache of the article module may hold
 * @param maxBytes how many bytes of whole answers the shared response cache may hold
 */
@Validated
@ConfigurationProperties("cms.cache")
public record CacheSettings(
        @DefaultValue("5s") @NotNull Duration ttl,
        @DefaultValue("2000000") @Positive long maxCharacters,
        @DefaultValue("24MB") @NotNull DataSize maxBytes) {}
