package io.quire.article.web;

import io.quire.article.ActionRequest;
import io.quire.article.ArticleManagement;
import io.quire.article.ArticleView;
import io.quire.article.RevisionView;
import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.security.Callers;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.SortSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles")
class ArticleHistoryController {

    private static final SortSpec SORT = SortSpec.of("number", "number", "number", "createdAt", "createdAt");

    private final ArticleManagement articles;
    private final HttpResponses responses;

    ArticleHistoryController(ArticleManagement articles, HttpResponses responses) {
        this.articles = articles;
        this.responses = responses;
    }

    @Operation(
            summary = "List revisions",
            description =
                    "The article's history, newest first: every change to "
                            + "title, slug, summary, body or tags made a numbered revision. Sortable by `number` and `createdAt`.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404})
    @GetMapping("/{id}/revisions")
    ResponseEntity<PageResponse<RevisionView>> revisions(@PathVariable UUID id, @ParameterObject PageParams paging) {
        var page = articles.revisions(
                id, SORT.pageable(paging, Sort.by(Sort.Direction.DESC, "number")), Callers.current());
        return responses.page(page, page.getContent());
    }

    @Operation(summary = "Get a revision", description = "One snapshot of the article's content.")
    @ApiAccess("AUTHOR")
    @ApiErrors(404)
    @GetMapping("/{id}/revisions/{number}")
    ResponseEntity<RevisionView> revision(@PathVariable UUID id, @PathVariable int number) {
        return responses.ok(articles.revision(id, number, Callers.current()));
    }

    @Operation(
            summary = "Restore a revision",
            description = "Makes an old revision's content current again. "
                    + "This creates a new revision; the history is never rewritten.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404, 409, 412})
    @PostMapping("/{id}/revisions/{number}/restore")
    ResponseEntity<ArticleView> restore(
            @PathVariable UUID id,
            @PathVariable int number,
            @RequestBody(required = false) ActionRequest request,
            IfMatch ifMatch) {
        ActionRequest body = request == null ? ActionRequest.NONE : request;
        return responses.ok(articles.restore(id, number, ifMatch.and(body.version()), Callers.current()));
    }
}
