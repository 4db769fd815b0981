package io.quire.media;

import io.quire.core.web.NotFound;

class AssetNotFound extends NotFound {
    AssetNotFound(Object id) {
        super("Asset", id);
    }
}
