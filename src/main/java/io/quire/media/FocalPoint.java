package io.quire.media;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The point of an image that crops must keep in view, as fractions of its width and height from the top left
 * corner ({@code 0.5, 0.5} is the centre).
 */
@Schema(
        name = "FocalPoint",
        description = "The point a crop keeps in view, as fractions of the width (`x`) and height (`y`) "
                + "from the top left corner; `{\"x\": 0.5, \"y\": 0.5}` is the centre.")
public record FocalPoint(
        @NotNull @DecimalMin("0.0") @DecimalMax("1.0") @Schema(example = "0.62", minimum = "0", maximum = "1")
        Double x,

        @NotNull @DecimalMin("0.0") @DecimalMax("1.0") @Schema(example = "0.35", minimum = "0", maximum = "1")
        Double y) {}
