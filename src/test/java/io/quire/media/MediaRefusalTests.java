package io.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Every upload the media library refuses, over HTTP on H2 and PostgreSQL (subclasses): each a problem naming
 * {@code file} with the right status, and nothing stored, nothing left in the work folder.
 */
abstract class MediaRefusalTests extends MediaHttp {

    private static final String UNSUPPORTED = "urn:quire:problem:unsupported-image";
    private static final String INVALID = "urn:quire:problem:invalid-image";

    private String token;
    private long filesBefore;
    private long assetsBefore;
    private int onDiskBefore;
    private Set<Path> workBefore;

    @BeforeEach
    void rememberWhatIsStored() {
        token = signedIn("AUTHOR");
        filesBefore = rows("media_files");
        assetsBefore = rows("media_assets");
        onDiskBefore = onDisk().size();
        workBefore = work();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(rows("media_files")).isEqualTo(filesBefore);
        assertThat(rows("media_assets")).isEqualTo(assetsBefore);
        // The container removes a spooled part once the answer is written.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(onDisk()).hasSize(onDiskBefore);
            assertThat(work()).isSubsetOf(workBefore);
        });
    }

    private Set<Path> work() {
        try (Stream<Path> entries = Files.list(directories.work())) {
            return Set.copyOf(entries.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode refused(byte[] bytes, String filename, int status) {
        return body(upload(token, bytes, filename).expectStatus().isEqualTo(status));
    }

    @Test
    void refusesAFileThatIsNoImage() {
        JsonNode problem = refused("Quarterly figures, draft".getBytes(StandardCharsets.UTF_8), "notes.txt", 415);
        assertProblem(problem, 415, UNSUPPORTED, "file");
        assertThat(problem.path("detail").asString()).contains("JPEG, PNG, GIF and WebP");
        assertProblem(
                refused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "scan.jpg", 415), 415, UNSUPPORTED, "file");
    }

    @Test
    void refusesSvgWhateverItIsCalled() {
        JsonNode problem = refused(ImageFixtures.svg(), "logo.svg", 415);
        assertProblem(problem, 415, UNSUPPORTED, "file");
        assertThat(problem.path("detail").asString()).contains("SVG");
        assertProblem(refused(ImageFixtures.svg(), "logo.png", 415), 415, UNSUPPORTED, "file");
    }

    @Test
    void refusesBytesThatDisagreeWithTheName() {
        JsonNode problem = refused(ImageFixtures.uniqueJpeg(100, 100), "photo.png", 415);
        assertProblem(problem, 415, UNSUPPORTED, "file");
        assertThat(problem.path("detail").asString()).contains("photo.png", "JPEG");
        assertProblem(refused(ImageFixtures.png(50, 50), "chart.svg", 415), 415, UNSUPPORTED, "file");
    }

    @Test
    void refusesAnEmptyFileAndAMissingOne() {
        assertProblem(refused(new byte[0], "empty.jpg", 400), 400, INVALID, "file");
        var noFile = http.post()
                .uri("/api/v1/assets")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(new org.springframework.util.LinkedMultiValueMap<>(java.util.Map.of("alt", List.of("No file"))))
                .exchange();
        assertProblem(body(noFile.expectStatus().isBadRequest()), 400, "urn:quire:problem:validation", "file");
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(ImageFixtures.jpeg(64, 64), 0, big, 0, 100);
        List<String> answer = rawUpload(big, -1);
        assertThat(answer.get(0)).startsWith("HTTP/1.1 413");
        JsonNode problem = json(answer.get(answer.size() - 1));
        assertProblem(problem, 413, "urn:quire:problem:file-too-large", "file");
        assertThat(problem.path("detail").asString()).contains("20971520");
    }

    @Test
    void answers413BeforeReadingABodyDeclaredTooLarge() throws IOException {
        // A gigabyte is declared and 64 KB sent: the answer comes without waiting for the rest.
        List<String> answer = rawUpload(new byte[64 * 1024], 1L << 30);
        assertThat(answer.get(0)).startsWith("HTTP/1.1 413");
        assertProblem(json(answer.get(answer.size() - 1)), 413, "urn:quire:problem:body-too-large", null);
    }

    /**
     * Sends an upload over a plain socket from a thread of its own, and reads the answer meanwhile: the server
     * answers a file over the limit at once and stops reading, so a client still writing sees its connection
     * closed, and only one that reads while it writes sees why.
     *
     * @param declared the Content-Length to declare, or -1 for the true length
     * @return the status line, the header lines and the body
     */
    private static String read(BufferedReader in, int size) throws IOException {
        char[] text = new char[size];
        for (int read = 0; read < size; ) {
            int n = in.read(text, read, size - read);
            if (n < 0) {
                throw new java.io.EOFException("The answer ended early");
            }
            read += n;
        }
        return new String(text);
    }

    private static final String BOUNDARY = "quire-boundary";
    private static final byte[] PART_HEAD = ("--" + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PART_TAIL = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);

    private List<String> rawUpload(byte[] file, long declared) throws IOException {
        long length = declared >= 0 ? declared : PART_HEAD.length + file.length + PART_TAIL.length;
        return exchange("Content-Length: " + length, out -> {
            out.write(PART_HEAD);
            out.write(file);
            out.write(PART_TAIL);
        });
    }

    @Test
    void refusesAChunkedFileOverTheLimitOnceTheLimitIsPassed() throws IOException {
        // A gigabyte offered in chunks, without Content-Length: the server stops reading soon after 20 MB.
        long offered = 1L << 30;
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        List<String> answer = exchange("Transfer-Encoding: chunked", out -> {
            chunk(out, PART_HEAD);
            chunk(out, Arrays.copyOf(ImageFixtures.jpeg(64, 64), 100));
            byte[] filler = new byte[64 * 1024];
            while (sent.addAndGet(filler.length) < offered) {
                chunk(out, filler);
            }
            chunk(out, PART_TAIL);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(answer.get(0)).startsWith("HTTP/1.1 413");
        JsonNode problem = json(answer.get(answer.size() - 1));
        assertProblem(problem, 413, "urn:quire:problem:file-too-large", "file");
        // The limit, what the container swallows after answering (16 MB) and what the sockets hold in flight.
        assertThat(sent.get()).isLessThan(80L * 1024 * 1024);
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private List<String> exchange(String framing, BodyWriter content) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(("POST /api/v1/assets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                                    + "\r\n" + framing + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    content.write(out);
                    out.flush();
                } catch (IOException e) {
                    // The server stopped reading: expected once it has answered.
                }
            });
            writer.start();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new java.util.ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            boolean chunked = lines.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"));
            StringBuilder body = new StringBuilder();
            if (chunked) {
                for (int size = Integer.parseInt(in.readLine().trim(), 16); size > 0; ) {
                    body.append(read(in, size));
                    in.readLine();
                    size = Integer.parseInt(in.readLine().trim(), 16);
                }
            } else {
                int size = lines.stream()
                        .filter(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                        .map(h -> Integer.parseInt(h.substring(15).trim()))
                        .findFirst()
                        .orElse(0);
                body.append(read(in, size));
            }
            lines.add(body.toString());
            socket.close();
            writer.join(30_000);
            return lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void refusesADecompressionBombFromItsHeader() {
        byte[] bomb = ImageFixtures.pngDeclaring(100_000, 100_000);
        assertThat(bomb.length).isLessThan(200);
        JsonNode problem = refused(bomb, "bomb.png", 400);
        assertProblem(problem, 400, INVALID, "file");
        assertThat(problem.path("detail").asString()).contains("100000 × 100000", "60000000");
    }

    @Test
    void refusesATruncatedJpeg() {
        JsonNode problem = refused(ImageFixtures.truncatedJpeg(), "cut.jpg", 400);
        assertProblem(problem, 400, INVALID, "file");
        assertThat(problem.path("detail").asString()).contains("truncated");
    }

    @Test
    void refusesTextThatIsTooLongOrCarriesNul() {
        JsonNode problem = body(upload(token, ImageFixtures.uniqueJpeg(50, 50), "a.jpg", "a".repeat(1001), "x\u0000y")
                .expectStatus()
                .isBadRequest());
        assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("alt", "caption");
    }

    @Test
    void refusesBodiesThatAreNoMultipartForm() {
        send(org.springframework.http.HttpMethod.POST, "/api/v1/assets", token, "{\"file\": \"x\"}")
                .expectStatus()
                .isEqualTo(415);
        var otherBoundary = http.post()
                .uri("/api/v1/assets")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=nothing-like-this")
                .body("--other\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")
                .exchange();
        assertProblem(body(otherBoundary.expectStatus().isBadRequest()), 400, "urn:quire:problem:validation", "file");
        var unfinished = http.post()
                .uri("/api/v1/assets")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .body("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n\u00ff\u00d8")
                .exchange();
        assertProblem(body(unfinished.expectStatus().isBadRequest()), 400, "urn:quire:problem:malformed-body", null);
    }
}
