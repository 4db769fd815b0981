package io.quire.core;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quire.core.domain.ContentChanged;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Empties the read caches of every other instance when content changes, so a change made through
 * one instance is read through all of them at once. On PostgreSQL, each transaction that changes
 * content also sends a notification ({@code NOTIFY}), which the database delivers to the instances
 * listening when, and only if, the transaction commits; each instance listens on a connection of
 * its own and, on a notification from another instance, publishes a {@link ContentChanged} that
 * the caches answer as they answer their own instance's changes. A notification lost while that
 * connection was down is covered by emptying the caches when it is back, and by the caches'
 * {@code cms.cache.ttl}. On the embedded database (one instance) there is no one to tell.
 */
@Component
class ChangeBroadcast implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcast.class);
    private static final String CHANNEL = "quire_content_changed";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** A change made through another instance. */
    private record ChangedElsewhere() implements ContentChanged {}

    private final String instance = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final boolean postgres;
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;
    private final Counter heard;

    ChangeBroadcast(DataSource dataSource, JdbcTemplate jdbc, ApplicationEventPublisher events, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.heard = Counter.builder("quire.cache.changes.elsewhere")
                .description("Changes made through other instances that emptied this instance's read caches")
                .register(meters);
        this.jdbc = jdbc;
        this.events = events;
        this.postgres = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName())
                .equals("PostgreSQL");
    }

    /** In the changing transaction: the database sends the notification when the transaction commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ContentChanged change) {
        if (postgres && !(change instanceof ChangedElsewhere)) {
            jdbc.queryForObject("select pg_notify(?, ?)", String.class, CHANNEL, instance);
        }
    }

    @Override
    public void start() {
        if (!postgres) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "content-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        boolean missed = false;
        while (running) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                listening = connection;
                statement.execute("LISTEN " + CHANNEL);
                if (missed) {
                    // Changes made while this instance was not listening went unannounced here.
                    events.publishEvent(new ChangedElsewhere());
                }
                backoff = Duration.ofSeconds(1);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(10_000);
                    int elsewhere = fromElsewhere(received);
                    if (elsewhere > 0) {
                        events.publishEvent(new ChangedElsewhere());
                        heard.increment(elsewhere);
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                missed = true;
                log.warn("Not listening for other instances' changes, trying again in {}: {}", backoff, e.getMessage());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private int fromElsewhere(PGNotification[] received) {
        int elsewhere = 0;
        for (PGNotification notification : received == null ? new PGNotification[0] : received) {
            if (!instance.equals(notification.getParameter())) {
                elsewhere++;
            }
        }
        return elsewhere;
    }

    /** A connection of its own, outside the pool: it is held for as long as the instance runs. */
    private Connection connect() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }
}
