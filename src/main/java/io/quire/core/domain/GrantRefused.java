package io.quire.core.domain;

import java.util.List;

/**
 * A token request refused as RFC 6749 section 5.2 says: the {@code error} code and a description a
 * person can read, which OAuth clients (Swagger UI's Authorize dialog among them) show as given.
 */
public class GrantRefused extends DomainException {

    private final String error;

    /**
     * @param error the RFC 6749 error code, such as {@code invalid_grant}
     * @param description what the person signing in reads
     */
    public GrantRefused(String error, String description) {
        this(error, error.replace('_', '-'), description);
    }

    /**
     * @param error the RFC 6749 error code
     * @param code the problem type's own name, when it says more than the error code
     * @param description what the person or program reads
     */
    protected GrantRefused(String error, String code, String description) {
        super(code, description, List.of());
        this.error = error;
    }

    /** The RFC 6749 error code. */
    public String error() {
        return error;
    }
}
