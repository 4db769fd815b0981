package io.quire.transfer.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.domain.InvalidInput;
import io.quire.core.domain.NotFound;
import io.quire.core.web.HttpResponses;
import io.quire.transfer.Redirects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/redirects", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Transfer")
class RedirectController {

    private final Redirects redirects;
    private final HttpResponses responses;

    RedirectController(Redirects redirects, HttpResponses responses) {
        this.redirects = redirects;
        this.responses = responses;
    }

    @Operation(
            summary = "Where an old link went",
            description = "For a path (or URL) of the site an article was imported from — `/2013/01/10/some-post/`, "
                    + "`/?p=123` — names the published article that came from there by its current slug, and "
                    + "`location`, its address in this API: a frontend that finds no page for a path asks here and "
                    + "redirects its reader (301) to the article's page. 404 when no published article came from "
                    + "there. Scheme, host, case and a missing trailing slash do not matter.")
    @ApiAccess
    @ApiErrors({400, 404})
    @GetMapping
    ResponseEntity<Redirects.Redirect> find(
            @Parameter(description = "The old path or URL.", example = "/2013/01/10/some-post/")
                    @RequestParam(name = "path", required = false)
                    String path) {
        if (path == null || path.isBlank() || path.length() > 2000) {
            throw new InvalidInput("path", "must be the old path or URL (at most 2,000 characters)");
        }
        return responses.ok(
                redirects.find(path).orElseThrow(() -> new NotFound("Redirect for", "'" + abbreviate(path) + "'")));
    }

    private static String abbreviate(String path) {
        return path.length() > 60 ? path.substring(0, 60) + "…" : path;
    }
}
