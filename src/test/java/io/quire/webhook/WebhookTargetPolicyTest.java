package io.quire.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quire.core.domain.InvalidInput;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which webhook targets are refused, without a network: names resolve through a fixed table. */
class WebhookTargetPolicyTest {

    private static final Map<String, String> DNS = Map.of(
            "hooks.example.org", "93.184.215.14",
            "rebound.example.org", "10.1.2.3",
            "metadata.example.org", "169.254.169.254",
            "v6.example.org", "2606:4700:4700::1111");

    private final TargetPolicy strict = new TargetPolicy(false, WebhookTargetPolicyTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.endsWith(".invalid")) {
            throw new UnknownHostException(host);
        }
        // Address literals only: never a DNS query from a unit test.
        return new InetAddress[] {InetAddress.getByName(host)};
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.example.org/quire",
                "http://hooks.example.org:8080/x?y=1",
                "https://93.184.215.14/",
                "https://[2606:4700:4700::1111]/hook",
                "HTTPS://v6.example.org/"
            })
    void acceptsPublicHttpTargets(String url) {
        assertThat(strict.validate(url)).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://127.1.2.3:9000/",
                "http://[::1]/",
                "http://0.0.0.0/",
                "http://10.0.0.1/",
                "http://172.16.5.4/",
                "http://172.31.255.255/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fd00:ec2::254]/",
                "http://[fe80::1]/",
                "http://[fc00::1]/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://100.64.0.1/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[ff02::1]/",
                "http://rebound.example.org/",
                "http://metadata.example.org/"
            })
    void refusesTargetsInsideTheNetwork(String url) {
        assertRefused(url, "must not point to a loopback, private, link-local, multicast or metadata address");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://hooks.example.org/",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "gopher://hooks.example.org/",
                "//hooks.example.org/x",
                "hooks.example.org/x"
            })
    void refusesOtherSchemes(String url) {
        assertRefused(url, "must use http or https");
    }

    @Test
    void refusesMalformedUrlsCredentialsFragmentsAndUnknownHosts() {
        assertRefused("https://hooks example.org/", "must be an absolute http or https URL");
        assertRefused("https://user:secret@hooks.example.org/", "must not contain credentials");
        assertRefused("https://hooks.example.org/#part", "must not contain a fragment");
        assertRefused("https:///path-only", "must name a host");
        assertRefused("https://no-such-host.invalid/", "host 'no-such-host.invalid' does not resolve");
        assertRefused("  ", "must not be blank");
    }

    @Test
    void checksAgainAtDeliveryTimeSoARebindingNameIsCaught() {
        TargetPolicy.Resolver[] answer = {host -> new InetAddress[] {InetAddress.getByName("93.184.215.14")}};
        TargetPolicy policy = new TargetPolicy(false, host -> answer[0].resolve(host));
        URI url = policy.validate("https://flip.example.org/");

        answer[0] =
                host -> new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("127.0.0.1")};
        assertThatThrownBy(() -> policy.check(url)).isInstanceOf(TargetPolicy.UnsafeTarget.class);
    }

    @Test
    void allowsPrivateTargetsWhenConfigured() {
        TargetPolicy relaxed = new TargetPolicy(true, host -> {
            throw new AssertionError("no lookup needed when private targets are allowed");
        });
        assertThat(relaxed.validate("http://127.0.0.1:8081/hook")).hasHost("127.0.0.1");
        assertRefused(relaxed, "ftp://127.0.0.1/", "must use http or https");
    }

    private void assertRefused(String url, String message) {
        assertRefused(strict, url, message);
    }

    private static void assertRefused(TargetPolicy policy, String url, String message) {
        assertThatThrownBy(() -> policy.validate(url)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).field()).isEqualTo("url");
            assertThat(e.errors().get(0).message()).isEqualTo(message);
        });
    }
}
