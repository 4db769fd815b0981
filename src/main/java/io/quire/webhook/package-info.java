/**
 * Webhooks: subscriptions to article and comment events, and their signed, retried deliveries in order
 * per article, fed from the durable event publication registry (the outbox) and dispatched in the background.
 */
package io.quire.webhook;
