package io.quire.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's command line: {@code java -jar quire.jar import --format=wordpress|quire [--dry-run] FILE [--spring
 * options…]} runs the same import as {@code POST /api/v1/imports} against the configured database, without HTTP,
 * prints a summary and exits 0 when every item was imported, 1 when some failed, 2 when the file could not be
 * read to its end, and 64 for a wrong command line.
 */
public final class ImportCommand {

    static final int USAGE = 64;

    private ImportCommand() {}

    public static int run(Class<?> application, String... args) {
        String format = null;
        String file = null;
        boolean dryRun = false;
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.startsWith("--")) {
                spring.add(arg);
            } else if (file == null) {
                file = arg;
            } else {
                return usage("one file only");
            }
        }
        if (ImportFormat.of(format) == null) {
            return usage("--format=wordpress or --format=quire is required");
        }
        if (file == null || !Files.isReadable(Path.of(file))) {
            return usage("the export file to import is required, and must be readable");
        }
        spring.add("--server.port=-1");
        spring.add("--cms.demo.enabled=false");
        spring.add("--spring.main.banner-mode=off");
        spring.add("--cms.command.import-file=" + Path.of(file).toAbsolutePath());
        spring.add("--cms.command.import-format=" + ImportFormat.of(format).value());
        spring.add("--cms.command.dry-run=" + dryRun);
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(application).run(spring.toArray(String[]::new))) {
            return SpringApplication.exit(context);
        }
    }

    private static int usage(String problem) {
        System.err.println("quire import: " + problem);
        System.err.println(
                "usage: java -jar quire.jar import --format=wordpress|quire [--dry-run] FILE [--spring.*=…]");
        return USAGE;
    }
}
