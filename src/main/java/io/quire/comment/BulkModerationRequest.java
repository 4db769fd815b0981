package io.quire.comment;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** One decision for many comments: all of them change, or none does. */
@Schema(name = "BulkModeration")
public record BulkModerationRequest(
        @NotEmpty
        @Size(max = 100)
        @ArraySchema(
                arraySchema = @Schema(description = "Up to 100 comment ids."),
                schema = @Schema(example = "8d2f5b7a-1c3e-4f6a-9b8c-7d6e5f4a3b2c"))
        List<@NotNull UUID> ids,

        @NotNull @Schema(example = "APPROVED") CommentStatus status) {}
