package io.quire.comment.web;

import io.quire.comment.BulkModerationRequest;
import io.quire.comment.CommentFilter;
import io.quire.comment.CommentManagement;
import io.quire.comment.CommentRequest;
import io.quire.comment.CommentStatus;
import io.quire.comment.ModeratedCommentView;
import io.quire.comment.ModerationLog;
import io.quire.comment.ModerationRequest;
import io.quire.comment.ModerationView;
import io.quire.comment.PostedCommentView;
import io.quire.comment.PublicCommentView;
import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.security.Callers;
import io.quire.core.web.ClientAddresses;
import io.quire.core.web.DeleteResourceMapping;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.MergePatchMapping;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.PathIds;
import io.quire.core.web.RateLimitedOperation;
import io.quire.core.web.SortSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Comments", description = "Reader comments and their moderation.")
@ApiSection(position = 3, order = "list post queue get moderate moderateAll history moderations delete")
class CommentController {

    private static final SortSpec THREAD_SORT = SortSpec.of("id", "createdAt", "createdAt");
    private static final SortSpec QUEUE_SORT = SortSpec.of("id", "createdAt", "createdAt", "status", "status");
    private static final SortSpec HISTORY_SORT = SortSpec.of("id", "createdAt", "createdAt");

    private final CommentManagement comments;
    private final ModerationLog log;
    private final HttpResponses responses;
    private final ClientAddresses clients;

    CommentController(CommentManagement comments, ModerationLog log, HttpResponses responses, ClientAddresses clients) {
        this.comments = comments;
        this.log = log;
        this.responses = responses;
        this.clients = clients;
    }

    @Operation(summary = "List an article's comments", description = """
            The public thread of a published article (404 otherwise), in reading order: each comment is \
            followed by its replies (depth-first), siblings oldest first, so a frontend renders the whole \
            thread from the list alone using `depth` and `parentId`. Each item has `replyCount`. Where a comment \
            was deleted or withdrawn but has visible replies, a placeholder (`removed: true`, no author or text) \
            keeps its place. `sort=createdAt,asc` gives a flat, chronological list instead.""")
    @ApiAccess
    @ApiErrors({400, 404})
    @GetMapping("/api/v1/articles/" + PathIds.ID + "/comments")
    ResponseEntity<PageResponse<PublicCommentView>> list(@PathVariable UUID id, @ParameterObject PageParams paging) {
        return responses.page(comments.thread(id, THREAD_SORT.pageable(paging, Sort.by("threadPath"))));
    }

    @Operation(summary = "Post a comment", description = """
            Anyone may comment on a published article (404 otherwise) whose comments are open (403 when an \
            editor closed them). The comment is PENDING until an editor approves it; an editor's own comment \
            is APPROVED at once. Obvious spam (the `website` honeypot filled, more than 2 links, the same text \
            again on the same article) is stored as SPAM, yet its poster is answered PENDING like for any new \
            comment, so a bot cannot tell it was caught. Replies nest at most 5 levels. Posting is rate \
            limited per client address: every answer says how much is left (`RateLimit-Policy`, `RateLimit`), \
            and 429 comes with `Retry-After`. A site that posts for its readers from its own server forwards \
            each reader's address in `X-Forwarded-For`, believed from the addresses in `cms.http.trusted-proxies` \
            only.

            Open to everyone: Swagger UI sends it without your sign-in, so what you post here is a reader's \
            comment and waits in the moderation queue. A program that sends an editor's token posts an \
            approved comment. The article's `id` is in every item of "List articles".""")
    @RateLimitedOperation(CommentManagement.POLICY)
    @ApiAccess
    @ApiErrors({400, 403, 404, 415, 429})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/articles/" + PathIds.ID + "/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PostedCommentView> post(
            @PathVariable UUID id, @Valid @RequestBody CommentRequest request, HttpServletRequest http) {
        PostedCommentView comment = comments.post(id, request, Callers.current(), clients.of(http));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/comments/{id}")
                .build(comment.id());
        return responses.created(location, comment);
    }

