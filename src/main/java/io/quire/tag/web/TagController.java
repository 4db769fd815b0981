package io.quire.tag.web;

import io.quire.core.domain.Precondition;
import io.quire.core.web.ApiAccess;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.SortSpec;
import io.quire.tag.TagManagement;
import io.quire.tag.TagRequest;
import io.quire.tag.TagView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/tags", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tags")
class TagController {

    private static final SortSpec SORT = SortSpec.of("id", "name", "nameKey", "articleCount", "articleCount");
    private static final String IF_MATCH_DOC = "The ETag you read; a stale one answers 412 and changes nothing.";

    private final TagManagement tags;
    private final HttpResponses responses;

    TagController(TagManagement tags, HttpResponses responses) {
        this.tags = tags;
        this.responses = responses;
    }

    @Operation(
            summary = "List tags",
            description = "Every tag with `articleCount`, the number of its published "
                    + "articles. Sortable by `name` and `articleCount` (default `name,asc`).")
    @ApiAccess(errors = 400)
    @GetMapping
    ResponseEntity<PageResponse<TagView>> list(@ParameterObject PageParams paging) {
        var page = tags.list(SORT.pageable(paging, Sort.by("nameKey")));
        return responses.page(page, page.getContent());
    }

    @Operation(summary = "Get a tag", description = "One tag by id.")
    @ApiAccess(errors = 404)
    @GetMapping("/{id}")
    ResponseEntity<TagView> get(@PathVariable UUID id) {
        return responses.ok(tags.get(id));
    }

    @Operation(summary = "Get a tag by slug", description = "One tag by its slug, as used in URLs.")
    @ApiAccess(errors = 404)
    @GetMapping("/slug/{slug}")
    ResponseEntity<TagView> getBySlug(@PathVariable String slug) {
        return responses.ok(tags.getBySlug(slug));
    }

    @Operation(
            summary = "Create a tag",
            description = "Names are unique ignoring case (409 on a clash). "
                    + "Without `slug`, one is derived from the name.")
    @ApiAccess(
            value = "EDITOR",
            errors = {400, 409, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TagView> create(@Valid @RequestBody TagRequest request) {
        TagView tag = tags.create(request);
        URI location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(tag.id());
        return responses.created(location, tag);
    }

    @Operation(
            summary = "Replace a tag",
            description = "Replaces name, slug and description. An absent `slug` "
                    + "keeps the current one, so links do not break.")
    @ApiAccess(
            value = "EDITOR",
            errors = {400, 404, 409, 412, 415})
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TagView> replace(
            @PathVariable UUID id,
            @Valid @RequestBody TagRequest request,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return responses.ok(tags.replace(id, request, Precondition.of(ifMatch, request.version())));
    }

    @Operation(
            summary = "Change a tag",
            description = "JSON Merge Patch (RFC 7396): send only what changes; " + "`null` removes an optional field.")
    @ApiAccess(
            value = "EDITOR",
            errors = {400, 404, 409, 412, 415})
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<TagView> patch(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(ref = "#/components/schemas/TagPatch"),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"description\": \"Machine learning and its rules.\"}")))
                    @RequestBody
                    JsonNode patch,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return responses.ok(tags.patch(id, patch, Precondition.forPatch(ifMatch, patch)));
    }

    @Operation(summary = "Delete a tag", description = "Deletes the tag; articles filed under it lose it.")
    @ApiAccess(
            value = "EDITOR",
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
        tags.delete(id, Precondition.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
