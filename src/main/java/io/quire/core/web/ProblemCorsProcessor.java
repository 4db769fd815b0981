package io.quire.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with a refusal (an origin, method or header not allowed) answered as a 403 problem
 * instead of the plain text {@code Invalid CORS request}.
 */
public class ProblemCorsProcessor extends DefaultCorsProcessor {

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean allowed = super.processRequest(config, request, response);
        if (!allowed) {
            Problems.write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            "cors-refused",
                            "This origin may not call the API from a browser, or not with this method or these "
                                    + "headers. The origins allowed are set by an administrator "
                                    + "(cms.http.cors-allowed-origins).",
                            request.getRequestURI()));
        }
        return allowed;
    }

    /** The refusal is written by {@link #processRequest}, which knows the request. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {}
}
