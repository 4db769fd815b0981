package io.quire.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Synthetic content at scale, for benchmarks and trying Quire with a realistic amount of data.
 *
 * @param articles how many published articles to write on a start with no articles; 0 (the
 *        default) writes none. When it is above 0 the demo content is not written.
 * @param batchSize articles written per transaction (with their tags, comments and first revision)
 */
@ConfigurationProperties("cms.seed")
@Validated
record SeedSettings(
        @DefaultValue("0") @PositiveOrZero @Max(10_000_000) int articles,
        @DefaultValue("2000") @Min(1) @Max(50_000) int batchSize) {

    boolean requested() {
        return articles > 0;
    }
}
