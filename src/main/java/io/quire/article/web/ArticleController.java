package io.quire.article.web;

import io.quire.article.ArticleManagement;
import io.quire.article.ArticleRequest;
import io.quire.article.ArticleView;
import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.security.Callers;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
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
        URI location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(article.id());
        return responses.created(location, article);
    }

    @Operation(
            summary = "Replace an article",
            description = "Replaces title, slug, summary, body and tags. "
                    + "An absent `slug` keeps the current one; absent `summary`, `body` or `tags` are cleared. Authors "
                    + "may replace only their own articles.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404, 409, 412, 415})
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
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
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ArticleView> patch(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(ref = "#/components/schemas/ArticlePatch"),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"title\": \"GPU export rules, explained again\"}")))
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
    // Success has no body and failures are problems: Accept: application/problem+json alone is fine.
    @DeleteMapping(
            path = "/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<Void> delete(@PathVariable UUID id, IfMatch ifMatch) {
        articles.delete(id, ifMatch.alone(), Callers.current());
        return ResponseEntity.noContent().build();
    }
}
