package io.quire.user;

import io.quire.core.domain.NotFound;

class UserNotFound extends NotFound {
    UserNotFound(Object id) {
        super("User", id);
    }
}
