package io.quire.tag;

import io.quire.core.domain.Conflict;

/** Another tag has this name, ignoring case. */
class TagNameTaken extends Conflict {

    TagNameTaken(String existingName) {
        super("tag-name-taken", "A tag named '" + existingName + "' exists already.", "name");
    }
}
