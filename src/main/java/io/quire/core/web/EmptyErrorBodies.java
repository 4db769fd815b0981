package io.quire.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Endpoints outside Spring MVC's handlers (Actuator's) answer some failures with a status and no body, such as
 * the 404 of an unknown health group: such an answer becomes the problem every other failure is.
 */
class EmptyErrorBodies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 400 && wrapper.getContentSize() == 0 && !response.isCommitted()) {
            Problems.write(response, Problems.ofStatus(wrapper.getStatus(), request.getRequestURI()));
        } else {
            wrapper.copyBodyToResponse();
        }
    }
}
