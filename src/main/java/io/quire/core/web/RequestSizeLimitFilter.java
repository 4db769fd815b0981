package io.quire.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 (at once when
 * {@code Content-Length} says so, while reading when the body is chunked), and query strings
 * over {@value #MAX_QUERY_LENGTH} characters with 414: no list needs more, and every page link
 * repeats the query.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final int MAX_QUERY_LENGTH = 2048;

    private final long defaultMaxBytes;
    private final List<RequestBodyLimit> limits;

    RequestSizeLimitFilter(long maxBytes, List<RequestBodyLimit> limits) {
        this.defaultMaxBytes = maxBytes;
        this.limits = List.copyOf(limits);
    }

    /** The limit of the request's path: one a module declared for it, else {@code cms.http.max-body-size}. */
    private long maxBytesOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        return limits.stream()
                .filter(limit -> limit.applies(path))
                .mapToLong(limit -> limit.maxSize().toBytes())
                .findFirst()
                .orElse(defaultMaxBytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            write(
                    request,
                    response,
                    HttpStatus.URI_TOO_LONG,
                    "uri-too-long",
                    "The query string is longer than the " + MAX_QUERY_LENGTH + " characters this server accepts.");
            return;
        }
        long maxBytes = maxBytesOf(request);
        if (request.getContentLengthLong() > maxBytes) {
            // The container swallows the unread body (server.tomcat.max-swallow-size) so the client reads this answer.
            write413(request, response, maxBytes);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, maxBytes), response);
        } catch (BodyTooLarge e) {
            if (!response.isCommitted()) {
                response.resetBuffer();
                write413(request, response, maxBytes);
            }
        } catch (ServletException | RuntimeException e) {
            if (causedBy(e) && !response.isCommitted()) {
                response.resetBuffer();
                write413(request, response, maxBytes);
            } else {
                throw e;
            }
        }
    }

    private static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static void write413(HttpServletRequest request, HttpServletResponse response, long maxBytes)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "The request body is larger than the " + maxBytes + " bytes this server accepts.");
    }

    private static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        Problems.write(response, Problems.of(status, type, detail, request.getRequestURI()));
    }

    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
