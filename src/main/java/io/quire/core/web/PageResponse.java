package io.quire.core.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A page of a list, in the shape of Spring Data's {@code PagedModel}, plus {@code next}: the URL
 * of the following page (the same as the {@code Link: rel="next"} header), null on the last page.
 */
public record PageResponse<T>(
        List<T> content,
        PageMetadata page,

        @Schema(
                description = "URL of the next page, as in the `Link` header; null on the last page.",
                nullable = true,
                example = "https://cms.example/api/v1/articles?size=20&after=MQpkNGE")
        String next) {

    public record PageMetadata(long size, long number, long totalElements, long totalPages) {}

    public static <T> PageResponse<T> of(Page<?> page, List<T> content, String next) {
        return new PageResponse<>(
                content,
                new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()),
                next);
    }
}
