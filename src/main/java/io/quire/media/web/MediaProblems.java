package io.quire.media.web;

import io.quire.core.web.ProblemException;
import io.quire.core.web.Problems;
import io.quire.media.AssetInUse;
import io.quire.media.FileTooLarge;
import io.quire.media.MediaProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The problems only the asset endpoints answer: an upload over the size limit (413, found while the body is
 * read), a multipart body that cannot be read (400), and an asset in use (409 listing what uses it in
 * {@code usedBy}).
 */
@RestControllerAdvice(assignableTypes = AssetController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MediaProblems {

    private final long maxFileSize;

    MediaProblems(MediaProperties properties) {
        this.maxFileSize = properties.maxFileSize().toBytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        return respond(new FileTooLarge(maxFileSize), request, Map.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadable(HttpServletRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed-body",
                "The multipart/form-data body could not be read.",
                request.getRequestURI());
        return respond(problem, HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(AssetInUse.class)
    ResponseEntity<Object> inUse(AssetInUse e, HttpServletRequest request) {
        return respond(e, request, Map.of("usedBy", e.owners()));
    }

    private static ResponseEntity<Object> respond(
            ProblemException e, HttpServletRequest request, Map<String, Object> properties) {
        ProblemDetail problem = Problems.withErrors(
                Problems.of(e.status(), e.type(), e.getMessage(), request.getRequestURI()), e.errors());
        properties.forEach(problem::setProperty);
        return respond(problem, e.status());
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpStatus status) {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl("no-store");
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(Problems.asMap(problem), headers, status);
    }
}
