package io.quire.webhook;

import io.quire.core.domain.NotFound;

class WebhookNotFound extends NotFound {
    WebhookNotFound(Object id) {
        super("Webhook", id);
    }
}
