package io.quire.media.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.security.Callers;
import io.quire.core.web.DeleteResourceMapping;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.MergePatchMapping;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.SortSpec;
import io.quire.media.AssetFilter;
import io.quire.media.AssetManagement;
import io.quire.media.AssetPatchRequest;
import io.quire.media.AssetUploads;
import io.quire.media.AssetView;
import io.quire.media.MediaDirectories;
import io.quire.media.MediaProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Path;
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
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/assets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Media",
        description = "The image library: uploads, their text and renditions. Files are served from the URLs in "
                + "each asset, publicly and cached for a year.")
@ApiSection(position = 9, order = "list upload get patch delete")
class AssetController {

    private static final SortSpec SORT = SortSpec.of("id", "createdAt", "createdAt", "filename", "filename");

    private final AssetManagement assets;
    private final AssetUploads uploads;
    private final HttpResponses responses;
    private final long maxFileSize;
    private final Path workDir;

    AssetController(
            AssetManagement assets,
            AssetUploads uploads,
            HttpResponses responses,
            MediaProperties properties,
            MediaDirectories directories) {
        this.assets = assets;
        this.uploads = uploads;
        this.responses = responses;
        this.maxFileSize = properties.maxFileSize().toBytes();
        this.workDir = directories.work();
    }

    @Operation(
            summary = "List assets",
            description = "The media library, newest first: an author sees the images they uploaded, an editor "
                    + "all. `q` finds text in the filename, alt text, caption or credit (ignoring case); "
                    + "`contentType` keeps one type. Sortable by `createdAt` and `filename`.")
    @ApiAccess("AUTHOR")
    @ApiErrors(400)
    @GetMapping
    ResponseEntity<PageResponse<AssetView>> list(
            @ParameterObject PageParams paging,
            @Parameter(description = "Text to find in filename, alt text, caption or credit.", example = "tram")
                    @RequestParam(required = false)
                    String q,
            @Parameter(
                            description = "Only assets of this type.",
                            schema = @Schema(allowableValues = {"image/jpeg", "image/png", "image/gif", "image/webp"}))
                    @RequestParam(required = false)
                    String contentType) {
        var filter = new AssetFilter(q, contentType);
        var page = assets.list(
                filter, SORT.pageable(paging, Sort.by(Sort.Direction.DESC, "createdAt")), Callers.current());
        return responses.page(page, page.getContent());
    }

    @Operation(
            summary = "Upload an image",
            description = "A `multipart/form-data` form: `file` (JPEG, PNG, GIF or WebP, judged by its bytes; at "
                    + "most `cms.media.max-file-size`, 20 MB by default) and optionally `alt`, `caption` and "
                    + "`credit`. The image is re-encoded without its metadata (location, camera serials), turned "
                    + "as the camera was held, and scaled to renditions for `srcset`. The same file uploaded "
                    + "twice is stored once. SVG is refused (it can carry script), so are other types (415), "
                    + "a name that disagrees with the bytes (415), an empty, damaged or truncated file and an "
                    + "image declaring more than `cms.media.max-pixels` (400), and a larger file (413).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = AssetUploadRequest.class))))
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 413, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AssetView> upload(@Parameter(hidden = true) HttpServletRequest request) throws IOException {
        try (UploadForm upload = UploadForm.read(request, workDir, maxFileSize)) {
            AssetView asset = uploads.upload(upload.file(), upload.text(), Callers.current());
            return responses.created(asset.id(), asset);
        }
    }

    @Operation(summary = "Get an asset", description = "One image of the media library with its file URLs.")
    @ApiAccess("AUTHOR")
    @ApiErrors(404)
    @GetMapping("/{id}")
    ResponseEntity<AssetView> get(@PathVariable UUID id) {
        return responses.ok(assets.get(id, Callers.current()));
    }

    @Operation(
            summary = "Describe an asset",
            description = "JSON Merge Patch (RFC 7396) of `alt`, `caption`, `credit` and `focalPoint`; `null` "
                    + "clears one. The uploader or an editor. The file itself never changes: upload a new one.")
    @ApiAccess("AUTHOR")
    @ApiErrors({400, 404, 412, 415})
    @MergePatchMapping("/{id}")
    ResponseEntity<AssetView> patch(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = AssetPatchRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"alt\": \"Tram at dusk\", \"focalPoint\": {\"x\": 0.62, \"y\": 0.35}}")))
                    @RequestBody
                    JsonNode patch,
            IfMatch ifMatch) {
        return responses.ok(assets.patch(id, patch, ifMatch.forPatch(patch), Callers.current()));
    }

    @Operation(
            summary = "Delete an asset",
            description = "Deletes the asset; its files go when no other asset shares them. While anything "
                    + "uses it, 409 naming those in `usedBy`.")
    @ApiAccess("EDITOR")
    @ApiErrors({404, 409, 412})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteResourceMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, IfMatch ifMatch) {
        assets.delete(id, ifMatch.alone(), Callers.current());
        return ResponseEntity.noContent().build();
    }
}
