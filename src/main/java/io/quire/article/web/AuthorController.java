package io.quire.article.web;

import io.quire.article.AuthorPageView;
import io.quire.article.AuthorPages;
import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.web.HttpResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/authors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authors", description = "Author pages: who wrote what a site publishes.")
@ApiSection(position = 11, order = "get")
class AuthorController {

    private final AuthorPages authors;
    private final HttpResponses responses;

    AuthorController(AuthorPages authors, HttpResponses responses) {
        this.authors = authors;
        this.responses = responses;
    }

    @Operation(
            summary = "Get an author",
            description =
                    "What an author page shows: the display name, the bio, the avatar and how many articles the author "
                            + "has published (list them with `GET /api/v1/articles?author={username}`). Only users with "
                            + "published work are authors: anyone else, and a username nobody has, is 404. Never an e-mail "
                            + "address or a role.")
    @ApiAccess(optionalSignIn = true)
    @ApiErrors(404)
    @GetMapping("/{username}")
    ResponseEntity<AuthorPageView> get(@Parameter(example = "ada") @PathVariable String username) {
        return responses.ok(authors.get(username));
    }
}
