package io.quire.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses a webhook may be sent to: those the IANA IPv4 and IPv6 Special-Purpose Address Registries
 * leave globally reachable. Everything else is refused, and so is an IPv6 address that embeds a refused IPv4
 * address (IPv4-mapped, IPv4-compatible, IPv4-translated, NAT64 and 6to4 forms).
 *
 * <p>A few blocks are refused whole although single entries inside them are marked globally reachable
 * (anycast services in 192.0.0.0/24 and 2001::/23, such as PCP and TURN): no webhook receiver lives there.
 */
final class SpecialPurposeAddresses {

    /** IPv4 blocks that are not globally reachable (RFC 6890 and its updates), multicast and reserved space. */
    private static final List<AddressRange> IPV4_REFUSED = ranges(
            "0.0.0.0/8", // "this network"
            "10.0.0.0/8", // private
            "100.64.0.0/10", // shared address space (carrier-grade NAT)
            "127.0.0.0/8", // loopback
            "169.254.0.0/16", // link-local, cloud metadata (169.254.169.254)
            "172.16.0.0/12", // private
            "192.0.0.0/24", // IETF protocol assignments (DS-Lite, NAT64 discovery, dummy address…)
            "192.0.2.0/24", // documentation (TEST-NET-1)
            "192.88.99.0/24", // deprecated 6to4 relay anycast
            "192.168.0.0/16", // private
            "198.18.0.0/15", // benchmarking
            "198.51.100.0/24", // documentation (TEST-NET-2)
            "203.0.113.0/24", // documentation (TEST-NET-3)
            "224.0.0.0/4", // multicast
            "240.0.0.0/4"); // reserved, and the limited broadcast 255.255.255.255

    /** Global unicast: the only IPv6 space IANA allocates to networks on the internet. */
    private static final AddressRange IPV6_GLOBAL_UNICAST = AddressRange.of("2000::/3");

    /** Blocks inside global unicast that are not globally reachable. */
    private static final List<AddressRange> IPV6_REFUSED = ranges(
            "2001::/23", // IETF protocol assignments: Teredo, benchmarking, ORCHID…
            "2001:db8::/32", // documentation
            "3fff::/20"); // documentation

    /** NAT64 well-known prefix: reachable as the IPv4 address in its last 32 bits. */
    private static final AddressRange NAT64 = AddressRange.of("64:ff9b::/96");

    /** 6to4: reachable through the IPv4 address in bits 16 to 47. */
    private static final AddressRange SIX_TO_FOUR = AddressRange.of("2002::/16");

    private SpecialPurposeAddresses() {}

    /** True for an address anyone on the internet can reach; false for every special-purpose one. */
    static boolean isGloballyReachable(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? isGloballyReachableV4(bytes) : isGloballyReachableV6(bytes);
    }

    private static boolean isGloballyReachableV4(byte[] bytes) {
        return IPV4_REFUSED.stream().noneMatch(range -> range.contains(bytes));
    }

    private static boolean isGloballyReachableV6(byte[] bytes) {
        if (NAT64.contains(bytes)) {
            return isGloballyReachableV4(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (!IPV6_GLOBAL_UNICAST.contains(bytes) || IPV6_REFUSED.stream().anyMatch(range -> range.contains(bytes))) {
            // Outside 2000::/3 lie loopback, unspecified, IPv4-mapped, -compatible and -translated forms, local-use
            // NAT64 (64:ff9b:1::/48), discard-only (100::/64), unique-local, link-local, site-local and multicast.
            return false;
        }
        return !SIX_TO_FOUR.contains(bytes) || isGloballyReachableV4(Arrays.copyOfRange(bytes, 2, 6));
    }

    private static List<AddressRange> ranges(String... cidrs) {
        return Arrays.stream(cidrs).map(AddressRange::of).toList();
    }
}
