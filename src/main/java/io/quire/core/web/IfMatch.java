package io.quire.core.web;

import io.quire.core.domain.Precondition;
import tools.jackson.databind.JsonNode;

/**
 * The {@code If-Match} header of a conditional write (absent: {@code null}), bound by
 * {@link RequestValuesResolver}. A handler that takes one has the header documented for it.
 */
public record IfMatch(String value) {

    public static final String HEADER = "If-Match";
    public static final String DESCRIPTION = "Optional. The `etag` header of the answer you read, with or without "
            + "its quotes; or leave this empty and send the `version` you read in the body. A stale one answers 412 "
            + "and changes nothing.";

    /** The precondition of a write whose body may carry the {@code version} read as well. */
    public Precondition and(Long version) {
        return Precondition.of(value, version);
    }

    /** The precondition of a write without a body. */
    public Precondition alone() {
        return Precondition.of(value, null);
    }

    /** The precondition of a merge patch, which may carry the {@code version} read. */
    public Precondition forPatch(JsonNode patch) {
        return Precondition.forPatch(value, patch);
    }
}
