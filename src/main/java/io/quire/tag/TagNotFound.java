package io.quire.tag;

import io.quire.core.web.NotFound;

class TagNotFound extends NotFound {
    TagNotFound(Object id) {
        super("Tag", id);
    }
}
