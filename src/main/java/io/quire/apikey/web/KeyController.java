package io.quire.apikey.web;

import io.quire.apikey.ApiKeyManagement;
import io.quire.apikey.ApiKeyRequest;
import io.quire.apikey.ApiKeyView;
import io.quire.apikey.CreatedApiKeyView;
import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.web.DeleteResourceMapping;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.PathIds;
import io.quire.core.web.SortSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "API keys",
        description = "Credentials for sites, sent as `Authorization: Bearer <key>`: a `content` key reads what the "
                + "public reads, a `preview` key also drafts, articles in review and scheduled ones. Keys never write.")
@ApiSection(position = 10, order = "list create revoke")
class KeyController {

    private static final SortSpec SORT = SortSpec.of("id", "createdAt", "createdAt", "name", "name");

    private final ApiKeyManagement keys;
    private final HttpResponses responses;

    KeyController(ApiKeyManagement keys, HttpResponses responses) {
        this.keys = keys;
        this.responses = responses;
    }

    @Operation(
            summary = "List API keys",
            description = "Every key, without the key itself, with when it was last used (to the minute). "
                    + "Sortable by `createdAt` and `name` (default `createdAt,asc`).")
    @ApiAccess("ADMIN")
    @ApiErrors(400)
    @GetMapping
    ResponseEntity<PageResponse<ApiKeyView>> list(@ParameterObject PageParams paging) {
        return responses.page(keys.list(SORT.pageable(paging, Sort.by("createdAt"))));
    }

    @Operation(
            summary = "Create an API key",
            description = "Issues a key of the `scope` asked for. The key is in this answer only (it is stored as a "
                    + "hash): store it now, on the server side of the site for a `preview` key.")
    @ApiResponse(
            responseCode = "201",
            description = "Created. The key is in this answer only.",
            useReturnTypeSchema = true)
    @ApiAccess("ADMIN")
    @ApiErrors({400, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    CreatedApiKeyView create(@Valid @RequestBody ApiKeyRequest request) {
        return keys.create(request);
    }

    @Operation(
            summary = "Revoke an API key",
            description = "Deletes the key: every later request with it is answered 401.")
    @ApiAccess("ADMIN")
    @ApiErrors(404)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteResourceMapping("/" + PathIds.ID)
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        keys.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
