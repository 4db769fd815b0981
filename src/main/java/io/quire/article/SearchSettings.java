package io.quire.article;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search index of this instance ({@code cms.search.index-dir}, where it lives, is handed to
 * Hibernate Search in {@code application.yml}).
 *
 * @param syncInterval how often articles changed through other instances are indexed here too
 */
@Validated
@ConfigurationProperties("cms.search")
record SearchSettings(@DefaultValue("10s") @NotNull Duration syncInterval) {}
