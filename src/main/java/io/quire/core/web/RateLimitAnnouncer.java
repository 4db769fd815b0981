package io.quire.core.web;

import io.quire.core.security.RateLimiters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Announces the client's rate limit before a {@link RateLimitedOperation} runs, so answers that never reach the
 * limit itself (a body that fails validation) carry the headers too; the limit updates them when it counts.
 */
final class RateLimitAnnouncer implements HandlerInterceptor {

    private final RateLimiters limiters;
    private final ClientAddresses clients;

    RateLimitAnnouncer(RateLimiters limiters, ClientAddresses clients) {
        this.limiters = limiters;
        this.clients = clients;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            RateLimitedOperation limited = method.getMethodAnnotation(RateLimitedOperation.class);
            if (limited != null) {
                limiters.named(limited.value()).ifPresent(limit -> limit.announce(clients.of(request)));
            }
        }
        return true;
    }
}
