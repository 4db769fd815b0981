package io.quire.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The webhook backlog for operators: deliveries still to be sent, and those given up on. */
@Component
class WebhookMetrics {

    WebhookMetrics(Deliveries deliveries, MeterRegistry meters) {
        Gauge.builder("quire.webhooks.deliveries", deliveries, d -> d.countByStatus(DeliveryStatus.PENDING))
                .tag("status", "pending")
                .description("Webhook deliveries waiting to be sent or retried")
                .register(meters);
        Gauge.builder("quire.webhooks.deliveries", deliveries, d -> d.countByStatus(DeliveryStatus.FAILED))
                .tag("status", "failed")
                .description("Webhook deliveries given up on after the last attempt (kept for the retention period)")
                .register(meters);
    }
}
