package io.quire.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An {@link ApiTest} on PostgreSQL with the search index in OpenSearch ({@code cms.search.backend=opensearch}),
 * on the real node of {@link OpenSearchNodeProcess}, under an index prefix of its own. Runs with {@code -Popensearch}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("opensearch")
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = SharedSearchIndex.Settings.class)
public @interface SharedSearchIndex {

    /** Points the context at the node, under an index prefix no other context uses. */
    class Settings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "cms.search.backend=opensearch",
                            "cms.search.uris=" + OpenSearchNodeProcess.uri(),
                            "cms.search.index-prefix=test-" + UUID.randomUUID() + "-")
                    .applyTo(context);
        }
    }
}
