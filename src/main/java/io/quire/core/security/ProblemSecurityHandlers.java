package io.quire.core.security;

import io.quire.core.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The 401 and 403 of the security layer, as problems with the standard {@code WWW-Authenticate} header (RFC 6750).
 * The header names the error code only: the token library's own words (which check failed, when a token expired)
 * would tell a forger how far they got.
 */
public final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String SIGN_IN_FIRST =
            "Sign in first: in Swagger UI, press Authorize and enter your username and password "
                    + "(programs send 'Authorization: Bearer <token>' from POST /api/v1/auth/token).";
    public static final String ROLE_DENIED =
            "Your role does not allow this operation; ask an editor or an administrator to do it.";
    public static final String KEY_DENIED = "An API key only reads content; this operation needs a signed-in "
            + "user's token from POST /api/v1/auth/token.";

    static final String NO_TOKEN = "Bearer";
    static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";
    static final String INSUFFICIENT_SCOPE = "Bearer error=\"insufficient_scope\"";

    ProblemSecurityHandlers() {}

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? INVALID_TOKEN : NO_TOKEN);
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                tokenSent
                        ? "Your sign-in or API key is missing, expired or no longer valid: press Authorize, sign out, "
                                + "and sign in again (programs: sign in again, or use a current key)."
                        : SIGN_IN_FIRST);
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, INSUFFICIENT_SCOPE);
        write(request, response, HttpStatus.FORBIDDEN, Callers.current().isKey() ? KEY_DENIED : ROLE_DENIED);
    }

    private static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        String type = status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "forbidden";
        Problems.write(response, Problems.of(status, type, detail, request.getRequestURI()));
    }
}
