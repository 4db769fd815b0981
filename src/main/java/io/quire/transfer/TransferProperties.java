package io.quire.transfer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Imports and exports.
 *
 * @param maxUploadSize the largest export file an import accepts (413 above it)
 * @param batchSize items written per transaction
 * @param workDir where uploaded files wait for their import (the system's temporary folder when unset)
 */
@ConfigurationProperties("cms.transfer")
@Validated
public record TransferProperties(
        @DefaultValue("1GB") DataSize maxUploadSize,
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        Path workDir) {}
