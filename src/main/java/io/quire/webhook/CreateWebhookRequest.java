package io.quire.webhook;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new subscription. Without a secret, a strong one is generated (and shown once, in the answer). */
@Schema(name = "CreateWebhook")
public record CreateWebhookRequest(
        @NotBlank
        @Size(max = WebhookManagement.MAX_URL_LENGTH)
        @Schema(example = "https://hooks.example.org/quire", description = URL_RULE)
        String url,

        @NotEmpty
        @Size(max = 20)
        @ArraySchema(
                schema =
                        @Schema(
                                allowableValues = {
                                    "article.published",
                                    "article.unpublished",
                                    "article.updated",
                                    "article.deleted",
                                    "comment.created",
                                    "comment.approved"
                                }),
                arraySchema = @Schema(example = "[\"article.published\", \"article.unpublished\"]"))
        List<String> events,

        @Size(min = WebhookManagement.MIN_SECRET_LENGTH, max = WebhookManagement.MAX_SECRET_LENGTH)
        @Pattern(regexp = WebhookManagement.SECRET_PATTERN, message = "must be printable ASCII without spaces")
        @Schema(example = "a-long-random-shared-secret-of-your-own", description = SECRET_RULE)
        String secret) {

    static final String URL_RULE = "An absolute http or https URL without credentials or fragment, at most 2,000 "
            + "characters. Loopback, private, link-local, multicast, metadata and other special-purpose addresses "
            + "(IANA registries, IPv6 forms embedding them included) are refused.";
    static final String SECRET_RULE = "24 to 200 printable ASCII characters without spaces; generated when "
            + "absent. Write-only: never shown again after the answer to the creation.";
}
