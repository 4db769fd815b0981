package io.quire.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/** A real PostgreSQL server inside the test JVM, for the tests that run with the {@code pgtest} profile. */
@TestConfiguration(proxyBeanMethods = false)
@Profile("pgtest")
public class EmbeddedPostgresConfig {

    /**
     * Stopped by the context, after everything that uses it, and not by a JVM shutdown hook of its own: such a hook
     * runs alongside Spring's and would take the server away while beans still close (the event publication
     * registry reads it on close), stalling the JVM's exit.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
