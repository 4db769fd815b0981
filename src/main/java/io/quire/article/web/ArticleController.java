package io.quire.article.web;

import io.quire.article.ActionRequest;
import io.quire.article.ArticleFilter;
import io.quire.article.ArticleManagement;
import io.quire.article.ArticleQueries;
import io.quire.article.ArticleRequest;
import io.quire.article.ArticleStatus;
import io.quire.article.ArticleView;
import io.quire.article.PublicReads;
import io.quire.article.PublishRequest;
import io.quire.article.RevisionView;
import io.quire.core.domain.Precondition;
import io.quire.core.security.Caller;
import io.quire.core.security.Callers;
import io.quire.core.web.ApiAccess;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.SharedResponseCache;
import io.quire.core.web.SortSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles")
class ArticleController {

    private static final SortSpec SORT = SortSpec.of(
            "id",
            "publishedAt",
            "publishedAt",
            "updatedAt",
            "updatedAt",
            "createdAt",
            "createdAt",
            "title",
            "title",
            "relevance",
            "relevance");
    private static final SortSpec REVISION_SORT = SortSpec.of("number", "number", "number", "createdAt", "createdAt");
    private static final String IF_MATCH_DOC = "The ETag you read; a stale one answers 412 and changes nothing.";

    private final ArticleManagement articles;
    private final ArticleQueries queries;
    private final PublicReads publicReads;
    private final HttpResponses responses;
    private final SharedResponseCache sharedResponses;

    ArticleController(
            ArticleManagement articles,
            ArticleQueries queries,
            PublicReads publicReads,
            HttpResponses responses,
            SharedResponseCache sharedResponses) {
        this.articles = articles;
        this.queries = queries;
        this.publicReads = publicReads;
        this.responses = responses;
        this.sharedResponses = sharedResponses;
    }

    @Operation(summary = "List articles", description = """
            Published articles for the public; signed-in authors also see their own drafts, editors see \
            everything. Filters combine with AND; `tag` is repeatable and matches any of the given tag slugs. \
            `q` searches title, summary, body and tag names (English stemming: `publishing` finds `published`; \
            every word must match; `"quoted phrases"`, `-excluded` and `prefix*` work) and adds `highlight` \
            fragments to each hit; its results are ranked by `sort=relevance` (the default with `q`). \
            Sortable by `publishedAt`, `updatedAt`, `createdAt`, `title` and, with `q`, `relevance`; the \
            default is `publishedAt,desc` for the public and `updatedAt,desc` for signed-in callers. The `Link` \
            header has the `first`, `prev`, `next` and `last` pages; `next` (also in the body) continues from a \
            cursor (`after`) wherever the order allows, so following it to the last page stays as fast as page 1. \
            `totalElements` may lag writes made through other instances by up to 10 seconds. \
            A search (`q`) answers 503 with `Retry-After` while the search index is out of reach; lists \
            without `q` do not use it.""")
    @ApiAccess(
            optionalSignIn = true,
            errors = {400, 503})
    @GetMapping
    ResponseEntity<PageResponse<ArticleView>> list(
            @Parameter(description = "Tag slug, such as `ai`; repeatable (at most 20), any of them.")
                    @RequestParam(required = false)
                    @Size(max = 20)
                    List<String> tag,
            @Parameter(description = "Author username, such as `ada`.") @RequestParam(required = false) String author,
            @Parameter(
                            description = "Workflow state (meaningful for signed-in callers; the public sees only "
                                    + "PUBLISHED articles).")
                    @RequestParam(required = false)
                    ArticleStatus status,
            @Parameter(description = "Search words for title, summary, body and tag names, ranked by relevance.")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    String q,
            @Parameter(description = "Published at or after this instant, such as `2026-11-01T00:00:00Z`.")
                    @RequestParam(required = false)
                    Instant publishedAfter,
            @Parameter(description = "Published before this instant, such as `2026-12-01T00:00:00Z`.")
                    @RequestParam(required = false)
                    Instant publishedBefore,
            @Parameter(
                            description = "Continue after this cursor, as given by the `next` link of the previous "
                                    + "page (replaces `page`).")
                    @RequestParam(required = false)
                    @Size(max = 600)
                    String after,
            @ParameterObject PageParams paging) {
        Caller caller = Callers.current();
        var filter = new ArticleFilter(tag, author, status, q, publishedAfter, publishedBefore);
        var pageable = SORT.pageable(paging, ArticleQueries.defaultSort(caller, q));
        var result = caller.isAnonymous()
                ? publicReads.list(filter, pageable, after).body()
                : queries.list(filter, pageable, caller, after);
        if (caller.isAnonymous()) {
            sharedResponses.share();
        }
        return result.keyset()
                ? responses.continuedPage(result.page(), result.page().getContent(), result.nextCursor())
                : responses.page(result.page(), result.page().getContent());
    }

