package io.quire.support;

import io.quire.CmsApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Quire instance of several in the same test, as behind a load balancer: the whole
 * application on a random port, with the given settings, called over HTTP.
 */
public final class Instance implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final String adminPassword;

    private Instance(ConfigurableApplicationContext context, String adminPassword) {
        this.context = context;
        this.adminPassword = adminPassword;
    }

    /** Starts an instance with the admin password, the settings common to tests, and {@code settings}. */
    public static Instance start(String adminPassword, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--cms.admin.password=" + adminPassword,
                "--cms.security.jwt-secret=c2hhcmVkLXNpZ25pbmcta2V5LWZvci1hbGwtaW5zdGFuY2VzLW9mLXF1aXJlIQ==",
                "--cms.webhooks.allow-private-targets=true",
                "--logging.level.io.quire=warn"));
        args.addAll(List.of(settings));
        return new Instance(
                new SpringApplicationBuilder(CmsApplication.class).run(args.toArray(String[]::new)), adminPassword);
    }

    public RestTestClient client() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String adminToken() {
        return json(client().post()
                        .uri("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body("grant_type=password&username=admin&password=" + adminPassword)
                        .exchange()
                        .expectStatus()
                        .isOk())
                .path("access_token")
                .asString();
    }

    public static JsonNode json(RestTestClient.ResponseSpec response) {
        return JSON.readTree(response.returnResult(String.class).getResponseBody());
    }

    @Override
    public void close() {
        context.close();
    }
}
