package io.quire.article.web;

import io.quire.article.ArticleFilter;
import io.quire.article.ArticleListItem;
import io.quire.article.ArticleQueries;
import io.quire.article.ArticleStatus;
import io.quire.article.ArticleView;
import io.quire.article.PublicReads;
import io.quire.article.RevisionView;
import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.security.Caller;
import io.quire.core.security.Callers;
import io.quire.core.web.FieldSelection;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.PathIds;
import io.quire.core.web.SharedResponseCache;
import io.quire.core.web.SortSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles")
class ArticleReadController {

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

    private static final String FIELDS = "Only these fields (comma-separated names of `Article` fields, such as "
            + "`title,bodyHtml,toc`); the others are absent, although the schema, which describes the answer "
            + "without `fields`, lists them as required. An unknown name is a 400 naming `fields`.";
    private static final String LIST_FIELDS = "Only these fields of each article (comma-separated names of "
            + "`Article` fields, such as `id,slug,title,excerpt`); the others are absent. Without it, items carry "
            + "every field but `body`, `bodyHtml` and `toc`; name them (`fields=title,body,bodyHtml`) to bring "
            + "them back. The schema describes items without `fields`; with it, an item has exactly the named "
            + "fields of `Article`. An unknown name is a 400 naming `fields`.";

    private final ArticleQueries queries;
    private final PublicReads publicReads;
    private final HttpResponses responses;
    private final SharedResponseCache sharedResponses;

    ArticleReadController(
            ArticleQueries queries,
            PublicReads publicReads,
            HttpResponses responses,
            SharedResponseCache sharedResponses) {
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
    @ApiAccess(optionalSignIn = true)
    @ApiErrors({400, 503})
    @GetMapping
    ResponseEntity<PageResponse<ArticleListItem>> list(
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
            @Parameter(
                            description = "Search words for title, summary, body and tag names, ranked by relevance. "
                                    + "At most 30 words, of which at most 3 fuzzy (`word~1`, at most 2 edits) or "
                                    + "prefix (`word*`) words of at least 3 characters; phrase slop at most 5 "
                                    + "(`\"two words\"~2`); parentheses at most 10 deep. Beyond: 400 naming `q`.")
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
                    @Size(max = 1200)
                    String after,
            @Parameter(description = LIST_FIELDS) @RequestParam(required = false) @Size(max = 1000) String fields,
            @ParameterObject PageParams paging) {
        FieldSelection selection = ArticleListItem.selection(fields);
        Caller caller = Callers.current();
        var filter = new ArticleFilter(tag, author, status, q, publishedAfter, publishedBefore);
        var pageable = SORT.pageable(paging, ArticleQueries.defaultSort(caller, q));
        var result = caller.isAnonymous()
                ? publicReads.list(filter, pageable, after).body()
                : queries.list(filter, pageable, caller, after);
        if (caller.isAnonymous()) {
            sharedResponses.share();
        }
        List<ArticleListItem> items = result.page().getContent().stream()
                .map(article -> ArticleListItem.of(article, selection))
                .toList();
        return result.keyset()
                ? responses.continuedPage(result.page(), items, result.nextCursor())
                : responses.page(result.page(), items);
    }

    @Operation(
            summary = "Get an article",
            description = "One article by id. Drafts are 404 to everyone but their author, editors and "
                    + "`preview` API keys.")
    @ApiAccess(optionalSignIn = true)
    @ApiErrors(404)
    @GetMapping("/" + PathIds.ID)
    ResponseEntity<ArticleView> get(
            @PathVariable UUID id,
            @Parameter(description = FIELDS) @RequestParam(required = false) @Size(max = 1000) String fields) {
        FieldSelection selection = ArticleView.selection(fields);
        Caller caller = Callers.current();
        if (caller.isAnonymous()) {
            var cached = publicReads.byId(id);
            sharedResponses.share();
            return selected(cached.body(), cached.etag(), selection);
        }
        return responses.ok(queries.get(id, caller).select(selection));
    }

    /** The article with the selected fields, under the cached ETag when it is whole. */
    private ResponseEntity<ArticleView> selected(ArticleView article, String etag, FieldSelection selection) {
        return selection == null
                ? ResponseEntity.ok().eTag(etag).body(article)
                : responses.ok(article.select(selection));
    }

    @Operation(
            summary = "Get an article by slug",
            description = "One article by its slug, as used in URLs. "
                    + "A slug the article had before it was renamed answers 301 with `Location` set to the current slug's "
                    + "URL, so old links keep working.")
    @ApiAccess(optionalSignIn = true)
    @ApiErrors(404)
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
    ResponseEntity<ArticleView> getBySlug(
            @PathVariable String slug,
            @Parameter(description = FIELDS) @RequestParam(required = false) @Size(max = 1000) String fields) {
        FieldSelection selection = ArticleView.selection(fields);
        Caller caller = Callers.current();
        var cached = caller.isAnonymous() ? publicReads.bySlug(slug) : null;
        var lookup = cached != null ? cached.body() : queries.getBySlug(slug, caller);
        if (cached != null) {
            sharedResponses.share();
        }
        if (lookup.movedTo() != null) {
            URI current = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/api/v1/articles/slug/{slug}")
                    .queryParamIfPresent("fields", Optional.ofNullable(fields))
                    .build(lookup.movedTo());
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(current)
                    .build();
        }
        return cached != null
                ? selected(lookup.article(), cached.etag(), selection)
                : responses.ok(lookup.article().select(selection));
    }

    @Operation(
            summary = "List revisions",
            description =
                    "The article's history, newest first: every change to "
                            + "title, slug, summary, body or tags made a numbered revision. Sortable by `number` and `createdAt`.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404})
    @GetMapping("/" + PathIds.ID + "/revisions")
    ResponseEntity<PageResponse<RevisionView>> revisions(@PathVariable UUID id, @ParameterObject PageParams paging) {
        return responses.page(queries.revisions(
                id, REVISION_SORT.pageable(paging, Sort.by(Sort.Direction.DESC, "number")), Callers.current()));
    }

    @Operation(summary = "Get a revision", description = "One snapshot of the article's content.")
    @ApiAccess("AUTHOR")
    @ApiErrors(404)
    @GetMapping("/" + PathIds.ID + "/revisions/{number}")
    ResponseEntity<RevisionView> revision(@PathVariable UUID id, @PathVariable int number) {
        return responses.ok(queries.revision(id, number, Callers.current()));
    }
}
