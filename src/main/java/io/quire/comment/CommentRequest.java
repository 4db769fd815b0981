package io.quire.comment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A comment to post. The body is plain text; HTML in it is kept as text, never rendered. */
@Schema(name = "NewComment", example = """
        {"authorName": "Grace", "authorEmail": "grace@example.org", "body": "Clear explanation, thank you."}""")
public record CommentRequest(
        @NotBlank @Size(min = 1, max = 80) @Schema(example = "Grace")
        String authorName,

        @NotNull
        @Email
        @Size(max = 254)
        @Schema(example = "grace@example.org", description = "Never shown to the public; the public sees `avatarHash`.")
        String authorEmail,

        @NotBlank @Size(min = 1, max = 5000) @Schema(example = "Clear explanation, thank you.")
        String body,

        @Schema(
                nullable = true,
                description = "Reply to this approved comment of the same article; absent or null for "
                        + "a top-level comment.")
        UUID parentId,

        @Size(max = 200)
        @Schema(
                description = "Leave empty. Forms hide this field from people; a comment that "
                        + "fills it is treated as spam.",
                example = "")
        String website) {

    public CommentRequest(String authorName, String authorEmail, String body, UUID parentId) {
        this(authorName, authorEmail, body, parentId, null);
    }
}
