package io.quire.tag.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.apidocs.MergePatch;
import io.quire.core.security.Callers;
import io.quire.core.web.DeleteResourceMapping;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.MergePatchMapping;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.PathIds;
import io.quire.core.web.SortSpec;
import io.quire.tag.TagManagement;
import io.quire.tag.TagRequest;
import io.quire.tag.TagView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/tags", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tags", description = "Labels articles are filed under.")
@ApiSection(position = 2, order = "list create get getBySlug replace patch delete")
class TagController {

    private static final SortSpec SORT = SortSpec.of("id", "name", "nameKey", "articleCount", "articleCount");

    private final TagManagement tags;
    private final HttpResponses responses;

    TagController(TagManagement tags, HttpResponses responses) {
        this.tags = tags;
        this.responses = responses;
    }

    @Operation(
            summary = "List tags",
            description = "Every tag with `articleCount`, the number of its published "
                    + "articles. The public sees only tags with at least one published article; signed-in users "
                    + "see every tag. Sortable by `name` and `articleCount` (default `name,asc`).")
    @ApiAccess(optionalSignIn = true)
    @ApiErrors(400)
    @GetMapping
    ResponseEntity<PageResponse<TagView>> list(@ParameterObject PageParams paging) {
        return responses.page(tags.list(
                SORT.pageable(paging, Sort.by("nameKey")), Callers.current().isAnonymous()));
    }

    @Operation(
            summary = "Get a tag",
            description = "One tag by id. A tag without a published article is 404 to the public.")
    @ApiAccess(optionalSignIn = true)
    @ApiErrors(404)
    @GetMapping("/" + PathIds.ID)
    ResponseEntity<TagView> get(@PathVariable UUID id) {
        return responses.ok(tags.get(id, Callers.current().isAnonymous()));
    }

    @Operation(
            summary = "Get a tag by slug",
            description = "One tag by its slug, as used in URLs. A tag without a published article is 404 to the "
                    + "public.")
    @ApiAccess(optionalSignIn = true)
    @ApiErrors(404)
    @GetMapping("/slug/{slug}")
    ResponseEntity<TagView> getBySlug(@PathVariable String slug) {
        return responses.ok(tags.getBySlug(slug, Callers.current().isAnonymous()));
    }

    @Operation(
            summary = "Create a tag",
            description = "Names are unique ignoring case (409 on a clash). "
                    + "Without `slug`, one is derived from the name.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 409, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TagView> create(@Valid @RequestBody TagRequest request) {
        TagView tag = tags.create(request);
        return responses.created(tag.id(), tag);
    }

    @Operation(
            summary = "Replace a tag",
            description = "Replaces name, slug and description. An absent `slug` "
                    + "keeps the current one, so links do not break.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404, 409, 412, 415})
    @PutMapping(path = "/" + PathIds.ID, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TagView> replace(@PathVariable UUID id, @Valid @RequestBody TagRequest request, IfMatch ifMatch) {
        return responses.ok(tags.replace(id, request, ifMatch.and(request.version())));
    }

    @Operation(
            summary = "Change a tag",
            description = "JSON Merge Patch (RFC 7396): send only what changes; `null` removes an optional field. "
                    + "A renamed tag keeps its slug (links to it keep working); send `slug` as well to change it.")
    @ApiAccess("EDITOR")
    @ApiErrors({400, 404, 409, 412, 415})
    @MergePatchMapping("/" + PathIds.ID)
    ResponseEntity<TagView> patch(
            @PathVariable UUID id,
            @MergePatch(schema = "TagPatch", example = "{\"name\": \"Artificial intelligence\", \"version\": 0}")
                    @RequestBody
                    JsonNode patch,
            IfMatch ifMatch) {
        return responses.ok(tags.patch(id, patch, ifMatch.forPatch(patch)));
    }

    @Operation(summary = "Delete a tag", description = "Deletes the tag; articles filed under it lose it.")
    @ApiAccess("EDITOR")
    @ApiErrors({404, 412})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteResourceMapping("/" + PathIds.ID)
    ResponseEntity<Void> delete(@PathVariable UUID id, IfMatch ifMatch) {
        tags.delete(id, ifMatch.alone());
        return ResponseEntity.noContent().build();
    }
}
