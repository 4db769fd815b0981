package io.quire.core.web;

import io.quire.core.domain.InvalidInput;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The properties of an answer a client asked for with {@code fields} (comma-separated names), or the
 * answer's default properties when it did not ask. A representation that carries a selection
 * ({@link Selectable}) is written with exactly the selected properties: the others are absent, not null.
 */
public record FieldSelection(Set<String> names) {

    /** The name of the JSON filter that applies selections; {@link Selectable} records name it. */
    public static final String FILTER = "fieldSelection";

    /** The most names {@code fields} may hold. */
    private static final int MAX_NAMES = 40;

    public FieldSelection {
        names = Set.copyOf(names);
    }

    /**
     * The names in {@code fields}, each of which must be one of {@code known}; without {@code fields},
     * the {@code defaults}.
     *
     * @throws InvalidInput naming {@code fields} for an unknown or empty name
     */
    public static FieldSelection parse(String fields, Collection<String> known, Collection<String> defaults) {
        if (fields == null) {
            return new FieldSelection(Set.copyOf(defaults));
        }
        Set<String> names = Arrays.stream(fields.split(",", -1))
                .map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (names.size() > MAX_NAMES || names.contains("")) {
            throw new InvalidInput("fields", "must be comma-separated field names, at most " + MAX_NAMES);
        }
        Set<String> unknown = new LinkedHashSet<>(names);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidInput(
                    "fields",
                    "unknown field " + String.join(", ", unknown) + "; known fields: "
                            + known.stream().sorted().collect(Collectors.joining(", ")));
        }
        return new FieldSelection(names);
    }

    /** The JSON property names of a {@link Selectable} record: its components but the selection. */
    public static Set<String> propertiesOf(Class<? extends Record> type) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (!component.getName().equals("selection")) {
                names.add(component.getName());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    public boolean includes(String name) {
        return names.contains(name);
    }

    /** A representation written with only the properties its selection includes. */
    public interface Selectable {

        /** What to write; null writes every property. */
        FieldSelection selection();
    }
}
