package io.quire.core.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** What an API key may read. No key ever writes. */
@Schema(
        name = "ApiKeyScope",
        enumAsRef = true,
        description = "`content` reads what the public reads; `preview` also reads drafts, articles in review and "
                + "scheduled ones (a site's draft-preview mode). No key ever writes.")
public enum KeyScope {
    @JsonProperty("content")
    CONTENT,
    @JsonProperty("preview")
    PREVIEW
}
