package io.quire.webhook;

import io.quire.core.web.NotFound;

class WebhookNotFound extends NotFound {
    WebhookNotFound(Object id) {
        super("Webhook", id);
    }
}
