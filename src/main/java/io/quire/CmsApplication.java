package io.quire;

import io.quire.transfer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Quire, a headless CMS: articles, tags and comments over a REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "core")
public class CmsApplication {

    /**
     * Starts the server; {@code import --format=wordpress|quire [--dry-run] FILE} runs an import instead, without
     * HTTP, and exits with its outcome (see docs/import.md).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(CmsApplication.class, java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(CmsApplication.class, args);
    }
}