    @Operation(
            summary = "Create an article",
            description = "Creates a DRAFT owned by the caller. Without "
                    + "`slug`, one is derived from the title (accents transliterated, `-2`, `-3`… on a clash); an explicit "
                    + "slug that is taken answers 409. Unknown tag names create tags.")
    @ApiAccess(
            value = "AUTHOR",
            errors = {400, 409, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleRequest request) {
        ArticleView article = articles.create(request, Callers.current());
        URI location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(article.id());
        return responses.created(location, article);
    }

    @Operation(
            summary = "Get an article",
            description = "One article by id. Drafts are 404 to everyone but " + "their author and editors.")
    @ApiAccess(optionalSignIn = true, errors = 404)
    @GetMapping("/{id}")
    ResponseEntity<ArticleView> get(@PathVariable UUID id) {
        Caller caller = Callers.current();
        if (caller.isAnonymous()) {
            var cached = publicReads.byId(id);
            sharedResponses.share();
            return ResponseEntity.ok().eTag(cached.etag()).body(cached.body());
        }
        return responses.ok(queries.get(id, caller));
    }

    @Operation(
            summary = "Get an article by slug",
            description = "One article by its slug, as used in URLs. "
                    + "A slug the article had before it was renamed answers 301 with `Location` set to the current slug's "
                    + "URL, so old links keep working.")
    @ApiAccess(optionalSignIn = true, errors = 404)
    @ApiResponse(responseCode = "200", description = "The article.")
    @ApiResponse(
            responseCode = "301",
            description = "An old slug: `Location` names the article's current URL.",
            headers =
                    @Header(
                            name = "Location",
                            description = "The URL of the current slug.",
                            schema = @Schema(type = "string", format = "uri")),
            content = @Content)
    @GetMapping("/slug/{slug}")
    ResponseEntity<ArticleView> getBySlug(@PathVariable String slug) {
        Caller caller = Callers.current();
        var cached = caller.isAnonymous() ? publicReads.bySlug(slug) : null;
        var lookup = cached != null ? cached.body() : queries.getBySlug(slug, caller);
        if (cached != null) {
            sharedResponses.share();
        }
        if (lookup.movedTo() != null) {
            URI current = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/api/v1/articles/slug/{slug}")
                    .build(lookup.movedTo());
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(current)
                    .build();
        }
        return cached != null
                ? ResponseEntity.ok().eTag(cached.etag()).body(lookup.article())
                : responses.ok(lookup.article());
    }

    @Operation(
            summary = "List revisions",
            description =
                    "The article's history, newest first: every change to "
                            + "title, slug, summary, body or tags made a numbered revision. Sortable by `number` and `createdAt`.")
    @ApiAccess(
            value = "AUTHOR",
            errors = {400, 404})
    @GetMapping("/{id}/revisions")
    ResponseEntity<PageResponse<RevisionView>> revisions(@PathVariable UUID id, @ParameterObject PageParams paging) {
        var page = queries.revisions(
                id, REVISION_SORT.pageable(paging, Sort.by(Sort.Direction.DESC, "number")), Callers.current());
        return responses.page(page, page.getContent());
    }

    @Operation(summary = "Get a revision", description = "One snapshot of the article's content.")
    @ApiAccess(value = "AUTHOR", errors = 404)
    @GetMapping("/{id}/revisions/{number}")
    ResponseEntity<RevisionView> revision(@PathVariable UUID id, @PathVariable int number) {
        return responses.ok(queries.revision(id, number, Callers.current()));
    }

    @Operation(
            summary = "Restore a revision",
            description = "Makes an old revision's content current again. "
                    + "This creates a new revision; the history is never rewritten.")
    @ApiAccess(
            value = "AUTHOR",
            errors = {400, 404, 409, 412})
    @PostMapping("/{id}/revisions/{number}/restore")
    ResponseEntity<ArticleView> restore(
            @PathVariable UUID id,
            @PathVariable int number,
            @RequestBody(required = false) ActionRequest request,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        ActionRequest body = request == null ? ActionRequest.NONE : request;
        return responses.ok(articles.restore(id, number, Precondition.of(ifMatch, body.version()), Callers.current()));
    }

    @Operation(
            summary = "Replace an article",
            description = "Replaces title, slug, summary, body and tags. "
                    + "An absent `slug` keeps the current one; absent `summary`, `body` or `tags` are cleared. Authors "
                    + "may replace only their own articles.")
    @ApiAccess(
            value = "AUTHOR",
            errors = {400, 404, 409, 412, 415})
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleView> replace(
            @PathVariable UUID id,
            @Valid @RequestBody ArticleRequest request,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return responses.ok(
                articles.replace(id, request, Precondition.of(ifMatch, request.version()), Callers.current()));
    }

    @Operation(
            summary = "Change an article",
            description = "JSON Merge Patch (RFC 7396): send only what "
                    + "changes; `null` clears an optional field. Validated like a replacement.")
    @ApiAccess(
            value = "AUTHOR",
            errors = {400, 404, 409, 412, 415})
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
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return responses.ok(articles.patch(id, patch, Precondition.forPatch(ifMatch, patch), Callers.current()));
    }

