package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Which article something belongs to, as a person recognises it: its title and slug beside the id. */
@Schema(name = "ArticleRef")
public record ArticleRef(
        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
        UUID id,

        @Schema(example = "GPU export rules, explained") String title,
        @Schema(example = "gpu-export-rules-explained") String slug) {}
