package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of an action such as submit, unpublish or archive. */
@Schema(name = "ActionRequest", example = "{\"version\": 1}")
public record ActionRequest(
        @Schema(description = "The version you read; a stale one is refused with 412.", example = "3")
        Long version) {

    public static final ActionRequest NONE = new ActionRequest(null);
}
