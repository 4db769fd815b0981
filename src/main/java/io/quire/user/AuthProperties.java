package io.quire.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param maxFailures failed sign-ins one client may make within {@code failureWindow} before
 *        it is answered 429
 * @param failureWindow the window over which failures are counted
 * @param refreshTokenTtl how long a refresh token may be used; every renewal issues a new one, valid this long
 */
@ConfigurationProperties("cms.auth")
record AuthProperties(
        @DefaultValue("10") int maxFailures,
        @DefaultValue("5m") Duration failureWindow,
        @DefaultValue("30d") Duration refreshTokenTtl) {}
