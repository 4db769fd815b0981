package io.quire.apikey;

import io.quire.core.domain.NotFound;

class ApiKeyNotFound extends NotFound {
    ApiKeyNotFound(Object id) {
        super("API key", id);
    }
}
