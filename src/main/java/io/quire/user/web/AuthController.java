package io.quire.user.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.domain.InvalidInput;
import io.quire.core.web.ClientAddresses;
import io.quire.core.web.RateLimitedOperation;
import io.quire.user.SignIn;
import io.quire.user.TokenView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "Access tokens.")
@ApiSection(position = 6, order = "token revoke")
class AuthController {

    private final SignIn signIn;
    private final ClientAddresses clients;

    AuthController(SignIn signIn, ClientAddresses clients) {
        this.signIn = signIn;
        this.clients = clients;
    }

    @Operation(
            summary = "Get an access token",
            description = "OAuth 2.0, form-encoded. `grant_type=password` with `username` and `password` signs in "
                    + "(RFC 6749 section 4.3); `grant_type=refresh_token` with `refresh_token` renews (section 6). "
                    + "Both answer a new `access_token`, sent as `Authorization: Bearer <token>`, and a new "
                    + "`refresh_token`: each refresh token works once, and presenting a used one again ends the whole "
                    + "sign-in. Swagger UI's Authorize dialog signs in for you. Wrong credentials answer 400 with the "
                    + "OAuth error `invalid_grant` and `error_description` \"Wrong username or password.\" "
                    + "(RFC 6749 section 5.2), whether or not the user exists; a refresh token that is unknown, "
                    + "expired, revoked or used before answers 400 with `error: invalid_grant` too; repeated failures "
                    + "from one client answer 429 with `Retry-After`. Every answer says how many failures are left "
                    + "(`RateLimit-Policy`, `RateLimit`).")
    @RateLimitedOperation(SignIn.POLICY)
    @ApiAccess
    @ApiErrors({400, 415, 429})
    @PostMapping(
            path = "/token",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    TokenView token(
            @Parameter(description = "`password` or `refresh_token`.", example = "password") @RequestParam("grant_type")
                    String grantType,
            @Parameter(description = "With `grant_type=password`.", example = "admin") @RequestParam(required = false)
                    String username,
            @Parameter(description = "With `grant_type=password`.", example = "change-me-now")
                    @RequestParam(required = false)
                    String password,
            @Parameter(description = "With `grant_type=refresh_token`: the `refresh_token` of the last answer.")
                    @RequestParam(name = "refresh_token", required = false)
                    String refreshToken,
            HttpServletRequest request) {
        String client = clients.of(request);
        return switch (grantType) {
            case "password" -> signIn.token(required("username", username), required("password", password), client);
            case "refresh_token" -> signIn.refresh(required("refresh_token", refreshToken), client);
            default -> throw new InvalidInput("grant_type", "must be 'password' or 'refresh_token'");
        };
    }

    @Operation(
            summary = "Revoke a refresh token",
            description = "OAuth 2.0 token revocation (RFC 7009), form-encoded: ends the sign-in the refresh token "
                    + "belongs to, every refresh token of it included; its access tokens expire as usual. Answers 200 "
                    + "for any token, known or not, so it never tells whether a token existed.")
    @ApiAccess
    @ApiErrors({400, 415})
    @ApiResponse(responseCode = "200", description = "Revoked, or there was nothing to revoke.")
    @PostMapping(path = "/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @ResponseStatus(HttpStatus.OK)
    void revoke(
            @Parameter(description = "The refresh token to revoke.") @RequestParam String token,
            @Parameter(description = "`refresh_token` (optional; other hints are ignored).")
                    @RequestParam(name = "token_type_hint", required = false)
                    String tokenTypeHint) {
        signIn.revoke(token);
    }

    private static String required(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInput(field, "is required for this grant_type");
        }
        return value;
    }
}
