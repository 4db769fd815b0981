package io.quire.article.web;

import io.quire.article.ActionRequest;
import io.quire.article.ArticleManagement;
import io.quire.article.ArticleView;
import io.quire.article.PublishRequest;
import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.security.Caller;
import io.quire.core.security.Callers;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.Precondition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles")
class ArticleWorkflowController {

    private final ArticleManagement articles;
    private final HttpResponses responses;

    ArticleWorkflowController(ArticleManagement articles, HttpResponses responses) {
        this.articles = articles;
        this.responses = responses;
    }

    @Operation(summary = "Submit for review", description = "DRAFT → IN_REVIEW. Other states answer 409.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/{id}/submit")
    ResponseEntity<ArticleView> submit(
            @PathVariable UUID id, @RequestBody(required = false) ActionRequest request, IfMatch ifMatch) {
        return step(articles::submit, id, request, ifMatch);
    }

    @Operation(
            summary = "Publish",
            description = "Publishes now, or at `publishAt` in the future (→ SCHEDULED). "
                    + "`publishedAt` keeps the first publication time across re-publishing. Already published: 409.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/{id}/publish")
    ResponseEntity<ArticleView> publish(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = PublishRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "now",
                                                        summary = "Publish now",
                                                        description = "An empty object (or no body) publishes at once.",
                                                        value = "{}"),
                                                @ExampleObject(
                                                        name = "scheduled",
                                                        summary = "Publish later",
                                                        description = "A future `publishAt` schedules the article.",
                                                        value = "{\"publishAt\": \"2030-06-01T07:00:00Z\"}")
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
    @PostMapping("/{id}/unpublish")
    ResponseEntity<ArticleView> unpublish(
            @PathVariable UUID id, @RequestBody(required = false) ActionRequest request, IfMatch ifMatch) {
        return step(articles::unpublish, id, request, ifMatch);
    }

    @Operation(
            summary = "Archive",
            description = "→ ARCHIVED: kept, no longer listed publicly. Already " + "archived: 409.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/{id}/archive")
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
}
