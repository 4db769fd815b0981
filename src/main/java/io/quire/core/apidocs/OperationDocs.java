package io.quire.core.apidocs;

import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.PageResponse;
import io.quire.core.web.RateLimitedOperation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completes every operation the same way: a stable id, who may call it and the problems it
 * answers with (from {@link ApiAccess} and {@link ApiErrors}), the {@code If-Match} header where
 * the handler takes an {@link IfMatch}, the body of a {@link MergePatch}, and the headers of its
 * answers.
 */
final class OperationDocs implements OperationCustomizer {

    static final String OAUTH = "oauth";
    /** Named to sort after {@link #OAUTH}: Swagger UI's Authorize dialog shows the sign-in form first. */
    static final String BEARER = "token";

    private final ProblemDocs problems;
    private final String sampleLink;

    OperationDocs(ApiOverview.ProblemSamples samples) {
        this.problems = new ProblemDocs(samples);
        this.sampleLink = "<https://cms.example" + samples.instance() + "?page=1>; rel=\"next\"";
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(
                operationId(handler.getBeanType(), handler.getMethod().getName()));
        for (MethodParameter parameter : handler.getMethodParameters()) {
            describe(operation, parameter);
        }
        ApiAccess access = handler.getMethodAnnotation(ApiAccess.class);
        if (access == null) {
            return operation;
        }
        TreeSet<Integer> errors = new TreeSet<>();
        ApiErrors declared = handler.getMethodAnnotation(ApiErrors.class);
        if (declared != null) {
            Arrays.stream(declared.value()).forEach(errors::add);
        }
        List<SecurityRequirement> security = new ArrayList<>();
        boolean restricted = !ApiAccess.PUBLIC.equals(access.value());
        if (restricted || access.optionalSignIn()) {
            if (!restricted) {
                security.add(new SecurityRequirement());
            }
            security.add(new SecurityRequirement().addList(OAUTH));
            security.add(new SecurityRequirement().addList(BEARER));
            errors.add(401);
        }
        if (restricted && !ApiAccess.SIGNED_IN.equals(access.value())) {
            errors.add(403);
        }
        operation.setSecurity(security);
        operation.setDescription(whoMayCall(access) + "\n\n"
                + (operation.getDescription() == null ? "" : operation.getDescription())
                + yourCopy(handler));
        RateLimitedOperation limited = handler.getMethodAnnotation(RateLimitedOperation.class);
        if (limited != null) {
            errors.add(429);
        }
        errors.forEach(status -> problems.add(operation, status));
        describeHeaders(operation, handler);
        if (limited != null) {
            describeRateLimit(operation, limited.value());
        }
        return operation;
    }

    /** The rate-limit headers (IETF httpapi draft) on every answer of a limited operation. */
    private static void describeRateLimit(Operation operation, String policy) {
        operation.getResponses().forEach((code, response) -> {
            response.addHeaderObject(
                    "RateLimit-Policy",
                    new Header()
                            .description("The limit per client: `q` requests within `w` seconds.")
                            .schema(new StringSchema().example("\"" + policy + "\";q=10;w=300")));
            response.addHeaderObject(
                    "RateLimit",
                    new Header()
                            .description("What is left of it: `r` requests, whole again in `t` seconds.")
                            .schema(new StringSchema().example("\"" + policy + "\";r=9;t=30")));
        });
    }

