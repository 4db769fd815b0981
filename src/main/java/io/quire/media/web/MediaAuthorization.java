package io.quire.media.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Authors upload and describe images, editors delete them (the service narrows authors to their own). The files
 * under {@code /media/} are public and served before the security chain.
 */
@Component
class MediaAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        String[] assets = {API + "/assets", API + "/assets/**"};
        requests.requestMatchers(HttpMethod.DELETE, assets)
                .hasRole("EDITOR")
                .requestMatchers(assets)
                .hasRole("AUTHOR");
    }
}
