package io.quire.media;

import io.quire.media.internal.StorageKeys;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute URLs of files: {@code <base>/media/<storage key>/<name>}. The base is {@code cms.media.base-url}
 * when set (a CDN, or this server's public address), otherwise the scheme, host and port of the request being
 * answered (after any forwarded headers).
 */
@Component
class MediaUrls {

    static final String PATH = "/media/";
    private static final Logger log = LoggerFactory.getLogger(MediaUrls.class);
    private static final Pattern FILE_PATH = Pattern.compile("/media/([0-9a-f]{32})/([^/?#]+)$");

    private final String configured;
    private final Environment environment;
    private volatile boolean warned;

    MediaUrls(MediaProperties properties, Environment environment) {
        this.configured = properties.baseUrl();
        this.environment = environment;
    }

    String file(String storageKey, String name) {
        return base() + PATH + storageKey + "/" + name;
    }

    /** The storage key of a file URL made here, whatever its host, or empty when it is not one. */
    static Optional<String> storageKeyOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        Matcher matcher = FILE_PATH.matcher(url.substring(0, end));
        return matcher.find() && StorageKeys.isFileName(matcher.group(2))
                ? Optional.of(matcher.group(1))
                : Optional.empty();
    }

    private String base() {
        if (configured != null) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        }
        if (!warned) {
            warned = true;
            log.warn("Media URLs are made outside a request without cms.media.base-url: they point at localhost");
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }
}
