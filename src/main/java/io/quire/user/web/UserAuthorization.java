package io.quire.user.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone may ask for a token; every signed-in user reads themselves; admins manage users. */
@Component
class UserAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, API + "/auth/token").permitAll();
        requests.requestMatchers(API + "/users/me").authenticated();
        requests.requestMatchers(API + "/users", API + "/users/**").hasRole("ADMIN");
    }
}
