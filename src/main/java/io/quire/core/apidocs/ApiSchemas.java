package io.quire.core.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the schema annotations cannot say, completed on the generated description so that
 * generated clients (Java, TypeScript) get exact types:
 * <ul>
 * <li>Every property of a response body is <em>required</em>: the server always writes every
 * property ({@code spring.jackson.default-property-inclusion: always}), null or not; the ones
 * that can be null say so with {@code nullable = true}, which OpenAPI 3.1 writes as
 * {@code type: [string, "null"]}. Problems are the exception: they say themselves which members are
 * always there ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}), and
 * {@code errors} comes with validation problems only.</li>
 * <li>A nullable reference (an enum that may be null) is {@code oneOf: [{$ref}, {type: "null"}]}:
 * swagger-core writes {@code type: "null"} beside the {@code $ref}, which no value can satisfy.</li>
 * <li>A JSON Merge Patch body that a PATCH operation names by reference only
 * ({@code @Schema(ref = "#/components/schemas/ArticlePatch")}) gets the properties of the body
 * that replaces the same resource (the PUT on the same path), none of them required: a patch
 * sends only what changes.</li>
 * </ul>
 */
@SuppressWarnings("rawtypes")
final class ApiSchemas {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final Set<String> VARYING = Set.of("Problem");

    private ApiSchemas() {}

    static void complete(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        requireResponseProperties(openApi, schemas);
        schemas.values().forEach(ApiSchemas::fixNullableReferences);
        openApi.getPaths().values().forEach(path -> deriveMergePatch(path, schemas));
    }

    private static void deriveMergePatch(PathItem path, Map<String, Schema> schemas) {
        if (path.getPatch() == null || path.getPatch().getRequestBody() == null) {
            return;
        }
        for (MediaType media : path.getPatch().getRequestBody().getContent().values()) {
            String name = nameOf(media.getSchema());
            if (name != null && !schemas.containsKey(name)) {
                Schema replacement = path.getPut() == null
                        ? null
                        : path.getPut().getRequestBody().getContent().values().stream()
                                .map(put -> schemas.get(nameOf(put.getSchema())))
                                .findFirst()
                                .orElse(null);
                schemas.put(name, mergePatch(name, replacement));
            }
        }
    }

    private static String nameOf(Schema schema) {
        return schema == null || schema.get$ref() == null
                ? null
                : schema.get$ref().substring(REF_PREFIX.length());
    }

    private static void requireResponseProperties(OpenAPI openApi, Map<String, Schema> schemas) {
        Deque<Schema> pending = new ArrayDeque<>();
        openApi.getPaths().values().forEach(path -> path.readOperations()
                .forEach(operation -> operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("2") && response.getContent() != null) {
                        response.getContent().values().stream()
                                .map(MediaType::getSchema)
                                .forEach(pending::add);
                    }
                })));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.get$ref();
            if (ref == null) {
                pending.addAll(properties(schema));
                if (schema.getItems() != null) {
                    pending.add(schema.getItems());
                }
                continue;
            }
            String name = ref.substring(REF_PREFIX.length());
            Schema target = schemas.get(name);
            if (seen.add(name) && !VARYING.contains(name) && target != null && target.getProperties() != null) {
                target.setRequired(
                        List.copyOf(new TreeSet<String>(target.getProperties().keySet())));
                pending.addAll(properties(target));
            }
        }
    }

    private static void fixNullableReferences(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.replaceAll((name, property) -> {
            boolean nullable = "null".equals(property.getType())
                    || property.getTypes() != null && property.getTypes().contains("null");
            if (property.get$ref() == null || !nullable) {
                return property;
            }
            Schema oneOf = new Schema<>()
                    .oneOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
            return oneOf.description(property.getDescription()).example(property.getExample());
        });
    }

    private static Collection<Schema> properties(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        return properties == null ? List.of() : properties.values();
    }

    private static Schema mergePatch(String name, Schema request) {
        if (request == null || request.getProperties() == null) {
            throw new IllegalStateException(
                    "No replacement (PUT) body with properties on the same path to derive " + name + " from");
        }
        ObjectSchema patch = new ObjectSchema();
        patch.setDescription("A JSON Merge Patch (RFC 7396): any of these properties, only those that change; "
                + "`null` clears an optional one.");
        patch.setProperties(new LinkedHashMap<String, Schema>(request.getProperties()));
        return patch;
    }
}
