package io.quire.transfer.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Imports and exports move everything: admins only. Where an old link went is public, like the articles. */
@Component
class TransferAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(API + "/imports", API + "/imports/**", API + "/exports", API + "/exports/**")
                .hasRole("ADMIN");
        requests.requestMatchers(API + "/redirects").permitAll();
    }
}
