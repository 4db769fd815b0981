package io.quire.media;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A real S3-compatible server for the tests: Adobe S3Mock's runnable jar (copied into {@code target/s3mock} by
 * the build), started as a child JVM on a free port with one bucket, and stopped when the test JVM exits.
 */
final class S3MockServer {

    static final String BUCKET = "quire-media";
    private static S3MockServer running;

    private final Process process;
    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static synchronized S3MockServer get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        }
        return running;
    }

    /** Lets S3Mock delete its files as it shuts down; forcibly if it takes too long. */
    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    String endpoint() {
        return "http://localhost:" + port;
    }

    private static S3MockServer start() {
        Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it at process-test-classes");
        }
        try {
            int port = freePort();
            Path root = Files.createTempDirectory("s3mock-");
            Process process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toString(),
                            "--server.port=0",
                            "--com.adobe.testing.s3mock.httpPort=" + port,
                            "--com.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
                            "--com.adobe.testing.s3mock.domain.root=" + root,
                            "--logging.level.root=warn"))
                    .redirectErrorStream(true)
                    .redirectOutput(new File(root.toFile(), "s3mock.log"))
                    .start();
            S3MockServer server = new S3MockServer(process, port);
            HttpClient http = HttpClient.newHttpClient();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    "S3Mock exited: " + Files.readString(root.resolve("s3mock.log")));
                        }
                        return http.send(
                                                HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .statusCode()
                                == 200;
                    });
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
