package io.quire.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quire.core.domain.InvalidInput;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
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
                "http://metadata.example.org/",
                // special-purpose ranges and IPv6 forms that embed a refused IPv4 address
                "http://[2002:7f00:1::1]/", // 6to4 of 127.0.0.1
                "http://[2002:a9fe:a9fe::1]/", // 6to4 of 169.254.169.254
                "http://[::ffff:0:127.0.0.1]/", // IPv4-translated
                "http://[::127.0.0.1]/", // IPv4-compatible
                "http://[64:ff9b:1::7f00:1]/", // local-use NAT64
                "http://[64:ff9b::7f00:1]/", // NAT64 of 127.0.0.1
                "http://[100::1]/", // discard-only
                "http://[2001:db8::1]/", // documentation
                "http://[3fff::1]/", // documentation
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", // Teredo
                "http://[2001:2::1]/", // benchmarking
                "http://[5f00::1]/", // segment routing
                "http://[fec0::1]/", // site-local
                "http://[::]/",
                "http://192.0.2.1/", // TEST-NET-1
                "http://198.51.100.7/", // TEST-NET-2
                "http://203.0.113.9/", // TEST-NET-3
                "http://192.0.0.170/", // NAT64 discovery
                "http://192.88.99.1/", // 6to4 relay anycast
                "http://198.19.255.1/", // benchmarking
                "http://240.0.0.1/" // reserved
            })
    void refusesTargetsInsideTheNetwork(String url) {
        assertRefused(url, TargetPolicy.REFUSED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://[2002:5db8:d70e::1]/", // 6to4 of the public 93.184.215.14
                "http://[64:ff9b::5db8:d70e]/", // NAT64 of the public 93.184.215.14
                "http://[2620:4f:8000::1]/", // AS112 direct delegation: globally reachable
                "http://192.31.196.1/", // AS112
                "http://8.8.8.8/"
            })
    void acceptsGloballyReachableSpecialForms(String url) {
        assertThat(strict.validate(url)).isEqualTo(URI.create(url));
    }

    @Test
    void allowsOnlyTheRangesAnOperatorNames() {
        TargetPolicy policy = new TargetPolicy(
                false,
                List.of(AddressRange.of("10.1.2.0/24"), AddressRange.of("fd12::/16")),
                WebhookTargetPolicyTest::resolve);
        assertThat(policy.validate("http://10.1.2.77/")).hasHost("10.1.2.77");
        assertThat(policy.validate("http://[fd12::5]/")).hasHost("[fd12::5]");
        assertRefused(policy, "http://10.1.3.1/", TargetPolicy.REFUSED);
        assertRefused(policy, "http://127.0.0.1/", TargetPolicy.REFUSED);
        assertRefused(policy, "http://[2002:a01:24d::1]/", TargetPolicy.REFUSED); // 6to4 of 10.1.2.77: not named
        assertThatThrownBy(() -> AddressRange.of("hooks.example.org/24")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.of("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
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
        assertThatThrownBy(() -> policy.addressesOf(url.getHost())).isInstanceOf(TargetPolicy.UnsafeTarget.class);
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
