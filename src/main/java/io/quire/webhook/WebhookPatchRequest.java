package io.quire.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The fields a merge patch may change, any of them alone. An absent secret keeps the current one; a new one replaces
 * it. The constraints apply to the subscription as patched, so the schema requires none of the fields.
 */
@Schema(name = "WebhookChange")
public record WebhookPatchRequest(
        @NotBlank
        @Size(max = WebhookManagement.MAX_URL_LENGTH)
        @Schema(
                example = "https://hooks.example.org/quire",
                description = CreateWebhookRequest.URL_RULE,
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        String url,

        @NotEmpty
        @Size(max = 20)
        @Schema(example = "[\"article.published\"]", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        List<String> events,

        @Size(min = WebhookManagement.MIN_SECRET_LENGTH, max = WebhookManagement.MAX_SECRET_LENGTH)
        @Pattern(regexp = WebhookManagement.SECRET_PATTERN, message = "must be printable ASCII without spaces")
        @Schema(
                example = "a-new-long-random-shared-secret",
                description = "Rotates the secret: deliveries sent "
                        + "from now on, retries included, are signed with the new one. Write-only.")
        String secret,

        @Schema(description = "The version you read; a stale one is refused with 412.", example = "0")
        Long version) {}
