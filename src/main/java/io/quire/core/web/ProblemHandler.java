package io.quire.core.web;

import io.quire.core.domain.Conflict;
import io.quire.core.domain.DomainException;
import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.GrantRefused;
import io.quire.core.domain.InvalidInput;
import io.quire.core.domain.JsonProblems;
import io.quire.core.domain.NotFound;
import io.quire.core.domain.NotPermitted;
import io.quire.core.domain.Precondition;
import io.quire.core.domain.RateLimited;
import io.quire.core.domain.StaleVersion;
import io.quire.core.domain.TooLarge;
import io.quire.core.domain.Unauthenticated;
import io.quire.core.domain.Unavailable;
import io.quire.core.domain.UnsupportedContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become RFC 9457 problems, and where each kind of
 * {@link DomainException} gets its HTTP status. Every answer names the broken
 * fields where there are any, and none carries a stack trace, SQL or a class name.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** Each kind of domain failure and the status it answers with. */
    private static final Map<Class<?>, HttpStatus> STATUS = Map.ofEntries(
            Map.entry(NotFound.class, HttpStatus.NOT_FOUND),
            Map.entry(InvalidInput.class, HttpStatus.BAD_REQUEST),
            Map.entry(NotPermitted.class, HttpStatus.FORBIDDEN),
            Map.entry(Conflict.class, HttpStatus.CONFLICT),
            Map.entry(StaleVersion.class, HttpStatus.PRECONDITION_FAILED),
            Map.entry(RateLimited.class, HttpStatus.TOO_MANY_REQUESTS),
            Map.entry(Unauthenticated.class, HttpStatus.UNAUTHORIZED),
            Map.entry(Unavailable.class, HttpStatus.SERVICE_UNAVAILABLE),
            Map.entry(GrantRefused.class, HttpStatus.BAD_REQUEST),
            Map.entry(UnsupportedContent.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE),
            Map.entry(TooLarge.class, HttpStatus.CONTENT_TOO_LARGE));

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> handleDomain(DomainException ex, WebRequest request) {
        HttpStatus status = statusOf(ex);
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof Unauthenticated) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"quire\"");
        }
        if (ex instanceof RateLimited limited) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        if (ex instanceof Unavailable unavailable) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.retryAfterSeconds()));
        }
        ProblemDetail problem = Problems.of(status, ex.code(), ex.getMessage(), path(request));
        if (ex instanceof GrantRefused refused) {
            // RFC 6749 section 5.2 members beside the problem's, for OAuth clients.
            problem.setProperty("error", refused.error());
            problem.setProperty("error_description", refused.getMessage());
        }
        ex.properties().forEach(problem::setProperty);
        return Problems.entity(Problems.withErrors(problem, ex.errors()), headers);
    }

    private static HttpStatus statusOf(DomainException ex) {
        for (Class<?> kind = ex.getClass(); kind != DomainException.class; kind = kind.getSuperclass()) {
            HttpStatus status = STATUS.get(kind);
            if (status != null) {
                return status;
            }
        }
        throw new IllegalStateException("No HTTP status for " + ex.getClass().getName(), ex);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> handleLostRace(ObjectOptimisticLockingFailureException ex, WebRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale", Precondition.CHANGED_SINCE_READ, request);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> handleContention(ConcurrencyFailureException ex, WebRequest request) {
        log.info("Write contention answered as 409: {}", ex.getMessage());
        String detail = "Another change to the same resource was in progress; read it again and retry.";
        return problem(HttpStatus.CONFLICT, "contention", detail, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex, WebRequest request) {
        log.info(
                "Integrity violation answered as 409: {}",
                ex.getMostSpecificCause().getMessage());
        String detail = "The request clashes with existing data (a duplicate or a reference that no longer exists).";
        return problem(HttpStatus.CONFLICT, "conflict", detail, request);
    }

    /** Tomcat refuses a query string or form body that is not valid percent-encoding when it is first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleUndecodableParameters(InvalidParameterException ex, WebRequest request) {
        String detail = "The query string or form body is not valid percent-encoded UTF-8.";
        return problem(HttpStatus.BAD_REQUEST, "malformed-parameters", detail, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure on {}", path(request), ex);
        return Problems.entity(Problems.ofStatus(500, path(request)), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getField(), SizeMessages.of(e))));
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
            result.getResolvableErrors()
                    .forEach(e -> errors.add(new FieldProblem(name, SizeMessages.of(e, result.getArgument()))));
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
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // Ids are opaque: one that cannot even be parsed names nothing that exists.
            return problem(
                    HttpStatus.NOT_FOUND,
                    "not-found",
                    "Resource '" + abbreviate(String.valueOf(ex.getValue())) + "' was not found.",
                    request);
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
                return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", Problems.BODY_TOO_LARGE, request);
            }
        }
        UnreadableBody body = UnreadableBody.of(ex);
        return problem(HttpStatus.BAD_REQUEST, "malformed-body", body.detail(), body.errors(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported =
                ex.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        String detail = "Content type '" + (ex.getContentType() == null ? "none" : ex.getContentType())
                + "' is not supported here; use one of: " + supported + ".";
        return Problems.entity(Problems.of(status, null, detail, path(request)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring's own MVC failures (404 of an unknown path, 405, 406, ...): keep the status, tidy the body.
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null
                ? pd.getDetail()
                : HttpStatus.valueOf(statusCode.value()).getReasonPhrase();
        HttpHeaders kept = headers == null ? new HttpHeaders() : headers;
        return Problems.entity(Problems.of(statusCode, null, detail, path(request)), kept);
    }

    private ResponseEntity<Object> validation(List<FieldProblem> errors, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.", errors, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String type, String detail, WebRequest request) {
        return problem(status, type, detail, List.of(), request);
    }

    private ResponseEntity<Object> problem(
            HttpStatus status, String type, String detail, List<FieldProblem> errors, WebRequest request) {
        ProblemDetail problem = Problems.of(status, type, detail, path(request));
        return Problems.entity(Problems.withErrors(problem, errors), new HttpHeaders());
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : null;
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
