package io.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: a dependency on another module's internals, or a cycle, fails the build;
 * and the module diagrams and canvases in {@code docs/modules} are those of the code. After a
 * change to the modules, regenerate them with
 * {@code ./mvnw test -Dtest=ModularityTests -Dmodules.update=true}.
 */
class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(CmsApplication.class);

    @Test
    void verifiesModuleBoundaries() {
        modules.verify();
    }

    @Test
    void committedModuleDocumentationIsWhatTheDocumenterWrites(@TempDir Path written) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> expected = documentation(written);
        assertThat(expected).containsKeys("components.puml", "module-core.adoc", "module-article.puml");
        if (Boolean.getBoolean("modules.update")) {
            try (Stream<Path> stale = Files.list(DOCS)) {
                for (Path file : stale.toList()) {
                    Files.delete(file);
                }
            }
            try (Stream<Path> fresh = Files.list(written)) {
                for (Path file : fresh.toList()) {
                    Files.copy(file, DOCS.resolve(file.getFileName().toString()));
                }
            }
        }
        assertThat(documentation(DOCS))
                .as("docs/modules differs from what the Documenter writes; regenerate it with "
                        + "./mvnw test -Dtest=ModularityTests -Dmodules.update=true")
                .isEqualTo(expected);
    }

    /** Every file of a documentation folder by name, its unordered lists in a fixed order. */
    private static Map<String, String> documentation(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), String.join("\n", sorted(Files.readAllLines(file))) + "\n");
            }
        }
        return files;
    }

    /**
     * The Documenter lists a diagram's relations and a canvas's entries (components, beans
     * referenced, events listened to) in no fixed order, and where a list starts in a table cell
     * the first entry shares the cell's line ({@code |* …}) or not, depending on that order. The
     * files are therefore compared as the sorted multiset of their non-blank lines, with a cell's
     * first entry on a line of its own: a file only differs when the code's modules do.
     */
    private static List<String> sorted(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("|* ")) {
                result.add("|");
                result.add(line.substring(1));
            } else if (!line.isBlank()) {
                result.add(line);
            }
        }
        result.sort(null);
        return result;
    }
}
