package io.quire.webhook;

import io.quire.core.domain.ETags;
import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import io.quire.core.domain.MergePatcher;
import io.quire.core.domain.Precondition;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Webhook subscriptions and their delivery log. Secrets are write-only: shown once, in the answer to the
 * creation. Only admins get here (the URL rules in the security configuration).
 */
@Service
@Transactional
public class WebhookManagement {

    static final int MAX_URL_LENGTH = 2000;
    static final int MIN_SECRET_LENGTH = 24;
    static final int MAX_SECRET_LENGTH = 200;
    static final String SECRET_PATTERN = "^[\\x21-\\x7e]*$";

    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final DeliveryAttempts attempts;
    private final FanOut fanOut;
    private final TargetPolicy targets;
    private final MergePatcher patcher;
    private final ETags etags;
    private final Clock clock;

    WebhookManagement(
            Webhooks webhooks,
            Deliveries deliveries,
            DeliveryAttempts attempts,
            FanOut fanOut,
            TargetPolicy targets,
            MergePatcher patcher,
            ETags etags,
            Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.fanOut = fanOut;
        this.targets = targets;
        this.patcher = patcher;
        this.etags = etags;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<WebhookView> list(Pageable pageable) {
        return webhooks.findAll(pageable).map(WebhookView::of);
    }

    @Transactional(readOnly = true)
    public WebhookView get(UUID id) {
        return WebhookView.of(find(id));
    }

    /** Creates a subscription; without a secret, a strong one is generated. */
    public CreatedWebhookView create(CreateWebhookRequest request) {
        var target = checked(request.url(), request.events());
        String secret = request.secret() == null ? Signatures.newSecret() : request.secret();
        return CreatedWebhookView.of(webhooks.saveAndFlush(
                new Webhook(target.url().toString(), target.events(), secret, Instant.now(clock))));
    }

    /** Changes a subscription (RFC 7396 merge patch): pending deliveries go to the new URL, with the new secret. */
    public WebhookView patch(UUID id, JsonNode patch, Precondition precondition) {
        Webhook webhook = find(id);
        precondition.check(etags.of(WebhookView.of(webhook)), webhook.version());
        WebhookPatchRequest change = patcher.apply(
                new WebhookPatchRequest(webhook.url(), webhook.eventNames(), null, null),
                patch,
                WebhookPatchRequest.class);
        var target = checked(change.url(), change.events());
        webhook.change(target.url().toString(), target.events(), change.secret(), Instant.now(clock));
        return WebhookView.of(webhooks.saveAndFlush(webhook));
    }

    /** Deletes a subscription with its delivery log; deliveries still pending are not sent. */
    public void delete(UUID id, Precondition precondition) {
        Webhook webhook = find(id);
        precondition.check(etags.of(WebhookView.of(webhook)), webhook.version());
        webhooks.delete(webhook);
        webhooks.flush();
    }

    /** Queues a {@code ping} delivery to the subscription; it is sent within a moment, like any delivery. */
    public DeliveryView ping(UUID id) {
        return DeliveryView.of(fanOut.ping(find(id)), List.of());
    }

    @Transactional(readOnly = true)
    public Page<DeliveryView> deliveries(UUID webhookId, DeliveryStatus status, Pageable pageable) {
        find(webhookId);
        Page<Delivery> page = status == null
                ? deliveries.findByWebhookId(webhookId, pageable)
                : deliveries.findByWebhookIdAndStatus(webhookId, status, pageable);
        Map<UUID, List<AttemptView>> byDelivery =
                attempts
                        .findByDeliveryIdInOrderByAttemptedAtAsc(
                                page.getContent().stream().map(Delivery::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                DeliveryAttempt::deliveryId,
                                Collectors.mapping(DeliveryAttempt::view, Collectors.toList())));
        return page.map(d -> DeliveryView.of(d, byDelivery.getOrDefault(d.id(), List.of())));
    }

    @Transactional(readOnly = true)
    public DeliveryView delivery(UUID webhookId, UUID deliveryId) {
        return view(findDelivery(webhookId, deliveryId));
    }

    /** Queues a delivered or failed delivery again, with the same id (409 while it is still pending). */
    public DeliveryView redeliver(UUID webhookId, UUID deliveryId) {
        Delivery delivery = findDelivery(webhookId, deliveryId);
        delivery.redeliver(Instant.now(clock));
        return view(deliveries.saveAndFlush(delivery));
    }

    private DeliveryView view(Delivery delivery) {
        return DeliveryView.of(
                delivery,
                attempts.findByDeliveryIdInOrderByAttemptedAtAsc(List.of(delivery.id())).stream()
                        .map(DeliveryAttempt::view)
                        .toList());
    }

    private Target checked(String url, List<String> names) {
        List<FieldProblem> errors = new ArrayList<>();
        URI uri = null;
        try {
            uri = targets.validate(url);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            WebhookEvent.ofWireName(names.get(i))
                    .ifPresentOrElse(
                            events::add,
                            () -> errors.add(new FieldProblem(
                                    "events[" + index + "]", "must be one of " + WebhookEvent.subscribable())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Target(uri, events);
    }

    private record Target(URI url, Set<WebhookEvent> events) {}

    private Webhook find(UUID id) {
        return webhooks.findById(id).orElseThrow(() -> new WebhookNotFound(id));
    }

    private Delivery findDelivery(UUID webhookId, UUID deliveryId) {
        find(webhookId);
        return deliveries
                .findByIdAndWebhookId(deliveryId, webhookId)
                .orElseThrow(() -> new DeliveryNotFound(deliveryId));
    }
}
