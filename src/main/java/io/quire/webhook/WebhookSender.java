package io.quire.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends one attempt of a delivery: resolves and checks the target's addresses and connects to exactly those (no
 * second DNS answer can slip in between), signs the body with the timestamp of this attempt, posts it without
 * following redirects, and reads at most 4 KB of the answer. Every attempt ends within the connect and read
 * timeouts; it runs on threads of its own, never on a request thread.
 */
@Component
class WebhookSender implements DisposableBean {

    static final int RESPONSE_BODY_LIMIT = 4096;
    private static final String USER_AGENT = "Quire-Webhooks/1";

    private final ExecutorService executor;
    private final ScheduledExecutorService deadlines;
    private final CloseableHttpClient client;
    private final Duration readTimeout;
    private final Duration deadline;
    private final Clock clock;

    WebhookSender(WebhookProperties properties, TargetPolicy policy, Clock clock) {
        AtomicInteger threads = new AtomicInteger();
        this.executor =
                Executors.newCachedThreadPool(task -> daemon(task, "webhook-sender-" + threads.incrementAndGet()));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "webhook-deadlines"));
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(policy))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.readTimeout()))
                                .build())
                        .setMaxConnTotal(properties.concurrency())
                        .setMaxConnPerRoute(properties.concurrency())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent(USER_AGENT)
                .build();
        this.readTimeout = properties.readTimeout();
        this.deadline = properties.connectTimeout().plus(properties.readTimeout());
        this.clock = clock;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    CompletableFuture<AttemptResult> sendAsync(Outgoing outgoing) {
        return CompletableFuture.supplyAsync(() -> send(outgoing), executor);
    }

    AttemptResult send(Outgoing outgoing) {
        Instant attemptedAt = Instant.now(clock);
        long start = System.nanoTime();
        long timestamp = attemptedAt.getEpochSecond();
        HttpPost post = new HttpPost(outgoing.url());
        post.setHeader("X-CMS-Event", outgoing.event());
        post.setHeader("X-CMS-Delivery", outgoing.deliveryId().toString());
        post.setHeader("X-CMS-Timestamp", Long.toString(timestamp));
        post.setHeader("X-CMS-Signature", Signatures.sign(outgoing.secret(), timestamp, outgoing.body()));
        post.setEntity(
                new ByteArrayEntity(outgoing.body().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> timer = deadlines.schedule(
                () -> {
                    timedOut.set(true);
                    post.cancel();
                },
                deadline.toMillis(),
                TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, post, null);
            String body = readCapped(response, post);
            return AttemptResult.answered(attemptedAt, response.getCode(), millisSince(start), body);
        } catch (RefusedTarget e) {
            return AttemptResult.failed(attemptedAt, millisSince(start), "target refused: url " + e.getMessage());
        } catch (IOException e) {
            if (timedOut.get()) {
                return AttemptResult.failed(
                        attemptedAt,
                        millisSince(start),
                        "timed out: no complete answer within " + deadline.toMillis() + " ms");
            }
            return AttemptResult.failed(attemptedAt, millisSince(start), describe(e));
        } finally {
            timer.cancel(false);
            closeQuietly(response, post);
        }
    }

    /**
     * The first 4 KB of the answer. A longer answer is not read on: its connection is dropped instead, so a receiver
     * that answers with megabytes costs no more than the cap.
     */
    private static String readCapped(ClassicHttpResponse response, HttpPost post) throws IOException {
        if (response.getEntity() == null) {
            return "";
        }
        InputStream in = response.getEntity().getContent();
        byte[] head = in.readNBytes(RESPONSE_BODY_LIMIT);
        if (in.read() < 0) {
            in.close(); // read to the end: the connection may serve the next attempt
        } else {
            post.cancel();
        }
        return new String(head, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(ClassicHttpResponse response, HttpPost post) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException e) {
            post.cancel();
        }
    }

    private String describe(IOException error) {
        if (error instanceof ConnectTimeoutException) {
            return "timed out: no connection within the connect timeout";
        }
        if (error instanceof SocketTimeoutException || error instanceof InterruptedIOException) {
            return "timed out: no answer within " + readTimeout.toMillis() + " ms";
        }
        if (error instanceof ConnectException) {
            return "connection failed" + (error.getMessage() == null ? "" : ": " + error.getMessage());
        }
        if (error instanceof UnknownHostException) {
            return "host unknown" + (error.getMessage() == null ? "" : ": " + error.getMessage());
        }
        return "I/O error" + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void destroy() throws IOException {
        executor.shutdownNow();
        deadlines.shutdownNow();
        client.close();
    }

    /** Resolves a target once, through the policy: the connection is made to the addresses that were checked. */
    private record CheckedResolver(TargetPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
                return policy.addressesOf(host);
            } catch (TargetPolicy.UnsafeTarget e) {
                throw new RefusedTarget(e.getMessage());
            }
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    /** A target the policy refused, surfacing through the client's connection code. */
    private static final class RefusedTarget extends UnknownHostException {
        RefusedTarget(String reason) {
            super(reason);
        }
    }
}
