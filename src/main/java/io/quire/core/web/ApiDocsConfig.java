package io.quire.core.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description: sign-in through the OAuth 2.0 password flow (so Swagger UI's
 * Authorize dialog takes a username and password), and for every operation its security
 * requirement and problem responses, taken from {@link ApiAccess}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static final String OAUTH = "oauth";
    static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";

    private static final String INTRO = """
            Quire is a headless CMS: articles, tags and comments over REST.

            **Signing in.** Click **Authorize**, enter your username and password under *oauth (OAuth2, \
            password)*, leave *client_id* and *client_secret* empty, press **Authorize**, then **Close**. The \
            sign-in lasts until its token expires (an hour by default) and survives reloading the page; the \
            password is not kept. On a first start the user `admin` gets the password from \
            `CMS_ADMIN_PASSWORD`, or a generated one printed once in the log. Reading published articles, tags \
            and approved comments needs no sign-in.

            **Trying it out.** Every operation is ready to run: open it, fill in ids from earlier answers, adjust \
            the prefilled example body and press **Execute**. Send the `ETag` of what you read as `If-Match` \
            when you change it, so that two editors never overwrite each other (412 when it is stale).

            **Conventions.** JSON in UTF-8, camelCase, timestamps in ISO-8601 UTC. Lists take `page` (0-based), \
            `size` (1–100) and `sort=field,asc|desc` and send a `Link` header. Single resources carry a strong \
            `ETag`: send it back in `If-None-Match` (304) or `If-Match` (412 when stale). Errors are RFC 9457 \
            problems (`application/problem+json`), naming the broken fields in `errors`.""";

    @Bean
    OpenAPI quireOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Quire API").version("v1").description(INTRO))
                .servers(List.of(new Server().url("/").description("This server")))
                .tags(List.of(
                        new Tag().name("Articles").description("Drafts, review, publishing, and what frontends read."),
                        new Tag().name("Tags").description("Labels articles are filed under."),
                        new Tag().name("Comments").description("Reader comments and their moderation."),
                        new Tag().name("Users").description("Accounts and roles (ADMIN ⊃ EDITOR ⊃ AUTHOR)."),
                        new Tag()
                                .name("Webhooks")
                                .description(
                                        "Signed notifications of article and comment "
                                                + "events to your endpoints, retried until they are taken (see docs/webhooks.md)."),
                        new Tag().name("Sign-in").description("Access tokens."),
                        new Tag().name("Feeds").description("Atom feeds and the sitemap of published articles.")))
                .components(new Components()
                        .addSecuritySchemes(
                                OAUTH,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("Username and password, exchanged for a bearer token.")
                                        .flows(new OAuthFlows()
                                                .password(new OAuthFlow()
                                                        .tokenUrl("/api/v1/auth/token")
                                                        .scopes(new Scopes()))))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("A token from POST /api/v1/auth/token, pasted as is."))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** Swagger UI in editorial order, remembering a sign-in without the password; see {@link SwaggerUiPage}. */
    @Bean
    static BeanPostProcessor swaggerUiPage() {
        return new SwaggerUiPage.Installer();
    }

    /** Required response properties and merge-patch request schemas; see {@link ApiSchemas}. */
    @Bean
    OpenApiCustomizer apiSchemas() {
        return ApiSchemas::complete;
    }

    @Bean
    OperationCustomizer apiAccessCustomizer() {
        return (operation, handlerMethod) -> {
            operation.setOperationId(operationId(handlerMethod));
            ApiAccess access = handlerMethod.getMethodAnnotation(ApiAccess.class);
            if (access == null) {
                return operation;
            }
            TreeSet<Integer> errors = new TreeSet<>();
            for (int status : access.errors()) {
                errors.add(status);
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
                    + (operation.getDescription() == null ? "" : operation.getDescription()));
            errors.forEach(status -> addProblem(operation, status));
            describeHeaders(operation, handlerMethod);
            return operation;
        };
    }

    /**
     * ETag on every answer with a body shaped by {@link HttpResponses} (the handlers that return a
     * {@link ResponseEntity}), Location on 201, Link on lists, and the {@code If-None-Match} request
     * header with the 304 it can lead to on a GET. Answers returned as plain bodies (a token, the
     * result of a bulk action) have no ETag.
     */
    private static void describeHeaders(Operation operation, HandlerMethod handler) {
        if (!ResponseEntity.class.isAssignableFrom(handler.getReturnType().getParameterType())) {
            return;
        }
        String returnType = handler.getReturnType().getGenericParameterType().getTypeName();
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
                                .schema(new StringSchema()
                                        .example("<https://cms.example/api/v1/articles?page=1>; rel=\"next\"")));
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
                .description(
                        "Strong entity tag of this representation; send it back in " + "`If-None-Match` or `If-Match`.")
                .schema(new StringSchema().example("\"5d41402abc4b2a76b9719d911017c592\""));
    }

    /**
     * {@code articleList}, {@code userCreate}, ...: stable names, where springdoc would number
     * clashing method names ({@code list_2}) in whatever order it meets the controllers.
     */
    private static String operationId(HandlerMethod handlerMethod) {
        String controller = handlerMethod.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handlerMethod.getMethod().getName();
        return Character.toLowerCase(controller.charAt(0))
                + controller.substring(1)
                + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    private static String whoMayCall(ApiAccess access) {
        return switch (access.value()) {
            case ApiAccess.PUBLIC ->
                access.optionalSignIn() ? "**Who:** anyone; signed-in callers may see more." : "**Who:** anyone.";
            case ApiAccess.SIGNED_IN -> "**Who:** any signed-in user.";
            default -> "**Who:** " + access.value() + " or higher.";
        };
    }

    private static void addProblem(Operation operation, int status) {
        String key = Integer.toString(status);
        if (operation.getResponses().containsKey(key)) {
            return;
        }
        HttpStatus http = HttpStatus.valueOf(status);
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", exampleType(status));
        example.put("title", http.getReasonPhrase());
        example.put("status", status);
        example.put("detail", exampleDetail(status));
        example.put("instance", "/api/v1/articles");
        if (status == 400) {
            example.put("errors", List.of(Map.of("field", "title", "message", "must not be blank")));
        }
        MediaType media = new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
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

    private static String exampleType(int status) {
        String name =
                switch (status) {
                    case 400 -> "validation";
                    case 401 -> "unauthorized";
                    case 403 -> "forbidden";
                    case 404 -> "not-found";
                    case 409 -> "slug-taken";
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

    private static String exampleDetail(int status) {
        return switch (status) {
            case 400 -> "The request has invalid fields.";
            case 401 -> "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token.";
            case 403 -> "Your role does not allow this operation.";
            case 404 -> "Article 3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a was not found.";
            case 409 -> "The slug 'gpu-export-rules-explained' is taken by another article.";
            case 412 -> "If-Match does not match the current ETag: the resource changed since you read it.";
            case 415 -> "Content type 'text/plain' is not supported here; use one of: application/json.";
            case 429 -> "Too many comments from this client; wait a moment and try again.";
            case 503 -> "Unavailable for a moment; try again after Retry-After seconds.";
            default -> HttpStatus.valueOf(status).getReasonPhrase();
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().example("title"));
        fieldError.addProperty("message", new StringSchema().example("must not be blank"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem.");
        problem.addProperty("type", new StringSchema().example("urn:quire:problem:validation"));
        problem.addProperty("title", new StringSchema().example("Bad Request"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("The request has invalid fields."));
        problem.addProperty("instance", new StringSchema().example("/api/v1/articles"));
        problem.addProperty(
                "errors",
                new ArraySchema()
                        .items(fieldError)
                        .description("One entry per broken field (validation problems only)."));
        return problem;
    }
}
