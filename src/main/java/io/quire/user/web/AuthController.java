package io.quire.user.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.domain.InvalidInput;
import io.quire.user.SignIn;
import io.quire.user.TokenView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "Access tokens.")
@ApiSection(position = 6, order = "token")
class AuthController {

    private final SignIn signIn;

    AuthController(SignIn signIn) {
        this.signIn = signIn;
    }

    @Operation(
            summary = "Get an access token",
            description = "OAuth 2.0 password grant (RFC 6749 section 4.3), form-encoded. Send the returned "
                    + "`access_token` as `Authorization: Bearer <token>`. Swagger UI's Authorize dialog does this "
                    + "for you. Wrong credentials answer 401 whether or not the user exists; repeated failures "
                    + "from one client answer 429 with `Retry-After`.")
    @ApiAccess
    @ApiErrors({400, 401, 415, 429})
    @PostMapping(
            path = "/token",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    TokenView token(
            @Parameter(description = "Must be `password`.", example = "password") @RequestParam("grant_type")
                    String grantType,
            @Parameter(example = "admin") @RequestParam String username,
            @Parameter(example = "change-me-now") @RequestParam String password,
            HttpServletRequest request) {
        if (!"password".equals(grantType)) {
            throw new InvalidInput("grant_type", "must be 'password'");
        }
        return signIn.token(username, password, request.getRemoteAddr());
    }
}
