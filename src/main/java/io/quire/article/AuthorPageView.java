package io.quire.article;

import io.quire.user.AvatarView;
import io.swagger.v3.oas.annotations.media.Schema;

/** An author as their page on a site shows them. */
@Schema(name = "AuthorPage")
public record AuthorPageView(
        @Schema(example = "ada") String username,
        @Schema(example = "Ada Lovelace") String displayName,

        @Schema(
                nullable = true,
                example = "Writes about chips and the rules around them.",
                description = "Plain text: escape it when inserting it into HTML.")
        String bio,

        @Schema(nullable = true, description = "The author's picture, or null.")
        AvatarView avatar,

        @Schema(example = "12", description = "Published articles; list them with `GET /api/v1/articles?author=ada`.")
        long articleCount) {}
