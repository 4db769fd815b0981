package io.quire.article.web;

import io.quire.article.ActionRequest;
import io.quire.article.ArticleManagement;
import io.quire.article.ArticleRequest;
import io.quire.article.ArticleView;
import io.quire.article.PublishRequest;
import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.apidocs.MergePatch;
import io.quire.core.domain.Precondition;
import io.quire.core.security.Caller;
import io.quire.core.security.Callers;
import io.quire.core.web.DeleteResourceMapping;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.MergePatchMapping;
import io.quire.core.web.PathIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles", description = "Drafts, review, publishing, and what frontends read.")
@ApiSection(
        position = 1,
        order =
                "list create get getBySlug replace patch submit publish unpublish archive delete revisions revision restore")
class ArticleController {

    private final ArticleManagement articles;
    private final HttpResponses responses;

    ArticleController(ArticleManagement articles, HttpResponses responses) {
        this.articles = articles;
        this.responses = responses;
    }

    @Operation(
            summary = "Create an article",
            description = "Creates a DRAFT owned by the caller. Without "
                    + "`slug`, one is derived from the title (accents transliterated, `-2`, `-3`… on a clash); an explicit "
                    + "slug that is taken answers 409. Unknown tag names create tags.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 409, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleRequest request) {
        ArticleView article = articles.create(request, Callers.current());
        return responses.created(article.id(), article);
    }

    @Operation(
            summary = "Replace an article",
            description = "Replaces title, slug, summary, body and tags. "
                    + "An absent `slug` keeps the current one; absent `summary`, `body` or `tags` are cleared. Authors "
                    + "may replace only their own articles.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404, 409, 412, 415})
    @PutMapping(path = "/" + PathIds.ID, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleView> replace(
            @PathVariable UUID id, @Valid @RequestBody ArticleRequest request, IfMatch ifMatch) {
        return responses.ok(articles.replace(id, request, ifMatch.and(request.version()), Callers.current()));
    }

    @Operation(
            summary = "Change an article",
            description = "JSON Merge Patch (RFC 7396): send only what "
                    + "changes; `null` clears an optional field. Validated like a replacement.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404, 409, 412, 415})
    @MergePatchMapping("/" + PathIds.ID)
    ResponseEntity<ArticleView> patch(
            @PathVariable UUID id,
            @MergePatch(
                            schema = "ArticlePatch",
                            example = "{\"title\": \"GPU export rules, explained again\", \"version\": 1}")
                    @RequestBody
                    JsonNode patch,
            IfMatch ifMatch) {
        return responses.ok(articles.patch(id, patch, ifMatch.forPatch(patch), Callers.current()));
    }

    @Operation(
            summary = "Delete an article",
            description = "Deletes the article and its comments. Editors may "
                    + "delete any article; authors only their own drafts that were never published.")
    @ApiAccess("AUTHOR")
    @ApiErrors({404, 412})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteResourceMapping("/" + PathIds.ID)
    ResponseEntity<Void> delete(@PathVariable UUID id, IfMatch ifMatch) {
        articles.delete(id, ifMatch.alone(), Callers.current());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Submit for review", description = "DRAFT → IN_REVIEW. Other states answer 409.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/" + PathIds.ID + "/submit")
    ResponseEntity<ArticleView> submit(
            @PathVariable UUID id, @RequestBody(required = false) ActionRequest request, IfMatch ifMatch) {
        return step(articles::submit, id, request, ifMatch);
    }

    @Operation(
            summary = "Publish",
            description = "Schedules for `publishAt` (UTC, in the future → SCHEDULED), or publishes now when the "
                    + "body has no `publishAt`. A `publishAt` more than a minute in the past is refused (400 naming "
                    + "it): a year typo never publishes by accident. `publishedAt` keeps the first publication time "
                    + "across re-publishing. Already published: 409. Authors submit for review instead (403).")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/" + PathIds.ID + "/publish")
    ResponseEntity<ArticleView> publish(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = PublishRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "later",
                                                        summary = "Publish later",
                                                        description = "A future `publishAt` (UTC) schedules the "
                                                                + "article; put the `version` you read. Swagger UI "
                                                                + "fills in tomorrow, 07:00 UTC by the server's clock, "
                                                                + "when the page is opened.",
                                                        value = "{\"publishAt\": \"2030-06-01T07:00:00Z\", "
                                                                + "\"version\": 1}",
                                                        extensions =
                                                                @Extension(
                                                                        properties =
                                                                                @ExtensionProperty(
                                                                                        name = "x-tomorrow-utc",
                                                                                        value = "publishAt"))),
                                                @ExampleObject(
                                                        name = "now",
                                                        summary = "Publish now",
                                                        description = "No `publishAt` publishes at once.",
                                                        value = "{\"version\": 1}")
                                            }))
                    @RequestBody(required = false)
                    PublishRequest request,
            IfMatch ifMatch) {
        PublishRequest body = request == null ? PublishRequest.NOW : request;
        return responses.ok(articles.publish(id, body, ifMatch.and(body.version()), Callers.current()));
    }

    @Operation(summary = "Unpublish", description = "PUBLISHED or SCHEDULED → DRAFT. Other states answer 409.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/" + PathIds.ID + "/unpublish")
    ResponseEntity<ArticleView> unpublish(
            @PathVariable UUID id, @RequestBody(required = false) ActionRequest request, IfMatch ifMatch) {
        return step(articles::unpublish, id, request, ifMatch);
    }

    @Operation(
            summary = "Archive",
            description = "→ ARCHIVED: kept, no longer listed publicly. Already " + "archived: 409.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/" + PathIds.ID + "/archive")
    ResponseEntity<ArticleView> archive(
            @PathVariable UUID id, @RequestBody(required = false) ActionRequest request, IfMatch ifMatch) {
        return step(articles::archive, id, request, ifMatch);
    }

    /** A workflow step whose body, if any, carries only the version read. */
    private ResponseEntity<ArticleView> step(WorkflowStep step, UUID id, ActionRequest request, IfMatch ifMatch) {
        Long version = request == null ? null : request.version();
        return responses.ok(step.apply(id, ifMatch.and(version), Callers.current()));
    }

    private interface WorkflowStep {
        ArticleView apply(UUID id, Precondition precondition, Caller caller);
    }

    @Operation(
            summary = "Restore a revision",
            description = "Makes an old revision's content current again. "
                    + "This creates a new revision; the history is never rewritten.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/" + PathIds.ID + "/revisions/{number}/restore")
    ResponseEntity<ArticleView> restore(
            @PathVariable UUID id,
            @PathVariable int number,
            @RequestBody(required = false) ActionRequest request,
            IfMatch ifMatch) {
        ActionRequest body = request == null ? ActionRequest.NONE : request;
        return responses.ok(articles.restore(id, number, ifMatch.and(body.version()), Callers.current()));
    }
}
