package io.quire.core.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quire.core.CacheSettings;
import io.quire.core.domain.ContentChanged;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whole anonymous answers kept as the bytes that went out, and sent again without entering the
 * security chain, the controller or the JSON writer: the in-process equivalent of a CDN in front
 * of the public read path.
 *
 * <p>Only answers a handler {@linkplain #share() marks as shared} are kept, and only for GET
 * requests without credentials. The key holds everything such an answer depends on: the URL as
 * the application sees it (scheme, host and port after any forwarding headers were applied, path
 * and query), and the {@code Accept} and {@code Origin} headers. A matching
 * {@code If-None-Match} answers 304 from memory. A committed change ({@link ContentChanged}) empties the cache at once,
 * and an answer computed while an eviction happened is not kept, so a write through this instance
 * is never hidden by an older answer; changes made through other instances show within
 * {@code cms.cache.ttl}.
 */
@Component
public class SharedResponseCache extends OncePerRequestFilter {

    private static final String SHARED = SharedResponseCache.class.getName() + ".shared";
    private static final List<String> KEY_HEADERS = List.of(HttpHeaders.ACCEPT, HttpHeaders.ORIGIN);
    /** Headers the server writes for each answer itself. */
    private static final Set<String> NOT_KEPT = Set.of(
            "content-type", "content-length", "transfer-encoding", "date", "connection", "keep-alive", "set-cookie");

    private static final String PATH_PREFIX = "/api/";

    private record Header(String name, String value) {}

    /** An answer as sent, with the request mapping it came from (for request metrics). */
    private record Answer(
            int status, String contentType, List<Header> headers, String etag, byte[] body, String pathPattern) {

        int weight() {
            return 200 + body.length + headers.size() * 100;
        }
    }

    private final Cache<String, Answer> answers;
    private final long largestAnswer;
    private final AtomicLong generation = new AtomicLong();

    SharedResponseCache(CacheSettings settings) {
        this.largestAnswer = settings.maxBytes().toBytes() / 8;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes().toBytes())
                .weigher((String key, Answer answer) -> answer.weight())
                .expireAfterWrite(settings.ttl())
                .build();
    }

    /** Marks the answer to the current request as the same for every anonymous caller, so it may be kept. */
    public void share() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SHARED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Forgets every kept answer. */
    void evictAll() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !request.getRequestURI().startsWith(PATH_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = keyOf(request);
        Answer kept = answers.getIfPresent(key);
        if (kept != null) {
            send(kept, request, response);
            return;
        }
        long started = generation.get();
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
            keep(key, request, recorded, started);
        } finally {
            recorded.copyBodyToResponse();
        }
    }

    private void keep(String key, HttpServletRequest request, ContentCachingResponseWrapper response, long started) {
        int status = response.getStatus();
        if (request.getAttribute(SHARED) == null
                || (status != 200 && status != 301)
                || response.getContentSize() > largestAnswer) {
            return;
        }
        List<Header> headers = new ArrayList<>();
        // Names come once per header line; each name's values are taken together.
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
            }
        }
        Answer answer = new Answer(
                status,
                response.getContentType(),
                List.copyOf(headers),
                response.getHeader(HttpHeaders.ETAG),
                response.getContentAsByteArray(),
                ServerHttpObservationFilter.findObservationContext(request)
                        .map(ServerRequestObservationContext::getPathPattern)
                        .orElse(null));
        // A write may have happened while this answer was made: then it may show the old state.
        if (generation.get() == started) {
            answers.put(key, answer);
            if (generation.get() != started) {
                answers.invalidate(key);
            }
        }
    }

    private static void send(Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (answer.pathPattern() != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(observation -> observation.setPathPattern(answer.pathPattern()));
        }
        for (Header header : answer.headers()) {
            response.addHeader(header.name(), header.value());
        }
        if (answer.etag() != null && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** RFC 9110's weak comparison, as {@code If-None-Match} asks for. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String keyOf(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getScheme())
                .append("://")
                .append(request.getServerName())
                .append(':')
                .append(request.getServerPort())
                .append(request.getRequestURI());
        if (request.getQueryString() != null) {
            key.append('?').append(request.getQueryString());
        }
        for (String name : KEY_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                key.append('\n').append(name).append(':').append(value);
            }
        }
        return key.toString();
    }

    /**
     * Empties the cache once a change of any module has committed ({@link ContentChanged}). It runs after
     * the caches behind it are emptied, so an answer made meanwhile cannot be built from their old
     * state. A bean of its own: the filter itself is not proxied.
     */
    @Component
    static class Eviction {

        private final SharedResponseCache cache;

        Eviction(SharedResponseCache cache) {
            this.cache = cache;
        }

        @Order(Ordered.LOWEST_PRECEDENCE)
        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
        void on(ContentChanged change) {
            cache.evictAll();
        }
    }
}
