package io.quire.transfer;

import io.quire.article.ArticleImport;
import io.quire.core.security.Caller;
import io.quire.transfer.quire.QuireImport;
import io.quire.transfer.wordpress.WordPressImport;
import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports: one at a time, under a lock in the database that every instance shares (renewed while the
 * import runs, so a crashed instance holds it ten minutes at most), in a thread of its own, writing its
 * progress to the import after every batch. The uploaded file is deleted when the import ends.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final String LOCK = "quire-import";
    private static final Duration HOLD = Duration.ofMinutes(10);

    private final ImportRuns runs;
    private final ContentImport content;
    private final QuireImport quire;
    private final TransferProperties properties;
    private final JdbcTemplateLockProvider locks;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "quire-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportRunner(
            ImportRuns runs,
            ContentImport content,
            QuireImport quire,
            TransferProperties properties,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.runs = runs;
        this.content = content;
        this.quire = quire;
        this.properties = properties;
        this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Refuses a file that is not of the format, before anything starts. */
    void check(ImportFormat format, Path file) {
        if (format == ImportFormat.WORDPRESS) {
            WordPressImport.check(file);
        } else {
            quire.check(file);
        }
    }

    /** Starts the import in the background; false when another one holds the lock. */
    boolean start(ImportRun run, Path file, Caller caller) {
        Optional<SimpleLock> lock = lock();
        if (lock.isEmpty()) {
            return false;
        }
        transaction.executeWithoutResult(status -> runs.save(run));
        AtomicReference<SimpleLock> held = new AtomicReference<>(lock.get());
        executor.execute(() -> {
            try {
                run(run.id(), file, caller, held);
            } finally {
                held.get().unlock();
                ImportManagement.delete(file);
            }
        });
        return true;
    }

    /** Runs an import here and now, in the calling thread (the command line); the lock is held meanwhile. */
    ImportView runNow(ImportRun run, Path file, Caller caller) {
        AtomicReference<SimpleLock> held =
                new AtomicReference<>(lock().orElseThrow(() -> new IllegalStateException("Another import is running")));
        try {
            transaction.executeWithoutResult(status -> runs.save(run));
            run(run.id(), file, caller, held);
            return transaction.execute(
                    status -> runs.findById(run.id()).orElseThrow().view());
        } finally {
            held.get().unlock();
        }
    }

    /** Imports left RUNNING by an instance that stopped (the lock is free again) end as FAILED. */
    @EventListener(ApplicationReadyEvent.class)
    void endInterrupted() {
        lock().ifPresent(free -> {
            try {
                transaction.executeWithoutResult(status ->
                        runs.findByStatus(ImportStatus.RUNNING).forEach(run -> run.interrupted(Instant.now(clock))));
            } finally {
                free.unlock();
            }
        });
    }

    private Optional<SimpleLock> lock() {
        return locks.lock(new LockConfiguration(Instant.now(clock), LOCK, HOLD, Duration.ZERO));
    }

    private void run(java.util.UUID id, Path file, Caller caller, AtomicReference<SimpleLock> lock) {
        ImportRun run = transaction.execute(status -> runs.findById(id).orElseThrow());
        ImportView start = run.view();
        AtomicLong read = new AtomicLong();
        ContentImport.Options options = new ContentImport.Options(
                start.dryRun(),
                start.format() == ImportFormat.QUIRE ? ArticleImport.SlugClash.FAIL : ArticleImport.SlugClash.SUFFIX,
                ArticleImport.Indexing.AFTER_COMMIT,
                properties.batchSize());
        ContentImport.Session[] session = new ContentImport.Session[1];
        session[0] = content.open(options, () -> {
            lock.get().extend(HOLD, Duration.ZERO).ifPresent(lock::set);
            save(id, read.get(), session[0], null);
        });
        ImportStatus outcome = ImportStatus.DONE;
        try {
            if (start.format() == ImportFormat.WORDPRESS) {
                new WordPressImport()
                        .run(
                                path -> counted(path, read),
                                file,
                                session[0],
                                new WordPressImport.Fallback(caller.id(), caller.username()),
                                Instant.now(clock));
            } else {
                quire.run(counted(file, read), session[0]);
            }
        } catch (ImportRefused e) {
            session[0].failed("the file", e.getMessage());
            outcome = ImportStatus.FAILED;
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            session[0].failed(
                    "the import",
                    "stopped by an unexpected error; what was written before stays, and "
                            + "importing the same file again completes it");
            outcome = ImportStatus.FAILED;
        }
        save(id, read.get(), session[0], outcome);
    }

    private void save(java.util.UUID id, long bytesRead, ContentImport.Session session, ImportStatus finished) {
        transaction.executeWithoutResult(status -> {
            ImportRun run = runs.findById(id).orElseThrow();
            run.progress(bytesRead, session.counts(), session.problems());
            if (finished != null) {
                run.finish(finished, Instant.now(clock));
            }
        });
    }

    private static InputStream counted(Path file, AtomicLong read) {
        try {
            read.set(0);
            return new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        read.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        read.addAndGet(n);
                    }
                    return n;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
