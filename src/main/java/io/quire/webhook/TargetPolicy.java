package io.quire.webhook;

import io.quire.core.domain.InvalidInput;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may be sent: {@code http} and {@code https} URLs whose host resolves only to public addresses,
 * so a subscription cannot make the server call into its own network (loopback, private ranges, link-local and
 * cloud metadata endpoints such as 169.254.169.254 and fd00:ec2::254). The addresses are checked when a
 * subscription is saved and again before every attempt, because DNS answers can change; the JVM caches the
 * answer it checked (30 s by default), so the connection that follows goes to the address that was checked.
 */
@Component
class TargetPolicy {

    /** Looks up the addresses of a host name (or parses an address literal). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    TargetPolicy(WebhookProperties properties) {
        this(properties.allowPrivateTargets(), InetAddress::getAllByName);
    }

    TargetPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL an admin gave, parsed and checked; a 400 problem naming {@code url} when it is not acceptable. */
    URI validate(String url) {
        URI uri = parse(url);
        try {
            check(uri);
        } catch (UnsafeTarget e) {
            throw new InvalidInput("url", e.getMessage());
        }
        return uri;
    }

    /** Checks where the URL points now; fails when any address of its host is not public. */
    void check(URI uri) throws UnsafeTarget {
        if (allowPrivate) {
            return;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new UnsafeTarget("host '" + host + "' does not resolve");
        }
        if (addresses.length == 0 || !Arrays.stream(addresses).allMatch(TargetPolicy::isPublic)) {
            throw new UnsafeTarget(
                    "must not point to a loopback, private, link-local, multicast or metadata " + "address");
        }
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInput("url", "must not be blank");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInput("url", "must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInput("url", "must use http or https");
        }
        if (uri.getHost() == null) {
            throw new InvalidInput("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInput("url", "must not contain credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidInput("url", "must not contain a fragment");
        }
        return uri;
    }

    /** True for a globally routable unicast address; false for every special-purpose range a server might reach. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local, including fd00:ec2::254 (EC2 metadata)
            }
            if (allZero(b, 0, 10) && (allZero(b, 10, 12) || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
                return isPublicV4(Arrays.copyOfRange(b, 12, 16)); // IPv4-compatible and IPv4-mapped
            }
            if ((b[0] & 0xff) == 0x00
                    && (b[1] & 0xff) == 0x64
                    && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b
                    && allZero(b, 4, 12)) {
                return isPublicV4(Arrays.copyOfRange(b, 12, 16)); // 64:ff9b::/96 NAT64
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // "this network"
                && first != 10
                && first != 127
                && !(first == 100 && (second & 0xc0) == 64) // 100.64.0.0/10 shared (carrier-grade NAT)
                && !(first == 169 && second == 254) // link-local, cloud metadata
                && !(first == 172 && (second & 0xf0) == 16)
                && !(first == 192 && second == 168)
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                && !(first == 198 && (second & 0xfe) == 18) // 198.18.0.0/15 benchmarking
                && first < 224; // multicast, reserved, broadcast
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** A target that may not be called, with the reason. */
    static final class UnsafeTarget extends Exception {
        UnsafeTarget(String reason) {
            super(reason, null, false, false);
        }
    }
}
