package io.quire.webhook;

import io.quire.core.domain.NotFound;

class DeliveryNotFound extends NotFound {
    DeliveryNotFound(Object id) {
        super("Delivery", id);
    }
}
