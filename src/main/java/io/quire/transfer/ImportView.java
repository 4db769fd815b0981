package io.quire.transfer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import as the API shows it. */
@Schema(name = "Import")
public record ImportView(
        @Schema(example = "0b1d5e62-7a1c-4f7e-9d0b-2f0c3e4d5a6b")
        UUID id,

        @Schema(example = "wordpress") ImportFormat format,
        @Schema(example = "DONE") ImportStatus status,

        @Schema(example = "false", description = "A dry run checks and counts, and writes nothing.")
        boolean dryRun,

        @Schema(example = "newsroom.WordPress.2026-11-28.xml", nullable = true)
        String fileName,

        @Schema(example = "admin") String startedBy,
        ImportCounts counts,

        @Schema(
                description = "Items that failed, or were imported with a change, each with where it was in the file "
                        + "(at most 1,000).")
        List<ImportProblem> problems,

        Progress progress,
        @Schema(example = "2026-11-28T10:15:30Z") Instant startedAt,

        @Schema(example = "2026-11-28T10:16:02Z", nullable = true)
        Instant finishedAt) {

    /** How much of the file has been read. */
    @Schema(name = "ImportProgress")
    public record Progress(
            @Schema(example = "52428800") long bytesRead,
            @Schema(example = "104857600") long bytesTotal,
            @Schema(example = "50") int percent) {}
}
