package io.quire.core.security;

import io.swagger.v3.oas.annotations.media.Schema;

/** Roles nest: an ADMIN is also an EDITOR, an EDITOR also an AUTHOR. */
@Schema(name = "Role", enumAsRef = true, description = "ADMIN includes EDITOR, EDITOR includes AUTHOR.")
public enum Role {
    AUTHOR,
    EDITOR,
    ADMIN;

    /** Whether holding this role grants {@code other}. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
