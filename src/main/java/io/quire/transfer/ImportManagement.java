package io.quire.transfer;

import io.quire.core.domain.InvalidInput;
import io.quire.core.domain.NotFound;
import io.quire.core.domain.NotPermitted;
import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Starts imports and tells how they go. One import runs at a time (across every instance on the database): a
 * second is refused with 409 while the first runs. A file that is not of the format named, or that declares a
 * document type, is refused before anything starts; the import itself runs in the background.
 */
@Service
public class ImportManagement {

    private final ImportRuns runs;
    private final ImportRunner runner;
    private final TransferProperties properties;
    private final Clock clock;

    ImportManagement(ImportRuns runs, ImportRunner runner, TransferProperties properties, Clock clock) {
        this.runs = runs;
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
    }

    /** An uploaded file: its name as sent, its size, and its bytes. */
    public interface Upload {
        String name();

        long size();

        InputStream open() throws IOException;
    }

    /** Checks the file, keeps it, and starts importing it; answers the import as it starts. */
    public ImportView start(Upload upload, String formatName, boolean dryRun, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new NotPermitted("Imports need the ADMIN role: sign in as an admin.");
        }
        ImportFormat format = ImportFormat.of(formatName);
        if (format == null) {
            throw new InvalidInput("format", "must be 'wordpress' or 'quire'");
        }
        if (upload == null || upload.size() == 0) {
            throw new InvalidInput("file", "must be the export file, and not empty");
        }
        Path file = keep(upload);
        try {
            runner.check(format, file);
            ImportRun run = new ImportRun(
                    format, dryRun, shortName(upload.name()), caller.username(), upload.size(), Instant.now(clock));
            if (!runner.start(run, file, caller)) {
                throw new ImportRunning();
            }
            return run.view();
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Imports a file of this machine here and now, in the calling thread (the command line); the file stays. */
    ImportView runHere(Path file, ImportFormat format, boolean dryRun, Caller caller) {
        runner.check(format, file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException("The file could not be read", e);
        }
        ImportRun run =
                new ImportRun(format, dryRun, shortName(file.toString()), caller.username(), size, Instant.now(clock));
        return runner.runNow(run, file, caller);
    }

    public ImportView get(UUID id) {
        return runs.findById(id).map(ImportRun::view).orElseThrow(() -> new NotFound("Import", id.toString()));
    }

    private Path keep(Upload upload) {
        try {
            Path dir =
                    properties.workDir() == null ? Path.of(System.getProperty("java.io.tmpdir")) : properties.workDir();
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "quire-import-", ".upload");
            try (InputStream in = upload.open()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("The upload could not be kept for the import", e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is removed with the temporary folder.
        }
    }

    private static String shortName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String normalized = name.replace('\\', '/');
        String base = normalized.substring(normalized.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
