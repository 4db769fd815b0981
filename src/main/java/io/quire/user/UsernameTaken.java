package io.quire.user;

import io.quire.core.domain.Conflict;

/** Another account has this username. */
class UsernameTaken extends Conflict {

    UsernameTaken(String username) {
        super("username-taken", "The username '" + username + "' is taken.", "username");
    }
}
