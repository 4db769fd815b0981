package io.quire.core.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where failures become RFC 9457 problems. Every answer names the broken
 * fields where there are any, and none carries a stack trace, SQL or a class name.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex, WebRequest request) {
        ProblemDetail problem =
                Problems.withErrors(Problems.of(ex.status(), ex.type(), ex.getMessage(), path(request)), ex.errors());
        HttpHeaders headers = new HttpHeaders();
        if (ex.status() == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"quire\"");
        }
        if (ex instanceof TooManyRequests tooMany) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        if (ex instanceof ServiceUnavailable unavailable) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.retryAfterSeconds()));
        }
        return respond(problem, headers, ex.status());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> handleLostRace(ObjectOptimisticLockingFailureException ex, WebRequest request) {
        return handleProblem(
                new PreconditionFailed("The resource was changed by someone else meanwhile; read it again and retry."),
                request);
    }

    @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
    ResponseEntity<Object> handleContention(
            org.springframework.dao.ConcurrencyFailureException ex, WebRequest request) {
        log.info("Write contention answered as 409: {}", ex.getMessage());
        return handleProblem(
                new Conflict(
                        "contention",
                        "Another change to the same resource was in progress; read it again and retry.",
                        null),
                request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex, WebRequest request) {
        log.info(
                "Integrity violation answered as 409: {}",
                ex.getMostSpecificCause().getMessage());
        return handleProblem(
                new Conflict(
                        "conflict",
                        "The request clashes with existing data (a duplicate or a reference that no longer exists).",
                        null),
                request);
    }

    /** Tomcat refuses a query string or form body that is not valid percent-encoding when it is first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleUndecodableParameters(InvalidParameterException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed-parameters",
                "The query string or form body is not valid percent-encoded UTF-8.",
                path(request));
        return respond(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure on {}", path(request), ex);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                null,
                "An unexpected error occurred. It has been logged.",
                path(request));
        return respond(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return validation(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(e -> errors.add(new FieldProblem(name, e.getDefaultMessage())));
        });
        return validation(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return validation(List.of(new FieldProblem(ex.getParameterName(), "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter()
                        .hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // Ids are opaque: one that cannot even be parsed names nothing that exists.
            return handleProblem(
                    new NotFound("Resource", "'" + abbreviate(String.valueOf(ex.getValue())) + "'"), request);
        }
        String name = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        String expected = JsonProblems.describe(ex.getRequiredType());
        return validation(List.of(new FieldProblem(name, "must be " + expected)), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.BodyTooLarge) {
                ProblemDetail problem = Problems.of(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "body-too-large",
                        "The request body is larger than this server accepts.",
                        path(request));
                return respond(problem, new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE);
            }
        }
        Throwable cause = ex.getCause();
        List<FieldProblem> errors = new ArrayList<>();
        String detail = "The request body could not be read.";
        if (cause instanceof UnrecognizedPropertyException
                || cause instanceof MismatchedInputException mismatched
                        && !mismatched.getPath().isEmpty()) {
            errors.add(JsonProblems.fieldOf((JacksonException) cause));
            detail = "The request body has a property that cannot be set or a value of the wrong type.";
        } else if (cause instanceof MismatchedInputException) {
            detail = "The request body must be a JSON object.";
        } else if (cause instanceof StreamReadException) {
            detail = "The request body is not well-formed JSON.";
        } else if (cause instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            errors.add(JsonProblems.fieldOf(jackson));
        } else if (cause == null || ex.getMessage() != null && ex.getMessage().startsWith("Required request body")) {
            detail = "The request body is missing.";
        }
        ProblemDetail problem = Problems.withErrors(
                Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", detail, path(request)), errors);
        return respond(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported =
                ex.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        ProblemDetail problem = Problems.of(
                status,
                null,
                "Content type '" + (ex.getContentType() == null ? "none" : ex.getContentType())
                        + "' is not supported here; use one of: " + supported + ".",
                path(request));
        return respond(problem, headers, status);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring's own MVC failures (404 of an unknown path, 405, 406, ...): keep the status, tidy the body.
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null
                ? pd.getDetail()
                : HttpStatus.valueOf(statusCode.value()).getReasonPhrase();
        ProblemDetail problem = Problems.of(statusCode, null, detail, path(request));
        return respond(problem, headers == null ? new HttpHeaders() : headers, statusCode);
    }

    private ResponseEntity<Object> validation(List<FieldProblem> errors, WebRequest request) {
        ProblemDetail problem = Problems.withErrors(
                Problems.of(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.", path(request)),
                errors);
        return respond(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers, HttpStatusCode status) {
        HttpHeaders all = new HttpHeaders();
        all.addAll(headers);
        all.setCacheControl("no-store");
        all.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        all.remove(HttpHeaders.ETAG);
        return new ResponseEntity<>(Problems.asMap(problem), all, status);
    }

    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return http.getRequestURI();
        }
        return null;
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
