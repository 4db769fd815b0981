package io.quire.core.web;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The sort fields one list accepts (API name to entity property) and its tie-breaker.
 * {@link #pageable} turns a {@link PageParams} into a {@link Pageable} or a 400 problem that
 * names every broken parameter.
 */
public final class SortSpec {

    private final Map<String, String> fields;
    private final String tieBreaker;

    private SortSpec(Map<String, String> fields, String tieBreaker) {
        this.fields = fields;
        this.tieBreaker = tieBreaker;
    }

    /** @param apiToProperty pairs of API field name and entity property, e.g. {@code "title", "title"} */
    public static SortSpec of(String tieBreaker, String... apiToProperty) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < apiToProperty.length; i += 2) {
            map.put(apiToProperty[i], apiToProperty[i + 1]);
        }
        return new SortSpec(map, tieBreaker);
    }

    public Pageable pageable(PageParams params, Sort defaultSort) {
        List<FieldProblem> errors = new ArrayList<>();
        int page = parse(params.page(), 0, "page", 0, Integer.MAX_VALUE / PageParams.MAX_SIZE, errors);
        int size = parse(params.size(), PageParams.DEFAULT_SIZE, "size", 1, PageParams.MAX_SIZE, errors);
        Sort sort = Sort.unsorted();
        for (String raw : params.sort()) {
            String[] parts = raw.split(",", -1);
            String field = parts[0].trim();
            String property = fields.get(field);
            if (property == null) {
                errors.add(new FieldProblem(
                        "sort", "cannot sort by '" + abbreviate(field) + "'; use one of " + fields.keySet()));
                continue;
            }
            Sort.Direction direction = Sort.Direction.ASC;
            if (parts.length > 2
                    || parts.length == 2
                            && Sort.Direction.fromOptionalString(parts[1].trim())
                                    .isEmpty()) {
                errors.add(new FieldProblem("sort", "must be 'field,asc' or 'field,desc'"));
                continue;
            }
            if (parts.length == 2) {
                direction = Sort.Direction.fromString(parts[1].trim());
            }
            sort = sort.and(Sort.by(direction, property));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (sort.isUnsorted()) {
            sort = defaultSort;
        }
        if (sort.isUnsorted()) {
            // The service orders the results itself.
            return PageRequest.of(page, size);
        }
        // The tie-breaker runs the same way as the last order, so one index serves both.
        Sort.Direction last = sort.toList().get(sort.toList().size() - 1).getDirection();
        return PageRequest.of(page, size, sort.and(Sort.by(last, tieBreaker)));
    }

    private static int parse(String raw, int fallback, String field, int min, int max, List<FieldProblem> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(new FieldProblem(field, "must be between " + min + " and " + max));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem(field, "must be a whole number"));
            return fallback;
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
