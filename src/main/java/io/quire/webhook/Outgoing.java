package io.quire.webhook;

import java.net.URI;
import java.util.UUID;

/** A claimed delivery, ready to send: where, signed with what, and the exact body. */
record Outgoing(UUID deliveryId, URI url, String secret, String event, String body) {

    @Override
    public String toString() {
        return "Outgoing[" + deliveryId + " " + event + " to " + url + "]";
    }
}
