package io.quire.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A webhook receiver on a loopback port of its own: records every request and answers with the status its
 * current rule gives (200 unless told otherwise), or holds the answer until released.
 */
final class Receiver implements AutoCloseable {

    /** What to answer: a status, optionally a {@code Location}, and a body of a given size (0: a short text). */
    record Answer(int status, String location, int bodySize) {

        static Answer of(int status) {
            return new Answer(status, null, 0);
        }
    }

    record Request(String method, String path, Map<String, String> headers, String body, int answeredWith) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, Answer> rule = body -> Answer.of(200);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean holding;

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static Receiver start() {
        try {
            return new Receiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/quire";
    }

    /** Answers each request with the status the rule gives for its body. */
    Receiver answering(Function<String, Integer> rule) {
        this.rule = body -> Answer.of(rule.apply(body));
        return this;
    }

    /** Answers each request as the rule says, given its body. */
    Receiver answeringWith(Function<String, Answer> rule) {
        this.rule = rule;
        return this;
    }

    /** Holds every answer until {@link #close()}: a receiver that is too slow. */
    Receiver holding() {
        this.holding = true;
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests whose body mentions the text (an article or comment id), in the order they came. */
    List<Request> requestsAbout(String text) {
        return requests.stream().filter(r -> r.body().contains(text)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            if (holding) {
                release.await(30, TimeUnit.SECONDS);
            }
            Answer answer = rule.apply(body);
            requests.add(new Request(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body, answer.status()));
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            if (answer.status() == 204) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] content = answer.bodySize() > 0
                    ? "x".repeat(answer.bodySize()).getBytes()
                    : (answer.status() < 300 ? "ok" : "receiver says no").getBytes();
            exchange.sendResponseHeaders(answer.status(), content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            } catch (IOException e) {
                // The sender stopped reading (it reads 4 KB at most): nothing more to write.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
