package io.quire.transfer.web;

import io.quire.core.web.ApiAccess;
import io.quire.core.web.InvalidInput;
import io.quire.core.web.NotFound;
import io.quire.transfer.Redirects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/redirects")
@Tag(name = "Transfer")
class RedirectController {

    private final Redirects redirects;

    RedirectController(Redirects redirects) {
        this.redirects = redirects;
    }

    @Operation(
            summary = "Where an old link went",
            description = "For a path (or URL) of the site an article was imported from — `/2013/01/10/some-post/`, "
                    + "`/?p=123` — answers 301 with `Location` set to the published article by its current slug "
                    + "(`/api/v1/articles/slug/{slug}`), and 404 when no published article came from there. Scheme, "
                    + "host, case and a missing trailing slash do not matter.",
            responses =
                    @ApiResponse(
                            responseCode = "301",
                            description = "The article that came from this path.",
                            headers = @Header(name = "Location", description = "The article by its current slug.")))
    @ApiAccess(errors = {400, 404})
    @GetMapping
    ResponseEntity<Void> find(
            @Parameter(description = "The old path or URL.", example = "/2013/01/10/some-post/")
                    @RequestParam(name = "path", required = false)
                    String path) {
        if (path == null || path.isBlank() || path.length() > 2000) {
            throw new InvalidInput("path", "must be the old path or URL (at most 2,000 characters)");
        }
        String slug =
                redirects.slugFor(path).orElseThrow(() -> new NotFound("Redirect for", "'" + abbreviate(path) + "'"));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/articles/slug/{slug}")
                .buildAndExpand(slug)
                .toUri();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(location)
                .build();
    }

    private static String abbreviate(String path) {
        return path.length() > 60 ? path.substring(0, 60) + "…" : path;
    }
}
