package io.quire.core.domain;

/**
 * A grant the token endpoint refuses (RFC 6749 section 5.2, {@code invalid_grant}): a refresh token that is
 * unknown, expired, revoked or used twice. One answer for all of them, so it never tells which.
 */
public class InvalidGrant extends GrantRefused {

    /** The OAuth 2.0 error code the answer carries beside the problem's members. */
    public static final String ERROR = "invalid_grant";

    public InvalidGrant(String code, String detail) {
        super(ERROR, code, detail);
    }
}
