package io.quire.core.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client a request is made for, which per-client limits count by. It is the connection's peer,
 * unless the peer is a trusted proxy ({@code cms.http.trusted-proxies}): then {@code X-Forwarded-For} is read from
 * the right, past every trusted address, and the first address no trusted proxy vouches for is the client. A client
 * cannot choose its own address by sending the header: from an untrusted peer the header is ignored, and entries a
 * client wrote before the trusted ones are never reached while an untrusted address stands after them.
 */
@Component
public class ClientAddresses {

    private final List<IpAddressMatcher> trusted;

    ClientAddresses(HttpProperties properties) {
        this.trusted = properties.trustedProxies().stream()
                .map(String::strip)
                .map(IpAddressMatcher::new)
                .toList();
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        Enumeration<String> headers = request.getHeaders("X-Forwarded-For");
        List<String> forwarded = headers == null
                ? List.of()
                : Collections.list(headers).stream()
                        .flatMap(value -> Arrays.stream(value.split(",")))
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String address = forwarded.get(i);
            if (!isAddress(address)) {
                // A malformed entry: nothing further left can be believed; the last trusted hop is the client.
                return i == forwarded.size() - 1 ? peer : forwarded.get(i + 1);
            }
            if (!isTrusted(address)) {
                return address;
            }
        }
        return forwarded.isEmpty() ? peer : forwarded.get(0);
    }

    private boolean isTrusted(String address) {
        return isAddress(address) && trusted.stream().anyMatch(range -> range.matches(address));
    }

    /** A literal IPv4 or IPv6 address: never a host name, which would be looked up. */
    private static boolean isAddress(String value) {
        return value.matches("[0-9.]{7,15}") || value.matches("[0-9A-Fa-f:.]{2,45}") && value.contains(":");
    }
}
