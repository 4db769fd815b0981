package io.quire.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One real OpenSearch node for every test of the JVM that needs one, started at the first ask, as a
 * child JVM of OpenSearch's own jars (unpacked by {@code -Popensearch}), on a free loopback port.
 * The node stops when this JVM ends, however it ends: it runs while its standard input is open.
 */
public final class OpenSearchNodeProcess {

    private static URI uri;
    private static Process node;

    private OpenSearchNodeProcess() {}

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public static synchronized URI uri() {
        if (uri == null) {
            uri = start();
        }
        return uri;
    }

    private static URI start() {
        String home = System.getProperty("quire.opensearch.home");
        String launcher = System.getProperty("quire.opensearch.launcher");
        if (home == null || !Files.isDirectory(Path.of(home))) {
            throw new IllegalStateException("No OpenSearch node to start: run the OpenSearch tests with -Popensearch");
        }
        try {
            Path data = Files.createTempDirectory("quire-opensearch");
            String classpath = String.join(
                    File.pathSeparator,
                    home + "/lib/*",
                    home + "/modules/transport-netty4/*",
                    home + "/modules/analysis-common/*");
            Path log = data.resolve("node.log");
            node = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xms256m",
                            "-Xmx512m",
                            "-XX:+UseSerialGC",
                            "-cp",
                            classpath,
                            launcher,
                            data.resolve("node").toString(),
                            "0"))
                    .redirectError(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchNodeProcess::stop));
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> awaitPort(out));
            try {
                return URI.create("http://127.0.0.1:" + port.get(180, TimeUnit.SECONDS));
            } catch (ExecutionException | TimeoutException e) {
                node.destroyForcibly();
                throw new IllegalStateException("The OpenSearch node did not start: " + Files.readString(log), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the node's output up to its {@code started <port>} line, then keeps draining it. */
    private static int awaitPort(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("started ")) {
                    Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}), "opensearch-node-output");
                    drain.setDaemon(true);
                    drain.start();
                    return Integer.parseInt(line.substring("started ".length()).trim());
                }
            }
            throw new IllegalStateException("The OpenSearch node exited");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop() {
        try {
            node.getOutputStream().close();
            if (!node.waitFor(20, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        } catch (IOException e) {
            node.destroyForcibly();
        } catch (InterruptedException e) {
            node.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
