package io.quire.webhook.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.core.web.HttpResponses;
import io.quire.core.web.IfMatch;
import io.quire.core.web.MergePatchMapping;
import io.quire.core.web.PageParams;
import io.quire.core.web.PageResponse;
import io.quire.core.web.PathIds;
import io.quire.core.web.SortSpec;
import io.quire.webhook.CreateWebhookRequest;
import io.quire.webhook.CreatedWebhookView;
import io.quire.webhook.DeliveryStatus;
import io.quire.webhook.DeliveryView;
import io.quire.webhook.WebhookManagement;
import io.quire.webhook.WebhookPatchRequest;
import io.quire.webhook.WebhookView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(
        name = "Webhooks",
        description =
                "Signed notifications of article and comment events to your endpoints, retried until they are taken (see docs/webhooks.md).")
@ApiSection(position = 5, order = "list create get patch delete ping deliveries delivery redeliver")
class WebhookController {

    private static final SortSpec SORT = SortSpec.of("id", "createdAt", "createdAt", "url", "url");
    private static final SortSpec DELIVERY_SORT =
            SortSpec.of("id", "createdAt", "createdAt", "occurredAt", "occurredAt");

    private final WebhookManagement webhooks;
    private final HttpResponses responses;

    WebhookController(WebhookManagement webhooks, HttpResponses responses) {
        this.webhooks = webhooks;
        this.responses = responses;
    }

    @Operation(
            summary = "List webhooks",
            description = "Every subscription, without secrets. Sortable by "
                    + "`createdAt` and `url` (default `createdAt,asc`).")
    @ApiAccess("ADMIN")
    @ApiErrors(400)
    @GetMapping
    ResponseEntity<PageResponse<WebhookView>> list(@ParameterObject PageParams paging) {
        return responses.page(webhooks.list(SORT.pageable(paging, Sort.by("createdAt"))));
    }

    @Operation(summary = "Create a webhook", description = """
            Subscribes `url` to `events`. Each event is POSTed as `{"id", "event", "occurredAt", "data"}` and \
            signed: `X-CMS-Signature: sha256=<hex HMAC-SHA256 of "<X-CMS-Timestamp>.<body>">`, keyed with the \
            secret. Without `secret`, a strong one is generated. The secret is in this answer only: store it now. \
            Loopback, private, link-local, multicast and metadata targets are refused (400 naming `url`).""")
    @ApiAccess("ADMIN")
    @ApiErrors({400, 415})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedWebhookView> create(@Valid @RequestBody CreateWebhookRequest request) {
        CreatedWebhookView webhook = webhooks.create(request);
        URI location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(webhook.id());
        // The ETag is that of the representation every later read shows: the one without the secret.
        return ResponseEntity.created(location)
                .eTag(responses.etagOf(webhook.withoutSecret()))
                .body(webhook);
    }

    @Operation(summary = "Get a webhook", description = "One subscription, without its secret.")
    @ApiAccess("ADMIN")
    @ApiErrors(404)
    @GetMapping("/" + PathIds.ID)
    ResponseEntity<WebhookView> get(@PathVariable UUID id) {
        return responses.ok(webhooks.get(id));
    }

    @Operation(
            summary = "Change a webhook",
            description = "JSON Merge Patch (RFC 7396) of `url`, `events` and "
                    + "`secret`. A new `secret` rotates it (write-only, not shown in the answer); pending deliveries and "
                    + "their retries go to the new URL, signed with the current secret.")
    @ApiAccess("ADMIN")
    @ApiErrors({400, 404, 412, 415})
    @MergePatchMapping("/" + PathIds.ID)
    ResponseEntity<WebhookView> patch(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = WebhookPatchRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"events\": [\"article.published\", \"article.deleted\"]}")))
                    @RequestBody
                    JsonNode patch,
            IfMatch ifMatch) {
        return responses.ok(webhooks.patch(id, patch, ifMatch.forPatch(patch)));
    }

    @Operation(
            summary = "Delete a webhook",
            description = "Deletes the subscription and its delivery log; " + "pending deliveries are not sent.")
    @ApiAccess("ADMIN")
    @ApiErrors({404, 412})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/" + PathIds.ID)
    ResponseEntity<Void> delete(@PathVariable UUID id, IfMatch ifMatch) {
        webhooks.delete(id, ifMatch.alone());
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Ping a webhook",
            description = "Queues a test delivery of the event `ping` (its `data` "
                    + "names the subscription). It is sent within a moment, signed and retried like any delivery; follow "
                    + "`Location` to see how it went.")
    @ApiAccess("ADMIN")
    @ApiErrors(404)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/" + PathIds.ID + "/ping")
    ResponseEntity<DeliveryView> ping(@PathVariable UUID id) {
        DeliveryView delivery = webhooks.ping(id);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/webhooks/{id}/deliveries/{deliveryId}")
                .build(id, delivery.id());
        return responses.created(location, delivery);
    }

    @Operation(
            summary = "List deliveries",
            description = "The subscription's deliveries with every attempt "
                    + "(time, status code, duration, error, the start of the answer), newest first. Filter by `status`; "
                    + "sortable by `createdAt` and `occurredAt` (default `createdAt,desc`).")
    @ApiAccess("ADMIN")
    @ApiErrors({400, 404})
    @GetMapping("/" + PathIds.ID + "/deliveries")
    ResponseEntity<PageResponse<DeliveryView>> deliveries(
            @PathVariable UUID id,
            @Parameter(description = "Delivery state.") @RequestParam(required = false) DeliveryStatus status,
            @ParameterObject PageParams paging) {
        return responses.page(webhooks.deliveries(
                id, status, DELIVERY_SORT.pageable(paging, Sort.by(Sort.Direction.DESC, "createdAt"))));
    }

    @Operation(summary = "Get a delivery", description = "One delivery with every attempt at it.")
    @ApiAccess("ADMIN")
    @ApiErrors(404)
    @GetMapping("/" + PathIds.ID + "/deliveries/" + PathIds.DELIVERY_ID)
    ResponseEntity<DeliveryView> delivery(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        return responses.ok(webhooks.delivery(id, deliveryId));
    }

    @Operation(
            summary = "Redeliver",
            description = "Sends a FAILED (or DELIVERED) delivery again, with the same "
                    + "id and a fresh round of attempts; 409 while it is still PENDING. Answers with the delivery as it is "
                    + "afterwards.")
    @ApiAccess("ADMIN")
    @ApiErrors({404, 409})
    @PostMapping("/" + PathIds.ID + "/deliveries/" + PathIds.DELIVERY_ID + "/redeliver")
    ResponseEntity<DeliveryView> redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        return responses.ok(webhooks.redeliver(id, deliveryId));
    }
}
