package io.quire.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}). */
record AddressRange(byte[] prefix, int bits) {

    /**
     * Parses {@code address/bits}, or a single address. Only address literals are accepted, never host names, so
     * parsing never asks DNS.
     */
    static AddressRange of(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("'" + cidr + "' is not an address range such as 10.1.2.0/24");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not an address range such as 10.1.2.0/24", e);
        }
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length", e);
            }
        }
        if (bits < 0 || bits > bytes.length * 8) {
            throw new IllegalArgumentException("'" + cidr + "' has a prefix length out of range");
        }
        return new AddressRange(bytes, bits);
    }

    /** Whether the address (4 bytes for IPv4, 16 for IPv6) lies in this range. */
    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (address[whole] & mask) == (prefix[whole] & mask);
    }

    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && bits == range.bits && Arrays.equals(prefix, range.prefix);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(prefix) + bits;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/" + bits;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
