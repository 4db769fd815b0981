package io.quire.core.web;

import io.quire.core.security.RateLimiter;
import io.quire.core.security.RateLimiters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.server.PathContainer;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Announces the client's rate limit on every answer of a {@link RateLimitedOperation}, before anything else can
 * answer: a body that fails validation, a refused content type (415) or credentials the security chain refuses
 * (401), a body over the size limit (413) carry the headers too, and the limit updates them when it counts. Runs
 * before every other filter that may answer.
 */
final class RateLimitAnnouncer extends OncePerRequestFilter {

    /** A limited operation: its methods, its paths and its limit's name. */
    private record Limited(Set<RequestMethod> methods, Set<PathPattern> paths, String policy) {

        boolean matches(String method, PathContainer path) {
            return methods.stream().anyMatch(m -> m.name().equals(method))
                    && paths.stream().anyMatch(p -> p.matches(path));
        }
    }

    private final RateLimiters limiters;
    private final ClientAddresses clients;
    private final Supplier<List<Limited>> operations;

    RateLimitAnnouncer(RateLimiters limiters, ClientAddresses clients, Supplier<RequestMappingHandlerMapping> mapping) {
        this.limiters = limiters;
        this.clients = clients;
        this.operations = SingletonSupplier.of(() -> limitedOperations(mapping.get()));
    }

    private static List<Limited> limitedOperations(RequestMappingHandlerMapping mapping) {
        List<Limited> limited = new ArrayList<>();
        mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            RateLimitedOperation annotation = method.getMethodAnnotation(RateLimitedOperation.class);
            if (annotation != null && info.getPathPatternsCondition() != null) {
                limited.add(new Limited(
                        info.getMethodsCondition().getMethods(),
                        info.getPathPatternsCondition().getPatterns(),
                        annotation.value()));
            }
        });
        return List.copyOf(limited);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        policyOf(request)
                .flatMap(limiters::named)
                .ifPresent((RateLimiter limit) -> limit.announce(clients.of(request), response));
        chain.doFilter(request, response);
    }

    private Optional<String> policyOf(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            // Every limited operation writes.
            return Optional.empty();
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return operations.get().stream()
                .filter(operation -> operation.matches(request.getMethod(), path))
                .map(Limited::policy)
                .findFirst();
    }
}