    @Operation(
            summary = "Delete an article",
            description = "Deletes the article and its comments. Editors may "
                    + "delete any article; authors only their own drafts that were never published.")
    @ApiAccess(
            value = "AUTHOR",
            errors = {404, 412})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    // Success has no body and failures are problems: Accept: application/problem+json alone is fine.
    @DeleteMapping(
            path = "/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        articles.delete(id, Precondition.of(ifMatch, null), Callers.current());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Submit for review", description = "DRAFT → IN_REVIEW. Other states answer 409.")
    @ApiAccess(
            value = "AUTHOR",
            errors = {400, 404, 409, 412})
    @PostMapping("/{id}/submit")
    ResponseEntity<ArticleView> submit(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest request,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        ActionRequest body = request == null ? ActionRequest.NONE : request;
        return responses.ok(articles.submit(id, Precondition.of(ifMatch, body.version()), Callers.current()));
    }

    @Operation(
            summary = "Publish",
            description = "Publishes now, or at `publishAt` in the future (→ SCHEDULED). "
                    + "`publishedAt` keeps the first publication time across re-publishing. Already published: 409.")
    @ApiAccess(
            value = "EDITOR",
            errors = {400, 404, 409, 412})
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
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        PublishRequest body = request == null ? PublishRequest.NOW : request;
        return responses.ok(articles.publish(id, body, Precondition.of(ifMatch, body.version()), Callers.current()));
    }

    @Operation(summary = "Unpublish", description = "PUBLISHED or SCHEDULED → DRAFT. Other states answer 409.")
    @ApiAccess(
            value = "EDITOR",
            errors = {400, 404, 409, 412})
    @PostMapping("/{id}/unpublish")
    ResponseEntity<ArticleView> unpublish(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest request,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        ActionRequest body = request == null ? ActionRequest.NONE : request;
        return responses.ok(articles.unpublish(id, Precondition.of(ifMatch, body.version()), Callers.current()));
    }

    @Operation(
            summary = "Archive",
            description = "→ ARCHIVED: kept, no longer listed publicly. Already " + "archived: 409.")
    @ApiAccess(
            value = "EDITOR",
            errors = {400, 404, 409, 412})
    @PostMapping("/{id}/archive")
    ResponseEntity<ArticleView> archive(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest request,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        ActionRequest body = request == null ? ActionRequest.NONE : request;
        return responses.ok(articles.archive(id, Precondition.of(ifMatch, body.version()), Callers.current()));
    }
}
