package io.quire.core.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token signing.
 *
 * @param jwtSecret base64 HMAC key (at least 32 bytes) shared by every instance; when empty,
 *        one is generated once and kept in {@code jwtSecretFile}
 * @param jwtSecretFile where the generated key is kept
 * @param tokenTtl how long an access token is valid
 * @param issuer the {@code iss} claim of issued tokens, checked on every request
 */
@ConfigurationProperties("cms.security")
public record SecurityProperties(
        String jwtSecret,
        @DefaultValue("./data/jwt-secret") String jwtSecretFile,
        @DefaultValue("1h") Duration tokenTtl,
        @DefaultValue("quire") String issuer) {}
