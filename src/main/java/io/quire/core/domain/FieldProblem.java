package io.quire.core.domain;

/** One broken field of a request, as listed in a problem's {@code errors}. */
public record FieldProblem(String field, String message) {}