    @Operation(summary = "Moderation queue", description = """
            All comments with their authors' e-mail addresses, filtered by `status`, `article` (an article id) \
            and creation time. By default pending comments come first, oldest first; `sort` accepts \
            `createdAt` and `status`.""")
    @ApiAccess("EDITOR")
    @ApiErrors(400)
    @GetMapping("/api/v1/comments")
    ResponseEntity<PageResponse<ModeratedCommentView>> queue(
            @Parameter(description = "Moderation state.") @RequestParam(required = false) CommentStatus status,
            @Parameter(description = "Article id.") @RequestParam(required = false) UUID article,
            @Parameter(description = "Created at or after this instant, such as `2026-11-01T00:00:00Z`.")
                    @RequestParam(required = false)
                    Instant createdAfter,
            @Parameter(description = "Created before this instant, such as `2026-12-01T00:00:00Z`.")
                    @RequestParam(required = false)
                    Instant createdBefore,
            @ParameterObject PageParams paging) {
        return responses.page(comments.queue(
                new CommentFilter(status, article, createdAfter, createdBefore),
                QUEUE_SORT.pageable(paging, Sort.unsorted())));
    }

    @Operation(summary = "Get a comment", description = "One comment, as moderators see it.")
    @ApiAccess("EDITOR")
    @ApiErrors(404)
    @GetMapping("/api/v1/comments/" + PathIds.ID)
    ResponseEntity<ModeratedCommentView> get(@PathVariable UUID id) {
        return responses.ok(comments.get(id));
    }

    @Operation(
            summary = "Moderate a comment",
            description = "Sets the status to APPROVED (public, counted), "
                    + "SPAM, REJECTED or back to PENDING. The article's `commentCount` follows at once, and the decision "
                    + "is logged.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404, 412, 415})
    @MergePatchMapping("/api/v1/comments/" + PathIds.ID)
    ResponseEntity<ModeratedCommentView> moderate(
            @PathVariable UUID id, @Valid @RequestBody ModerationRequest request, IfMatch ifMatch) {
        return responses.ok(comments.moderate(id, request, ifMatch.and(request.version()), Callers.current()));
    }

    @Operation(
            summary = "Moderate many comments",
            description = "Gives up to 100 comments the same status in "
                    + "one call. All of them change or, when an id is unknown (400 naming it), none does. Answers the "
                    + "comments as they are afterwards.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 415})
    @PostMapping(path = "/api/v1/comments/moderation", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<ModeratedCommentView> moderateAll(@Valid @RequestBody BulkModerationRequest request) {
        return comments.moderateAll(request, Callers.current());
    }

    @Operation(
            summary = "Moderation history",
            description = "Every moderation decision on the comment, oldest "
                    + "first: who (or the spam filter), when, from which status to which.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404})
    @GetMapping("/api/v1/comments/" + PathIds.ID + "/moderations")
    ResponseEntity<PageResponse<ModerationView>> history(@PathVariable UUID id, @ParameterObject PageParams paging) {
        return responses.page(comments.history(id, HISTORY_SORT.pageable(paging, Sort.by("createdAt"))));
    }

    @Operation(
            summary = "All moderation decisions",
            description = "Every moderation decision on every comment, newest first: who (an editor's username, "
                    + "or `spam-filter`), when, which comment (`commentId`, to open with \"Get a comment\"), from "
                    + "which status to which. `moderator` keeps one person's decisions.")
    @ApiAccess("EDITOR")
    @ApiErrors(400)
    @GetMapping("/api/v1/moderations")
    ResponseEntity<PageResponse<ModerationView>> moderations(
            @Parameter(description = "A username, or `spam-filter`.", example = "ada") @RequestParam(required = false)
                    String moderator,
            @ParameterObject PageParams paging) {
        return responses.page(
                log.list(moderator, HISTORY_SORT.pageable(paging, Sort.by(Sort.Direction.DESC, "createdAt"))));
    }

    @Operation(
            summary = "Delete a comment",
            description = "Deletes the comment. One that has replies stays as "
                    + "a placeholder without author or text, so the thread stays readable.")
    @ApiAccess("EDITOR")
    @ApiErrors({404, 412})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteResourceMapping("/api/v1/comments/" + PathIds.ID)
    ResponseEntity<Void> delete(@PathVariable UUID id, IfMatch ifMatch) {
        comments.delete(id, ifMatch.alone());
        return ResponseEntity.noContent().build();
    }
}
