package io.quire.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node.js and npm the operating system has (never downloaded by the build): whether they are
 * there and new enough, and running npm commands with their output kept in a log.
 */
public final class NodeToolchain {

    private static final int MINIMUM_NODE = 20;
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.\\d+\\.\\d+");

    private NodeToolchain() {}

    /** Why the TypeScript client cannot be tested here, or empty when Node 20+ and npm are installed. */
    public static Optional<String> missing() {
        Optional<String> node = versionOf("node");
        if (node.isEmpty()) {
            return Optional.of("Node.js is not installed (Node " + MINIMUM_NODE + " or newer, with npm)");
        }
        Matcher version = VERSION.matcher(node.get());
        if (!version.find() || Integer.parseInt(version.group(1)) < MINIMUM_NODE) {
            return Optional.of("Node.js " + node.get() + " is older than " + MINIMUM_NODE);
        }
        if (versionOf("npm").isEmpty()) {
            return Optional.of("npm is not installed");
        }
        return Optional.empty();
    }

    /** The first line a {@code --version} prints, or empty when the command cannot run. */
    public static Optional<String> versionOf(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean exited = process.waitFor(30, TimeUnit.SECONDS);
            return exited && process.exitValue() == 0 && !output.isEmpty()
                    ? Optional.of(output.lines().findFirst().orElse(output))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Runs a command in {@code dir} with extra environment variables, appending its output to
     * {@code log} and echoing it to {@code console}; kills it (and what it started) after {@code timeout}.
     *
     * @return the exit code and the last lines of output
     */
    public static Result run(
            Path dir, Map<String, String> env, Path log, PrintStream console, Duration timeout, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        List<String> tail = new ArrayList<>();
        Thread pump = new Thread(() -> copy(process, log, console, tail), "output of " + command[0]);
        pump.setDaemon(true);
        pump.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            pump.join(10_000);
            synchronized (tail) {
                return new Result(-1, "timed out after " + timeout + "\n" + String.join("\n", tail));
            }
        }
        pump.join(10_000);
        synchronized (tail) {
            return new Result(process.exitValue(), String.join("\n", tail));
        }
    }

    private static void copy(Process process, Path log, PrintStream console, List<String> tail) {
        try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(
                        log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                out.write(line);
                out.newLine();
                console.println(line);
                synchronized (tail) {
                    tail.add(line);
                    if (tail.size() > 80) {
                        tail.remove(0);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a command ended: its exit code (-1 when it was killed) and the end of its output. */
    public record Result(int exitCode, String tail) {}
}
