package io.quire.webhook;

import io.quire.core.domain.InvalidInput;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may be sent: {@code http} and {@code https} URLs whose host resolves only to globally reachable
 * addresses ({@link SpecialPurposeAddresses}), so a subscription cannot make the server call into its own network
 * (loopback, private ranges, link-local and cloud metadata endpoints such as 169.254.169.254 and fd00:ec2::254, or
 * any of them wrapped in an IPv6 form). The addresses are checked when a subscription is saved and again at every
 * attempt, by the resolver the sender connects through: the connection goes to the addresses that were checked,
 * never to a second answer of DNS.
 */
@Component
class TargetPolicy {

    static final String REFUSED = "must not point to a loopback, private, link-local, multicast, metadata or other "
            + "special-purpose address";

    /** Looks up the addresses of a host name (or parses an address literal). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final List<AddressRange> allowedRanges;
    private final Resolver resolver;

    @Autowired
    TargetPolicy(WebhookProperties properties) {
        this(
                properties.allowPrivateTargets(),
                properties.allowedTargetRanges().stream()
                        .map(TargetPolicy::range)
                        .toList(),
                InetAddress::getAllByName);
    }

    TargetPolicy(boolean allowPrivate, Resolver resolver) {
        this(allowPrivate, List.of(), resolver);
    }

    TargetPolicy(boolean allowPrivate, List<AddressRange> allowedRanges, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowedRanges = List.copyOf(allowedRanges);
        this.resolver = resolver;
    }

    /** The URL an admin gave, parsed and checked; a 400 problem naming {@code url} when it is not acceptable. */
    URI validate(String url) {
        URI uri = parse(url);
        if (allowPrivate) {
            return uri;
        }
        try {
            addressesOf(uri.getHost());
        } catch (UnsafeTarget e) {
            throw new InvalidInput("url", e.getMessage());
        }
        return uri;
    }

    /**
     * Resolves the host once and checks every address it has: the addresses to connect to, or the reason there are
     * none that may be called.
     */
    InetAddress[] addressesOf(String host) throws UnsafeTarget {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new UnsafeTarget("host '" + host + "' does not resolve");
        }
        if (addresses.length == 0) {
            throw new UnsafeTarget("host '" + host + "' does not resolve");
        }
        if (!allowPrivate && !Arrays.stream(addresses).allMatch(this::mayBeCalled)) {
            throw new UnsafeTarget(REFUSED);
        }
        return addresses;
    }

    private boolean mayBeCalled(InetAddress address) {
        return SpecialPurposeAddresses.isGloballyReachable(address)
                || allowedRanges.stream().anyMatch(range -> range.contains(address));
    }

    private static AddressRange range(String cidr) {
        try {
            return AddressRange.of(cidr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cms.webhooks.allowed-target-ranges: " + e.getMessage(), e);
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

    /** A target that may not be called, with the reason. */
    static final class UnsafeTarget extends Exception {
        UnsafeTarget(String reason) {
            super(reason, null, false, false);
        }
    }
}
