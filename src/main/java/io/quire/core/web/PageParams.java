package io.quire.core.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The paging query of a list: {@code page} (0-based), {@code size} (1–100) and any number
 * of {@code sort=field,asc|desc}. Bound from the raw query by {@link RequestValuesResolver},
 * so a comma inside {@code sort} is never mistaken for a second value.
 */
public record PageParams(
        @Schema(
                type = "integer",
                format = "int32",
                description = "Page number, 0-based.",
                defaultValue = "0",
                minimum = "0",
                example = "0")
        String page,

        @Schema(
                type = "integer",
                format = "int32",
                description = "Page size, 1 to 100.",
                defaultValue = "20",
                minimum = "1",
                maximum = "100",
                example = "20")
        String size,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                description =
                                        "Sort order as `field,asc` or `field,desc` (such as "
                                                + "`title,asc`); repeatable. Only the fields this operation documents are accepted."))
        List<String> sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
}
