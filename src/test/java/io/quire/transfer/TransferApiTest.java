package io.quire.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/** Starting imports over HTTP and waiting for them to end. */
abstract class TransferApiTest extends ApiTest {

    protected RestTestClient.ResponseSpec startImport(String token, byte[] file, String format, boolean dryRun) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (file != null) {
            HttpHeaders part = new HttpHeaders();
            part.setContentDispositionFormData("file", "export.xml");
            part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            form.add("file", new HttpEntity<>(file, part));
        }
        if (format != null) {
            form.add("format", format);
        }
        form.add("dryRun", Boolean.toString(dryRun));
        var request = http.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.body(form).exchange();
    }

    /** Imports the file as the admin and waits until the import ends; answers the finished import. */
    protected JsonNode importAndWait(String file, String format) {
        return importAndWait(file.getBytes(StandardCharsets.UTF_8), format, false);
    }

    protected JsonNode importAndWait(byte[] file, String format, boolean dryRun) {
        var started =
                startImport(adminToken(), file, format, dryRun).expectStatus().isAccepted();
        String location = started.returnResult(String.class)
                .getResponseHeaders()
                .getLocation()
                .getPath();
        return awaitEnd(location);
    }

    protected JsonNode awaitEnd(String location) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] = body(get(location, adminToken()).expectStatus().isOk());
                    return !last[0].path("status").asString().equals("RUNNING");
                });
        assertThat(last[0].path("finishedAt").isNull()).isFalse();
        return last[0];
    }
}
