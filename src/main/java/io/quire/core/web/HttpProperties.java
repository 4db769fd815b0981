package io.quire.core.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP behaviour shared by every endpoint.
 *
 * @param corsAllowedOrigins origins allowed to call the API from a browser (none by default)
 * @param publicMaxAge how long shared caches (CDNs) may keep an anonymous response
 * @param maxBodySize the largest request body accepted; larger ones are answered 413
 * @param writeBufferSize the socket write buffer of each connection
 * @param trustedProxies addresses and CIDR ranges (such as {@code 203.0.113.10} or {@code 10.0.0.0/8}) whose
 *        {@code X-Forwarded-For} is believed when per-client limits tell clients apart: a site's own server that
 *        posts comments for its readers, or a proxy in front of Quire. From any other address the header is ignored.
 */
@ConfigurationProperties("cms.http")
public record HttpProperties(
        @DefaultValue List<String> corsAllowedOrigins,
        @DefaultValue("60s") Duration publicMaxAge,
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue("32KB") DataSize writeBufferSize,
        @DefaultValue List<String> trustedProxies) {}
