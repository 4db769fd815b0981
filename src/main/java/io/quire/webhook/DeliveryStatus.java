package io.quire.webhook;

/** Where a delivery stands: waiting to be (re)sent, answered with 2xx, or given up on after the last attempt. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