    /** The {@code If-Match} header of an {@link IfMatch}; the schema and example of a {@link MergePatch}. */
    private static void describe(Operation operation, MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(PathVariable.class) && parameter.getParameterType() == UUID.class) {
            String thing = operationId(parameter.getContainingClass(), "x").replaceFirst("X$", "");
            String where = "The " + thing + "'s `id`: every list of " + thing + "s has it in each item's `id`, "
                    + "and every answer about one carries it. Copy it from there.";
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(p -> "path".equals(p.getIn())
                                && p.getName().equals(parameter.getParameterName())
                                && p.getDescription() == null)
                        .forEach(p -> p.setDescription(where));
            }
        }
        if (parameter.getParameterType() == IfMatch.class) {
            operation.addParametersItem(new Parameter()
                    .in("header")
                    .name(IfMatch.HEADER)
                    .required(false)
                    .description(IfMatch.DESCRIPTION)
                    .schema(new StringSchema()));
        }
        MergePatch patch = parameter.getParameterAnnotation(MergePatch.class);
        if (patch != null && operation.getRequestBody() != null) {
            Object example = JsonMapper.shared().readValue(patch.example(), LinkedHashMap.class);
            operation.getRequestBody().getContent().replaceAll((type, media) -> new MediaType()
                    .schema(new Schema<>().$ref("#/components/schemas/" + patch.schema()))
                    .example(example));
        }
    }

    /**
     * {@code articleList}, {@code userCreate}, ...: the controller's first word and the method's
     * name ({@code ArticleWorkflowController.submit} is {@code articleSubmit}). Stable names, where
     * springdoc would number clashing method names ({@code list_2}) in whatever order it meets the
     * controllers.
     */
    static String operationId(Class<?> controller, String method) {
        String name = controller.getSimpleName().replaceFirst("Controller$", "");
        int secondWord = 1;
        while (secondWord < name.length() && !Character.isUpperCase(name.charAt(secondWord))) {
            secondWord++;
        }
        return Character.toLowerCase(name.charAt(0))
                + name.substring(1, secondWord)
                + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    /**
     * For a write that checks what the caller read: how to say it without copying headers. The
     * {@code version} is in every list item and every answer, so no extra read is needed.
     */
    private static String yourCopy(HandlerMethod handler) {
        boolean takesIfMatch =
                Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == IfMatch.class);
        if (!takesIfMatch) {
            return "";
        }
        boolean hasBody = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class));
        return hasBody
                ? "\n\n**Your copy:** put the `version` you read (any list item or answer has it) in the body, "
                        + "as in the example, or its `etag` in `If-Match`. If someone changed it since, the answer "
                        + "is 412 and nothing changes: read it again, then repeat your change."
                : "\n\n**Your copy:** optionally, the `etag` of the answer you read in `If-Match` (quotes may be "
                        + "left out). If someone changed it since, the answer is 412 and nothing changes.";
    }

    private static String whoMayCall(ApiAccess access) {
        return switch (access.value()) {
            case ApiAccess.PUBLIC ->
                access.optionalSignIn() ? "**Who:** anyone; signed-in callers may see more." : "**Who:** anyone.";
            case ApiAccess.SIGNED_IN -> "**Who:** any signed-in user.";
            default -> "**Who:** " + access.value() + " or higher.";
        };
    }

    /**
     * ETag on every answer with a body shaped by {@link HttpResponses} (the handlers that return a
     * {@link ResponseEntity}), Location on 201, Link on lists, and the {@code If-None-Match} request
     * header with the 304 it can lead to on a GET. Answers returned as plain bodies (a token, the
     * result of a bulk action) and answers streamed as they are written have no ETag.
     */
    private void describeHeaders(Operation operation, HandlerMethod handler) {
        if (!ResponseEntity.class.isAssignableFrom(handler.getReturnType().getParameterType())) {
            return;
        }
        String returnType = handler.getReturnType().getGenericParameterType().getTypeName();
        if (returnType.contains(StreamingResponseBody.class.getName())) {
            return;
        }
        boolean list = returnType.contains(PageResponse.class.getName());
        operation.getResponses().forEach((code, response) -> {
            if (!code.startsWith("2") || code.equals("204")) {
                return;
            }
            response.addHeaderObject("ETag", etag());
            if (code.equals("201")) {
                response.addHeaderObject(
                        "Location",
                        new Header()
                                .description("URL of the created resource.")
                                .schema(new StringSchema().format("uri")));
            }
            if (list) {
                response.addHeaderObject(
                        "Link",
                        new Header()
                                .description("RFC 8288 links to the `first`, `prev`, "
                                        + "`next` and `last` pages that exist.")
                                .schema(new StringSchema().example(sampleLink)));
            }
        });
        if (handler.hasMethodAnnotation(GetMapping.class)
                && operation.getResponses().containsKey("200")) {
            operation.addParametersItem(new Parameter()
                    .in("header")
                    .name("If-None-Match")
                    .required(false)
                    .description("The ETag of the representation you hold: 304 without a body while it is current.")
                    .schema(new StringSchema()));
            operation
                    .getResponses()
                    .addApiResponse(
                            "304",
                            new ApiResponse()
                                    .description("Not modified: `If-None-Match` matched the current ETag.")
                                    .addHeaderObject("ETag", etag()));
        }
    }

    private static Header etag() {
        return new Header()
                .description("Strong entity tag of this representation; send it back in `If-None-Match` or `If-Match`.")
                .schema(new StringSchema().example("\"5d41402abc4b2a76b9719d911017c592\""));
    }
}
