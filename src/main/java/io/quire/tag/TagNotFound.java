package io.quire.tag;

import io.quire.core.domain.NotFound;

class TagNotFound extends NotFound {
    TagNotFound(Object id) {
        super("Tag", id);
    }
}
