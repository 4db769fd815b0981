package io.quire.webhook;

import io.quire.core.domain.Conflict;

/** A redelivery was asked for a delivery that is still waiting to be sent. */
class DeliveryPending extends Conflict {

    DeliveryPending() {
        super("delivery-pending", "The delivery is still pending: it will be sent without being asked again.", null);
    }
}
