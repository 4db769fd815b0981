package io.quire.media.web;

import io.quire.core.web.Problems;
import io.quire.media.internal.ContentTypes;
import io.quire.media.internal.MediaStorage;
import io.quire.media.internal.StorageKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the public files, {@code /media/<key>/<name>}, before the security chain does any work: they need no
 * credentials, and a file's URL is its only secret (a random key, never shown for an asset the caller cannot
 * see). A file never changes under its URL, so it is cacheable for a year; the ETag is the URL's own. Files on
 * the local disk are sent by the server without passing through the heap (sendfile) where it can.
 */
final class MediaFileServer extends OncePerRequestFilter {

    static final String PREFIX = "/media/";
    private static final String SENDFILE = "org.apache.tomcat.sendfile.";

    private final MediaStorage storage;
    private final JsonMapper json;

    MediaFileServer(MediaStorage storage, JsonMapper json) {
        this.storage = storage;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
            problem(request, response, HttpStatus.METHOD_NOT_ALLOWED, "Files are read with GET or HEAD.");
            return;
        }
        String[] parts = path(request).substring(PREFIX.length()).split("/", -1);
        if (parts.length != 2 || !StorageKeys.isValid(parts[0]) || !StorageKeys.isFileName(parts[1])) {
            problem(request, response, HttpStatus.NOT_FOUND, "There is no file at this address.");
            return;
        }
        Optional<MediaStorage.StoredFile> found = storage.open(parts[0], parts[1]);
        if (found.isEmpty()) {
            problem(request, response, HttpStatus.NOT_FOUND, "There is no file at this address.");
            return;
        }
        try (MediaStorage.StoredFile file = found.get()) {
            String etag = "\"" + parts[0] + "-" + parts[1] + "\"";
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
            if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(ContentTypes.of(parts[1]));
            response.setContentLengthLong(file.size());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            if (method.equals("HEAD")) {
                return;
            }
            Optional<Path> local = file.localPath();
            if (local.isPresent() && Boolean.TRUE.equals(request.getAttribute(SENDFILE + "support"))) {
                request.setAttribute(SENDFILE + "filename", local.get().toString());
                request.setAttribute(SENDFILE + "start", 0L);
                request.setAttribute(SENDFILE + "end", file.size());
                return;
            }
            try (InputStream in = file.stream()) {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    /** Strong comparison (RFC 9110): any listed tag equal to ours, or {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::trim)
                        .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        json.writeValue(
                response.getOutputStream(), Problems.asMap(Problems.of(status, null, detail, request.getRequestURI())));
    }
}
