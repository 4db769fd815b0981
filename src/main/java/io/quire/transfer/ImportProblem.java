package io.quire.transfer;

import io.swagger.v3.oas.annotations.media.Schema;

/** One item an import could not take as it was: which item, where in the file, and what happened. */
@Schema(name = "ImportProblem")
public record ImportProblem(
        @Schema(example = "post 1170 'Edge Case: No Content' (line 2841)")
        String item,

        @Schema(example = "a comment has 1 to 5,000 characters")
        String message) {}
