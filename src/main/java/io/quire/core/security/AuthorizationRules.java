package io.quire.core.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL authorization rules: which role each of its routes needs. The security
 * configuration applies every module's rules, ordered by {@code @Order} (the first rule that
 * matches a request decides, so a module whose routes lie under another's declares a lower
 * order), between the shared rules (preflight requests first; actuator and everything
 * else after). Services add the finer rules on top (an author's own articles).
 */
@FunctionalInterface
public interface AuthorizationRules {

    /** The API's base path, which every module's routes start with. */
    String API = "/api/v1";

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
