package io.quire.core.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of a list, in the shape of Spring Data's {@code PagedModel}. */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    public record PageMetadata(long size, long number, long totalElements, long totalPages) {
    }

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return of(page, page.getContent().stream().map(mapper).toList());
    }

    public static <T> PageResponse<T> of(Page<?> page, List<T> content) {
        return new PageResponse<>(content, new PageMetadata(page.getSize(), page.getNumber(),
                page.getTotalElements(), page.getTotalPages()));
    }
}
