package io.quire.core.security;

/** Roles nest: an ADMIN is also an EDITOR, an EDITOR also an AUTHOR. */
public enum Role {
    AUTHOR, EDITOR, ADMIN;

    /** Whether holding this role grants {@code other}. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
