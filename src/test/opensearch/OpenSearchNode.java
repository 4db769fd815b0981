import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch node for development and tests, started the way OpenSearch's own test
 * framework starts its nodes (a {@link Node} with its plugins on the classpath, as {@code MockNode}
 * does) rather than through the distribution's bootstrap, which refuses to run as root. Run it with
 * Java's source launcher, the OpenSearch jars on the classpath:
 *
 * <pre>
 * java -Xmx512m -cp "opensearch/lib/*:opensearch/modules/transport-netty4/*:opensearch/modules/analysis-common/*" \
 *     OpenSearchNode.java DATA_DIR [HTTP_PORT]
 * </pre>
 *
 * It listens on 127.0.0.1 only (HTTP, no security), as a single-node cluster, prints
 * {@code started <port>} once it answers, and stops when its standard input closes (Ctrl-D, or
 * the process that started it ending, however it ends).
 */
public class OpenSearchNode {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: OpenSearchNode DATA_DIR [HTTP_PORT]");
            System.exit(2);
        }
        Path home = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("cluster.name", "quire")
                .put("node.name", "quire-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args.length > 1 ? args[1] : "9200")
                .put("transport.port", "0")
                // A small disk on a developer's machine must not turn the indexes read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // Quire creates its index with its mapping; a write before that must fail, not create a bare index.
                .put("action.auto_create_index", false)
                .build();
        Node node = new Node(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "quire-node"),
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class),
                true) {};
        node.start();
        int port = node.injector()
                .getInstance(org.opensearch.http.HttpServerTransport.class)
                .boundAddress()
                .publishAddress()
                .getPort();
        System.out.println("started " + port);
        System.out.flush();
        while (System.in.read() != -1) {
            // runs until standard input closes
        }
        node.close();
        System.exit(0);
    }
}
