package io.quire.user;

import io.quire.core.domain.Conflict;

/** An admin tried to take away their own admin role or disable themselves. */
class SelfLockout extends Conflict {

    SelfLockout() {
        super("self-lockout", "You cannot remove your own ADMIN role or disable yourself; ask another admin.", null);
    }
}
