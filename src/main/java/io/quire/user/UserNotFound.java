package io.quire.user;

import io.quire.core.web.NotFound;

class UserNotFound extends NotFound {
    UserNotFound(Object id) {
        super("User", id);
    }
}
