package io.quire.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sender connects to the addresses the policy checked, over real HTTP to a receiver on loopback: names resolve
 * through a table, once per connection, and a second answer of DNS never decides where the request goes.
 */
class WebhookSenderTest {

    private final Receiver receiver = Receiver.start();
    private final AtomicInteger lookups = new AtomicInteger();
    private WebhookSender sender;

    @AfterEach
    void close() throws Exception {
        receiver.close();
        if (sender != null) {
            sender.destroy();
        }
    }

    private WebhookSender sender(TargetPolicy.Resolver resolver) {
        TargetPolicy policy = new TargetPolicy(false, List.of(AddressRange.of("127.0.0.0/8")), host -> {
            lookups.incrementAndGet();
            return resolver.resolve(host);
        });
        sender = new WebhookSender(properties(), policy, Clock.systemUTC());
        return sender;
    }

    private static WebhookProperties properties() {
        return new WebhookProperties(
                false,
                List.of("127.0.0.0/8"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                3,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                2,
                Duration.ofDays(1));
    }

    private Outgoing to(String url) {
        return new Outgoing(UUID.randomUUID(), URI.create(url), "a-secret-of-24-characters-at-least", "ping", "{}");
    }

    private String port() {
        return Integer.toString(URI.create(receiver.url()).getPort());
    }

    @Test
    void connectsToTheAddressItCheckedWithoutAskingDnsAgain() throws Exception {
        InetAddress checked = InetAddress.getByName("127.0.0.1");
        InetAddress rebound = InetAddress.getByName("10.0.0.1");
        WebhookSender sender = sender(host -> {
            // The first answer is checked and used; any later one would point into the private network.
            return new InetAddress[] {lookups.get() == 1 ? checked : rebound};
        });

        AttemptResult result = sender.send(to("http://hooks.example.test:" + port() + "/hooks/quire"));

        assertThat(result.error()).isNull();
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(receiver.requests()).hasSize(1);
        assertThat(receiver.requests().get(0).header("Host")).isEqualTo("hooks.example.test:" + port());
        assertThat(lookups).hasValue(1);
    }

    @Test
    void refusesATargetWhoseAnswerTurnedPrivateAtDeliveryTime() throws Exception {
        InetAddress rebound = InetAddress.getByName("10.0.0.1");
        WebhookSender sender = sender(host -> new InetAddress[] {rebound});

        AttemptResult result = sender.send(to("http://hooks.example.test:" + port() + "/hooks/quire"));

        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).isEqualTo("target refused: url " + TargetPolicy.REFUSED);
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void checksAddressLiteralsAtDeliveryTimeToo() {
        WebhookSender sender = sender(InetAddress::getAllByName);

        for (String url : List.of(
                "http://10.0.0.1:" + port() + "/",
                "http://[2002:7f00:1::1]:" + port() + "/",
                "http://[::ffff:0:127.0.0.1]:" + port() + "/")) {
            assertThat(sender.send(to(url)).error()).as(url).isEqualTo("target refused: url " + TargetPolicy.REFUSED);
        }
        assertThat(sender.send(to(receiver.url())).statusCode()).isEqualTo(200);
        assertThat(receiver.requests()).hasSize(1);
    }
}
