package io.quire.transfer.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.domain.NotPermitted;
import io.quire.core.security.Callers;
import io.quire.core.security.Role;
import io.quire.transfer.quire.QuireExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping(path = "/api/v1/exports")
@Tag(name = "Transfer")
class ExportController {

    static final String NDJSON = "application/x-ndjson";

    private final QuireExport export;

    ExportController(QuireExport export) {
        this.export = export;
    }

    @Operation(
            summary = "Export everything",
            description = "Everything as NDJSON, streamed, one record a line (`{\"type\": …, \"data\": …}`): a "
                    + "header, users (never a password or its hash), tags, articles with their revisions and former "
                    + "slugs, comments with their moderation logs, and an `end` line with the counts. Importing it "
                    + "(`format=quire`) into an empty Quire gives the same public answers. See docs/operations.md.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The export.",
                            content = @Content(mediaType = NDJSON, schema = @Schema(type = "string"))))
    @ApiAccess("ADMIN")
    @GetMapping(produces = NDJSON)
    ResponseEntity<StreamingResponseBody> export() {
        if (!Callers.current().has(Role.ADMIN)) {
            throw new NotPermitted("Exports need the ADMIN role: sign in as an admin.");
        }
        String name = "quire-export-" + LocalDate.now(ZoneOffset.UTC) + ".ndjson";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(NDJSON))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export::write);
    }
}
