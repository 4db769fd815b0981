package io.quire.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What {@link ImportCommand} passes to the application it starts (not settings an operator writes).
 *
 * @param importFile the export to import
 * @param importFormat {@code wordpress} or {@code quire}
 * @param dryRun check and count only
 */
@ConfigurationProperties("cms.command")
record CommandSettings(
        String importFile,
        String importFormat,
        @DefaultValue("false") boolean dryRun) {}
