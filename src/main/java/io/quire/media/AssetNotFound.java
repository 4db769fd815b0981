package io.quire.media;

import io.quire.core.domain.NotFound;

class AssetNotFound extends NotFound {
    AssetNotFound(Object id) {
        super("Asset", id);
    }
}
