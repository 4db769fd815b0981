package io.quire.core.domain;

import java.util.List;

/**
 * A failure a client can act on, named for what happened ({@code ArticleNotFound}, {@code SlugTaken}).
 * It knows nothing of HTTP: the web layer maps each kind (not found, invalid input, not permitted,
 * conflict, stale version, rate limited, unauthenticated) to a status in one place.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final List<FieldProblem> errors;

    protected DomainException(String code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** A stable name of what happened, such as {@code slug-taken}; clients read it as the problem type. */
    public String code() {
        return code;
    }

    /** The request fields at fault, if any. */
    public List<FieldProblem> errors() {
        return errors;
    }

    /** Further members of the problem, such as what a conflict is with; none unless a subclass says. */
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of();
    }
}
