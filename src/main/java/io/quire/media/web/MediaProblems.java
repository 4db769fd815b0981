package io.quire.media.web;

import io.quire.core.web.Problems;
import io.quire.media.FileTooLarge;
import io.quire.media.MediaProperties;
import jakarta.servlet.http.HttpServletRequest;
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
 * What can go wrong with an upload before its handler runs, while the container reads the multipart body: a
 * file over the size limit (413, the same problem as the service's {@link FileTooLarge}) and a body that
 * cannot be read (400).
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
        return respond(new FileTooLarge(maxFileSize), request);
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

    private static ResponseEntity<Object> respond(FileTooLarge e, HttpServletRequest request) {
        ProblemDetail problem = Problems.withErrors(
                Problems.of(HttpStatus.CONTENT_TOO_LARGE, e.code(), e.getMessage(), request.getRequestURI()),
                e.errors());
        return respond(problem, HttpStatus.CONTENT_TOO_LARGE);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpStatus status) {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl("no-store");
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(Problems.asMap(problem), headers, status);
    }
}
