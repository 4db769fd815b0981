package io.quire.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.quire.support.NodeToolchain;
import io.quire.support.PackagedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The TypeScript client ({@code src/sdk/typescript}) against the jar this build packaged: the jar
 * is started on a free port with a fresh embedded database, then {@code npm ci} and
 * {@code npm test} run with the system's Node. {@code npm test} regenerates the client's types
 * from {@code docs/openapi.yaml}, type-checks the package and its README examples with
 * {@code tsc --strict}, and runs its tests, the editorial and reading scenario included, against
 * that server. Each of those tests is reported here, skipped ones with their reason. Skipped, with
 * the reason, where Node 20+ or npm is missing. Logs go to {@code target/typescript-client/}.
 */
class TypeScriptClientIT {

    private static final Logger log = LoggerFactory.getLogger(TypeScriptClientIT.class);
    private static final Path PACKAGE = Path.of(System.getProperty("quire.sdk.dir", "src/sdk/typescript"));
    private static final Path JAR = Path.of(System.getProperty("quire.jar", "target/quire.jar"));
    private static final Path LOGS = Path.of("target", "typescript-client");
    private static final Duration NPM_PATIENCE = Duration.ofMinutes(5);

    @TestFactory
    Stream<DynamicTest> typeScriptClientPassesItsTestsAgainstThePackagedServer(@TempDir Path dir) throws Exception {
        Optional<String> missing = NodeToolchain.missing();
        if (missing.isPresent()) {
            // A skipped dynamic test, not an aborted factory: reports count a skipped test with its reason.
            String reason = "TypeScript client test skipped: " + missing.get();
            log.warn(reason);
            return Stream.of(DynamicTest.dynamicTest("npm test", () -> Assumptions.abort(reason)));
        }
        Files.createDirectories(LOGS);
        Path npmLog = LOGS.resolve("npm.log");
        Files.deleteIfExists(npmLog);
        Path report = PACKAGE.resolve("build/test-results.xml");
        Files.deleteIfExists(report);

        NodeToolchain.Result test;
        try (PackagedServer server = PackagedServer.launch(
                JAR, dir, LOGS.resolve("server.log"), "--cms.demo.enabled=false", "--logging.level.root=warn")) {
            Map<String, String> env = Map.of(
                    "QUIRE_URL", server.url(),
                    "QUIRE_ADMIN_PASSWORD", server.adminPassword(),
                    "CI", "true",
                    "npm_config_audit", "false",
                    "npm_config_fund", "false",
                    "npm_config_update_notifier", "false");
            // The dependencies install while the server starts.
            NodeToolchain.Result install =
                    NodeToolchain.run(PACKAGE, env, npmLog, System.out, NPM_PATIENCE, "npm", "ci");
            assertThat(install.exitCode())
                    .as("npm ci (see %s):\n%s", npmLog, install.tail())
                    .isZero();
            server.awaitReadiness();
            test = NodeToolchain.run(PACKAGE, env, npmLog, System.out, NPM_PATIENCE, "npm", "test");
        }
        List<DynamicTest> tests = new ArrayList<>(Files.exists(report) ? reported(report) : List.of());
        NodeToolchain.Result npmTest = test;
        tests.add(DynamicTest.dynamicTest("npm test exits with 0", () -> assertThat(npmTest.exitCode())
                .as("npm test (see %s):\n%s", npmLog, npmTest.tail())
                .isZero()));
        return tests.stream();
    }

    /** One dynamic test per test of the Node test runner's JUnit report, with its outcome. */
    private static List<DynamicTest> reported(Path report) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        List<DynamicTest> tests = new ArrayList<>();
        collect(root, "", tests);
        return tests;
    }

    private static void collect(Element element, String suite, List<DynamicTest> tests) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element child)) {
                continue;
            }
            String name = suite + child.getAttribute("name");
            switch (child.getTagName()) {
                case "testsuite" -> collect(child, name + " › ", tests);
                case "testcase" -> tests.add(DynamicTest.dynamicTest(name, () -> outcome(child)));
                default -> {}
            }
        }
    }

    private static void outcome(Element testcase) {
        Element skipped = first(testcase, "skipped");
        if (skipped != null) {
            Assumptions.abort(skipped.getAttribute("message"));
        }
        Element failure = first(testcase, "failure");
        if (failure != null) {
            fail(failure.getAttribute("message") + "\n" + failure.getTextContent());
        }
    }

    private static Element first(Element parent, String tag) {
        var children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }
}
