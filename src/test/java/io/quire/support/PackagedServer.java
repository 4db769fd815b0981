package io.quire.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The jar the build packaged, started as its own process on a free port with a fresh embedded
 * database, search index and signing key in {@code dir}, as an operator would start it. Ready when
 * its readiness probe says so ({@link #awaitReadiness()}, so that the caller can prepare
 * meanwhile); stopped (gracefully, then forcibly) on {@link #close()}.
 */
public final class PackagedServer implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;
    private final String adminPassword;

    private PackagedServer(Process process, Path log, int port, String adminPassword) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    public static PackagedServer launch(Path jar, Path dir, Path log, String... extraArguments) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: run the tests that need it with `./mvnw verify`");
        }
        int port = freePort();
        String adminPassword = "it-" + random(12);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("quire") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--cms.search.index-dir=" + dir.resolve("search-index"),
                "--cms.security.jwt-secret-file=" + dir.resolve("jwt-secret"),
                "--cms.admin.password=" + adminPassword));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PackagedServer(process, log, port, adminPassword);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** Waits until the server is ready to take requests; fails (and stops it) when it exits or takes too long. */
    public void awaitReadiness() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            Awaitility.await()
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsMatching(e -> e instanceof IOException)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("The server exited: " + logTail());
                        }
                        return http.send(readiness, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
