package io.quire.core.apidocs;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Swagger UI's start-up script, completed where springdoc's settings cannot reach (they only
 * take strings, and these are functions):
 * <ul>
 * <li>operations in the order of the controllers' {@link ApiSection}s instead of by HTTP method
 * or path;</li>
 * <li>a remembered sign-in that keeps the token but not the password: Swagger UI's password
 * flow would otherwise store the password in the browser's local storage in plain text;</li>
 * <li>an Authorize dialog that shows only what an editor fills in (username and password), not the
 * OAuth client credentials, their location and the scopes paragraph the password flow brings;</li>
 * <li>examples that name a field in {@value #TOMORROW} get that field set to tomorrow, 07:00 UTC by the
 * server's clock when the page is opened, so "Publish later" is still ahead whenever an editor runs it, while the
 * OpenAPI document itself stays the same from day to day.</li>
 * </ul>
 * It wraps springdoc's own transformer of that script, and only where Swagger UI is on
 * ({@link Installer}). If a Swagger UI upgrade changes the script so that these no longer apply,
 * the page still works without them (and {@code SwaggerUiBrowserTest} fails).
 */
final class SwaggerUiPage implements SwaggerIndexTransformer {

    private static final Logger log = LoggerFactory.getLogger(SwaggerUiPage.class);

    private static final String CONFIG_ANCHOR = "dom_id: '#swagger-ui',";
    private static final String PLUGINS_ANCHOR = "SwaggerUIBundle.plugins.DownloadUrl";

    /** The example extension naming a field to set to a time that is ahead when the page is opened. */
    static final String TOMORROW = "x-tomorrow-utc";

    private static final String SCRIPT = """
            const quire = {
              order: [%s],
              tomorrow: "%s",
              operationsSorter(a, b) {
                const rank = (op) => {
                  const i = quire.order.indexOf(op.getIn(["operation", "operationId"]));
                  return i < 0 ? quire.order.length : i;
                };
                return rank(a) - rank(b) || a.get("path").localeCompare(b.get("path"))
                    || a.get("method").localeCompare(b.get("method"));
              },
              forgetPassword() {
                return {statePlugins: {auth: {wrapActions: {authorizeOauth2: (action) => (payload) => {
                  const {password, clientSecret, ...auth} = payload.auth;
                  return action({...payload, auth});
                }}}}};
              },
              tomorrowInExamples() {
                const each = (object, visit) => Object.values(object || {}).forEach(visit);
                return {statePlugins: {spec: {wrapActions: {updateJsonSpec: (action) => (spec) => {
                  each(spec && spec.paths, (path) => each(path, (operation) =>
                    each(operation && operation.requestBody && operation.requestBody.content, (media) =>
                      each(media && media.examples, (example) => {
                        const field = example && example["%s"];
                        if (field && example.value && typeof example.value === "object") {
                          example.value = {...example.value, [field]: quire.tomorrow};
                        }
                      }))));
                  return action(spec);
                }}}}};
              }
            };
            // The Authorize dialog without what an editor never sets: OAuth client credentials and scopes.
            document.head.insertAdjacentHTML("beforeend", `<style>
              .auth-container .scope-def,
              .auth-container .wrapper:has(> label[for="password_type"]),
              .auth-container .wrapper:has(> label[for^="client_id_"]),
              .auth-container .wrapper:has(> label[for^="client_secret_"]) { display: none; }
            </style>`);

            """;

    private final SwaggerIndexTransformer springdoc;
    private final ObjectProvider<ApiSections> sections;
    private final ObjectProvider<Clock> clock;

    private SwaggerUiPage(
            SwaggerIndexTransformer springdoc, ObjectProvider<ApiSections> sections, ObjectProvider<Clock> clock) {
        this.springdoc = springdoc;
        this.sections = sections;
        this.clock = clock;
    }

    /** Tomorrow, 07:00 UTC: a morning publication time that stays ahead for the rest of the day the page is opened. */
    static Instant tomorrowMorning(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(1)
                .atTime(7, 0)
                .toInstant(ZoneOffset.UTC);
    }

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource page = springdoc.transform(request, resource, chain);
        if (!(page instanceof TransformedResource script)) {
            return page;
        }
        String js = new String(script.getByteArray(), StandardCharsets.UTF_8);
        if (!js.contains(CONFIG_ANCHOR) || !js.contains(PLUGINS_ANCHOR)) {
            log.warn("Swagger UI's start-up script has changed; operations keep Swagger UI's order and a "
                    + "remembered sign-in keeps the password");
            return page;
        }
        String order = sections.getObject().operationOrder().stream()
                .map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(", "));
        js = SCRIPT.formatted(order, tomorrowMorning(clock.getObject()), TOMORROW)
                + js.replace(CONFIG_ANCHOR, CONFIG_ANCHOR + "\n    operationsSorter: quire.operationsSorter,")
                        .replace(
                                PLUGINS_ANCHOR,
                                PLUGINS_ANCHOR + ",\n      quire.forgetPassword,\n      quire.tomorrowInExamples");
        return new TransformedResource(page, js.getBytes(StandardCharsets.UTF_8));
    }

    /** Wraps springdoc's transformer when there is one: nothing happens where Swagger UI or the API docs are off. */
    static final class Installer implements BeanPostProcessor {

        private final ObjectProvider<ApiSections> sections;
        private final ObjectProvider<Clock> clock;

        Installer(ObjectProvider<ApiSections> sections, ObjectProvider<Clock> clock) {
            this.sections = sections;
            this.clock = clock;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof SwaggerIndexTransformer transformer && !(bean instanceof SwaggerUiPage)
                    ? new SwaggerUiPage(transformer, sections, clock)
                    : bean;
        }
    }
}
