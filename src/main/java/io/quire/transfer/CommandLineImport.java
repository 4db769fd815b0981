package io.quire.transfer;

import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import io.quire.user.UserImport;
import io.quire.user.UserManagement;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import {@link ImportCommand} asked for, run once the application has started (after the admin exists, or,
 * for a restore of a Quire export, instead of creating one): prints what it did and keeps the exit code.
 */
@Component
@Order(5)
@ConditionalOnProperty("cms.command.import-file")
class CommandLineImport implements ApplicationRunner, ExitCodeGenerator {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ImportManagement imports;
    private final UserManagement users;
    private final UserImport userImport;
    private final CommandSettings settings;
    private final TransactionTemplate transaction;
    private final String adminPassword;
    private int exitCode;

    CommandLineImport(
            ImportManagement imports,
            UserManagement users,
            UserImport userImport,
            CommandSettings settings,
            PlatformTransactionManager transactions,
            @Value("${cms.admin.password:}") String adminPassword) {
        this.imports = imports;
        this.users = users;
        this.userImport = userImport;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        ImportFormat format = ImportFormat.of(settings.importFormat());
        boolean restoresAdmin =
                format == ImportFormat.QUIRE && users.idOf("admin").isEmpty();
        Caller caller = new Caller(users.idOf("admin").orElse(null), "command-line", Set.of(Role.ADMIN));
        ImportView done;
        try {
            done = imports.runHere(Path.of(settings.importFile()), format, settings.dryRun(), caller);
        } catch (ImportRefused e) {
            System.out.println("Import refused: " + e.getMessage());
            exitCode = 2;
            return;
        }
        System.out.println(Summary.of(done));
        if (restoresAdmin && !settings.dryRun() && users.idOf("admin").isPresent()) {
            restoreAdmin();
        }
        exitCode = done.status() == ImportStatus.FAILED ? 2 : done.counts().failed() > 0 ? 1 : 0;
    }

    /** A restored admin has no password (exports carry none): CMS_ADMIN_PASSWORD, or one generated and shown once. */
    private void restoreAdmin() {
        String password = adminPassword;
        boolean generated = password == null || password.isBlank();
        if (generated) {
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            password = sb.toString();
        }
        String chosen = password;
        transaction.executeWithoutResult(status -> userImport.restoreAccess("admin", chosen));
        System.out.println(
                generated
                        ? "The restored user 'admin' signs in with the generated password: " + chosen
                                + "  (shown only once)"
                        : "The restored user 'admin' signs in with the password from CMS_ADMIN_PASSWORD.");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
