package io.quire.transfer.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.security.Callers;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.PathIds;
import io.quire.transfer.ImportManagement;
import io.quire.transfer.ImportView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Transfer",
        description = "Imports (WordPress, Quire), the full export, and where the links of an imported site went "
                + "(see docs/import.md and docs/operations.md).")
@ApiSection(position = 8, order = "start get")
class ImportController {

    private final ImportManagement imports;
    private final HttpResponses responses;

    ImportController(ImportManagement imports, HttpResponses responses) {
        this.imports = imports;
        this.responses = responses;
    }

    @Operation(
            summary = "Start an import",
            description = "Imports a WordPress export (`format=wordpress`: the WXR file of WordPress's Tools → "
                    + "Export) or a Quire export (`format=quire`: what `GET /api/v1/exports` wrote). Answers 202 "
                    + "at once with the import, whose `Location` tells how it goes. Importing the same file again "
                    + "changes nothing; an item that cannot be imported is reported in `problems` and skipped. A file "
                    + "that is not of the format, or that declares a document type (DTD), is 400; a file over "
                    + "`cms.transfer.max-upload-size` is 413; an import while another runs is 409. See docs/import.md.",
            responses =
                    @ApiResponse(
                            responseCode = "202",
                            description = "The import started.",
                            headers = @Header(name = "Location", description = "The import, to follow its progress."),
                            content = @Content(schema = @Schema(implementation = ImportView.class))))
    @ApiAccess("ADMIN")
    @ApiErrors({400, 409, 413, 415})
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> start(
            @Parameter(description = "The export file.") @RequestPart(name = "file", required = false)
                    MultipartFile file,
            @Parameter(
                            description = "`wordpress` or `quire`.",
                            schema = @Schema(allowableValues = {"wordpress", "quire"}))
                    @RequestParam(name = "format", required = false)
                    String format,
            @Parameter(description = "Check and count only; write nothing.")
                    @RequestParam(name = "dryRun", defaultValue = "false")
                    boolean dryRun) {
        ImportView started = imports.start(file == null ? null : new Upload(file), format, dryRun, Callers.current());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(started.id())
                .toUri();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(location)
                .eTag(responses.etagOf(started))
                .body(started);
    }

    @Operation(
            summary = "Get an import",
            description = "How an import goes: `status` (`RUNNING`, `DONE`, `FAILED`), `progress` through the "
                    + "file, `counts` of what it wrote, skipped and could not import, and the `problems` it met, "
                    + "each naming the item and where it was in the file.")
    @ApiAccess("ADMIN")
    @ApiErrors(404)
    @GetMapping("/" + PathIds.ID)
    ResponseEntity<ImportView> get(@PathVariable UUID id) {
        return responses.ok(imports.get(id));
    }

    private record Upload(MultipartFile file) implements ImportManagement.Upload {

        @Override
        public String name() {
            return file.getOriginalFilename();
        }

        @Override
        public long size() {
            return file.getSize();
        }

        @Override
        public InputStream open() throws IOException {
            return file.getInputStream();
        }
    }
}
