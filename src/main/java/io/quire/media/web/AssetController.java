package io.quire.media.web;

import io.quire.core.domain.InvalidInput;
import io.quire.core.domain.Precondition;
import io.quire.core.security.Callers;
import io.quire.core.web.ApiAccess;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.SortSpec;
import io.quire.media.AssetFilter;
import io.quire.media.AssetManagement;
import io.quire.media.AssetPatch;
import io.quire.media.AssetText;
import io.quire.media.AssetUploads;
import io.quire.media.AssetView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/assets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = MediaApiDocs.TAG)
class AssetController {

    private static final SortSpec SORT = SortSpec.of("id", "createdAt", "createdAt", "filename", "filename");
    private static final String IF_MATCH_DOC = "The ETag you read; a stale one answers 412 and changes nothing.";

    private final AssetManagement assets;
    private final AssetUploads uploads;
    private final HttpResponses responses;

    AssetController(AssetManagement assets, AssetUploads uploads, HttpResponses responses) {
        this.assets = assets;
        this.uploads = uploads;
        this.responses = responses;
    }

    @Operation(
            summary = "List assets",
            description = "The media library, newest first: an author sees the images they uploaded, an editor "
                    + "all. `q` finds text in the filename, alt text, caption or credit (ignoring case); "
                    + "`contentType` keeps one type. Sortable by `createdAt` and `filename`.")
    @ApiAccess(value = "AUTHOR", errors = 400)
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
                                            schema = @Schema(implementation = AssetUploadForm.class))))
    @ApiAccess(
            value = "AUTHOR",
            errors = {400, 413, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AssetView> upload(
            @Parameter(hidden = true) @RequestPart(required = false) MultipartFile file,
            @Parameter(hidden = true) @RequestParam(required = false) String alt,
            @Parameter(hidden = true) @RequestParam(required = false) String caption,
            @Parameter(hidden = true) @RequestParam(required = false) String credit)
            throws IOException {
        if (file == null) {
            throw new InvalidInput("file", "is required: send the image as the form part 'file'");
        }
        AssetView asset = uploads.upload(new PartUpload(file), new AssetText(alt, caption, credit), Callers.current());
        URI location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(asset.id());
        return responses.created(location, asset);
    }

    @Operation(summary = "Get an asset", description = "One image of the media library with its file URLs.")
    @ApiAccess(value = "AUTHOR", errors = 404)
    @GetMapping("/{id}")
    ResponseEntity<AssetView> get(@PathVariable UUID id) {
        return responses.ok(assets.get(id, Callers.current()));
    }

    @Operation(
            summary = "Describe an asset",
            description = "JSON Merge Patch (RFC 7396) of `alt`, `caption`, `credit` and `focalPoint`; `null` "
                    + "clears one. The uploader or an editor. The file itself never changes: upload a new one.")
    @ApiAccess(
            value = "AUTHOR",
            errors = {400, 404, 412, 415})
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<AssetView> patch(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = AssetPatch.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"alt\": \"Tram at dusk\", \"focalPoint\": {\"x\": 0.62, \"y\": 0.35}}")))
                    @RequestBody
                    JsonNode patch,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        return responses.ok(assets.patch(id, patch, Precondition.forPatch(ifMatch, patch), Callers.current()));
    }

    @Operation(
            summary = "Delete an asset",
            description = "Deletes the asset; its files go when no other asset shares them. While anything "
                    + "uses it, 409 naming those in `usedBy`.")
    @ApiAccess(
            value = "EDITOR",
            errors = {404, 409, 412})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping(
            path = "/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        assets.delete(id, Precondition.of(ifMatch, null), Callers.current());
        return ResponseEntity.noContent().build();
    }

    /** A multipart file part as an upload: Tomcat has spooled it to disk, it is read as a stream. */
    private record PartUpload(MultipartFile part) implements io.quire.media.Upload {

        @Override
        public String filename() {
            return part.getOriginalFilename();
        }

        @Override
        public InputStream open() throws IOException {
            return part.getInputStream();
        }
    }
}
