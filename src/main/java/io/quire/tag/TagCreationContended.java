package io.quire.tag;

import io.quire.core.domain.Conflict;

/** A new tag's name or slug kept being taken by concurrent requests: the client may simply try again. */
class TagCreationContended extends Conflict {

    TagCreationContended(String name) {
        super("contention", "The tag '" + name + "' is being created elsewhere at this moment; try again.", null);
    }
}
