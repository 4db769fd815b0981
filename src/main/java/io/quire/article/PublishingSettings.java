package io.quire.article;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Scheduled publication.
 *
 * @param initialDelay how soon after start overdue articles are published
 * @param checkInterval how often articles whose time has come are looked for
 */
@Validated
@ConfigurationProperties("cms.publishing")
record PublishingSettings(
        @DefaultValue("1s") @NotNull Duration initialDelay,
        @DefaultValue("5s") @NotNull Duration checkInterval) {}
