package io.quire.core.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396): applies a patch to the editable fields of a resource, given
 * as the request record a full replacement would send, and validates the result exactly
 * like that replacement. So PATCH and PUT share one set of rules.
 */
@Component
public class MergePatcher {

    private final JsonMapper json;
    private final Validator validator;

    MergePatcher(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <R> R apply(R current, JsonNode patch, Class<R> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInput("body", "must be a JSON object (RFC 7396 merge patch)");
        }
        ObjectNode target = json.valueToTree(current);
        JsonNode merged = merge(target, patch);
        R result;
        try {
            result = json.treeToValue(merged, type);
        } catch (JacksonException e) {
            throw new InvalidInput(java.util.List.of(JsonProblems.fieldOf(e)));
        }
        Set<ConstraintViolation<R>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            List<FieldProblem> errors = new ArrayList<>();
            violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(
                            v -> errors.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
            throw new InvalidInput(errors);
        }
        return result;
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (var entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return result;
    }
}
