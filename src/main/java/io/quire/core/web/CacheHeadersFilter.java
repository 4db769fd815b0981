package io.quire.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caching rules for every answer: anonymous reads may be kept by shared caches (CDNs) for the
 * configured max-age; anything that depends on credentials is {@code private}; writes are
 * never stored. Error answers override this with {@code no-store}.
 */
public class CacheHeadersFilter extends OncePerRequestFilter {

    private final long publicMaxAgeSeconds;

    public CacheHeadersFilter(HttpProperties properties) {
        this.publicMaxAgeSeconds = properties.publicMaxAge().toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
            // Health and metrics describe this instance now: no cache may keep them.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if ("GET".equals(method) || "HEAD".equals(method)) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
            response.setHeader(
                    HttpHeaders.CACHE_CONTROL,
                    anonymous ? "public, max-age=" + publicMaxAgeSeconds : "private, no-cache");
            response.addHeader(HttpHeaders.VARY, "Authorization");
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        chain.doFilter(request, response);
    }
}
