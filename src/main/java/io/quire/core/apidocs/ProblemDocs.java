package io.quire.core.apidocs;

import io.quire.core.apidocs.ApiOverview.ProblemSamples;
import io.quire.core.security.ProblemSecurityHandlers;
import io.quire.core.web.Problems;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The problem responses of an operation: the shared {@code Problem} schema, with an example per status. */
final class ProblemDocs {

    static final String SCHEMA = "Problem";

    private final ProblemSamples samples;

    ProblemDocs(ProblemSamples samples) {
        this.samples = samples;
    }

    void add(Operation operation, int status) {
        String key = Integer.toString(status);
        if (operation.getResponses().containsKey(key)) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", exampleType(status));
        example.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        example.put("status", status);
        example.put("detail", exampleDetail(status));
        example.put("instance", samples.instance());
        if (status == 400) {
            example.put("errors", List.of(Map.of("field", samples.field(), "message", samples.message())));
        }
        MediaType media = new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))
                .examples(Map.of("problem", new Example().value(example)));
        ApiResponse response = new ApiResponse()
                .description(describe(status))
                .content(new Content().addMediaType("application/problem+json", media));
        if (status == 401) {
            response.addHeaderObject(
                    "WWW-Authenticate",
                    new Header().description("How to authenticate.").schema(new StringSchema().example("Bearer")));
        } else if (status == 429 || status == 503) {
            response.addHeaderObject(
                    "Retry-After",
                    new Header()
                            .description("Seconds to wait before trying again.")
                            .schema(new IntegerSchema().example(status == 429 ? 30 : 10)));
        }
        operation.getResponses().addApiResponse(key, response);
    }

    private String exampleType(int status) {
        String name =
                switch (status) {
                    case 400 -> "validation";
                    case 401 -> "unauthorized";
                    case 403 -> "forbidden";
                    case 404 -> "not-found";
                    case 409 -> samples.conflictType();
                    case 412 -> "stale";
                    case 413 -> "body-too-large";
                    case 429 -> "rate-limited";
                    default -> null;
                };
        return name == null ? "about:blank" : Problems.TYPE_PREFIX + name;
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "Malformed or invalid input; `errors` names each broken field.";
            case 401 -> "Missing, malformed or expired credentials (with `WWW-Authenticate`).";
            case 403 -> "Signed in, but the role does not allow this.";
            case 404 -> "Absent, or not visible to this caller.";
            case 409 -> "Conflicts with the current state (a duplicate slug or name, or an illegal transition).";
            case 412 -> "`If-Match` or `version` is stale: someone changed the resource since you read it.";
            case 413 -> "The body is larger than the server accepts.";
            case 406 -> "The `Accept` header asks for a type this operation cannot produce.";
            case 415 -> "The content type is not supported.";
            case 429 -> "Too many requests from this client; retry after `Retry-After` seconds.";
            case 503 -> "Something this answer needs is out of reach for a moment; retry after `Retry-After` seconds.";
            default -> HttpStatus.valueOf(status).getReasonPhrase();
        };
    }

    private String exampleDetail(int status) {
        return switch (status) {
            case 400 -> "The request has invalid fields.";
            case 401 -> ProblemSecurityHandlers.SIGN_IN_FIRST;
            case 403 -> ProblemSecurityHandlers.ROLE_DENIED;
            case 404 -> samples.notFound();
            case 409 -> samples.conflict();
            case 412 -> io.quire.core.domain.Precondition.CHANGED_SINCE_READ;
            case 415 -> "Content type 'text/plain' is not supported here; use one of: application/json.";
            case 429 -> samples.tooManyRequests();
            case 503 -> "Unavailable for a moment; try again after Retry-After seconds.";
            default -> HttpStatus.valueOf(status).getReasonPhrase();
        };
    }

    /** The {@code Problem} schema every problem response refers to. */
    @SuppressWarnings("rawtypes")
    Schema schema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().example(samples.field()));
        fieldError.addProperty("message", new StringSchema().example(samples.message()));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem.");
        problem.addProperty("type", new StringSchema().example(Problems.TYPE_PREFIX + "validation"));
        problem.addProperty("title", new StringSchema().example("Bad Request"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("The request has invalid fields."));
        problem.addProperty("instance", new StringSchema().example(samples.instance()));
        problem.addProperty(
                "errors",
                new ArraySchema()
                        .items(fieldError)
                        .description("One entry per broken field (validation problems only)."));
        problem.addProperty(
                "error",
                new StringSchema()
                        .example("invalid_grant")
                        .description("The OAuth 2.0 error code (RFC 6749 section 5.2); token endpoint answers only."));
        problem.addProperty(
                "error_description",
                new StringSchema()
                        .example("Wrong username or password.")
                        .description("What the person signing in reads; token endpoint answers only."));
        problem.setRequired(List.of("detail", "instance", "status", "title", "type"));
        fieldError.setRequired(List.of("field", "message"));
        return problem;
    }
}
