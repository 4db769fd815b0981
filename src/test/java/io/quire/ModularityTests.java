package io.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
            for (var file : expected.entrySet()) {
                Files.writeString(DOCS.resolve(file.getKey()), file.getValue());
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
     * referenced, events listened to) in no fixed order; sorted, the committed files only change
     * with the code. A canvas list starts in its table cell ({@code |* …}) or after a heading, an
     * entry with {@code * …}, and an entry may go on over more lines until the next one.
     */
    private static List<String> sorted(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        List<List<String>> entries = null;
        String cell = "";
        boolean blank = false;
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            result.addAll(relations);
            relations.clear();
            boolean entry = line.startsWith("* ");
            if (entries != null && line.isEmpty()) {
                blank = true;
                continue;
            }
            if (entries != null && entry) {
                entries.add(new ArrayList<>(List.of(line)));
                blank = false;
                continue;
            }
            if (entries != null && !line.startsWith("|") && !line.startsWith("_")) {
                entries.get(entries.size() - 1).add(line);
                blank = false;
                continue;
            }
            if (entries != null) {
                addSorted(entries, cell, result);
                entries = null;
                if (blank) {
                    result.add("");
                }
                blank = false;
            }
            if (entry || line.startsWith("|* ")) {
                cell = entry ? "" : "|";
                entries = new ArrayList<>();
                entries.add(new ArrayList<>(List.of(line.substring(cell.length()))));
                continue;
            }
            result.add(line);
        }
        relations.sort(null);
        result.addAll(relations);
        if (entries != null) {
            addSorted(entries, cell, result);
        }
        return result;
    }

    /** A list's entries (each with the lines that go on from it) in order, the first in its table cell. */
    private static void addSorted(List<List<String>> entries, String cell, List<String> result) {
        entries.sort(Comparator.comparing(e -> e.get(0)));
        entries.get(0).set(0, cell + entries.get(0).get(0));
        entries.forEach(result::addAll);
    }
}
