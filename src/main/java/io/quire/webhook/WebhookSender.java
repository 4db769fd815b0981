package io.quire.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends one attempt of a delivery: checks the target's addresses again, signs the body with the timestamp of
 * this attempt, posts it without following redirects, and reads at most 4 KB of the answer. Every attempt ends
 * within the connect and read timeouts; it runs on threads of its own, never on a request thread.
 */
@Component
class WebhookSender implements DisposableBean {

    static final int RESPONSE_BODY_LIMIT = 4096;
    private static final String USER_AGENT = "Quire-Webhooks/1";

    private final ExecutorService executor;
    private final HttpClient client;
    private final TargetPolicy policy;
    private final Duration readTimeout;
    private final Duration deadline;
    private final Clock clock;

    WebhookSender(WebhookProperties properties, TargetPolicy policy, Clock clock) {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "webhook-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.policy = policy;
        this.readTimeout = properties.readTimeout();
        this.deadline = properties.connectTimeout().plus(properties.readTimeout());
        this.clock = clock;
    }

    CompletableFuture<AttemptResult> sendAsync(Outgoing outgoing) {
        return CompletableFuture.supplyAsync(() -> send(outgoing), executor);
    }

    AttemptResult send(Outgoing outgoing) {
        Instant attemptedAt = Instant.now(clock);
        long start = System.nanoTime();
        try {
            policy.check(outgoing.url());
        } catch (TargetPolicy.UnsafeTarget e) {
            return AttemptResult.failed(attemptedAt, millisSince(start), "target refused: url " + e.getMessage());
        }
        long timestamp = attemptedAt.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(outgoing.url())
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("X-CMS-Event", outgoing.event())
                .header("X-CMS-Delivery", outgoing.deliveryId().toString())
                .header("X-CMS-Timestamp", Long.toString(timestamp))
                .header("X-CMS-Signature", Signatures.sign(outgoing.secret(), timestamp, outgoing.body()))
                .POST(HttpRequest.BodyPublishers.ofString(outgoing.body()))
                .build();
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request, info -> new CappedBodySubscriber(RESPONSE_BODY_LIMIT));
        try {
            HttpResponse<String> response = exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return AttemptResult.answered(attemptedAt, response.statusCode(), millisSince(start), response.body());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return AttemptResult.failed(
                    attemptedAt,
                    millisSince(start),
                    "timed out: no complete answer within " + deadline.toMillis() + " ms");
        } catch (ExecutionException e) {
            return AttemptResult.failed(attemptedAt, millisSince(start), describe(e.getCause()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return AttemptResult.failed(attemptedAt, millisSince(start), "interrupted: the server is stopping");
        }
    }

    private String describe(Throwable error) {
        if (error instanceof HttpConnectTimeoutException) {
            return "timed out: no connection within the connect timeout";
        }
        if (error instanceof HttpTimeoutException) {
            return "timed out: no answer within " + readTimeout.toMillis() + " ms";
        }
        if (error instanceof ConnectException) {
            return "connection failed" + (error.getMessage() == null ? "" : ": " + error.getMessage());
        }
        if (error instanceof IOException) {
            return "I/O error" + (error.getMessage() == null ? "" : ": " + error.getMessage());
        }
        return "failed: " + error.getClass().getSimpleName();
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
