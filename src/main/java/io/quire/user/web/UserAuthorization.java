package io.quire.user.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone may ask for a token; every signed-in user reads and describes themselves; admins manage users. */
@Component
class UserAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, API + "/auth/token", API + "/auth/revoke")
                .permitAll();
        // Every user holds AUTHOR at least; an API key holds no role, so it has no "me".
        requests.requestMatchers(API + "/users/me").hasRole("AUTHOR");
        // Everyone changes their own profile; changing a user is an admin's, which the service says in words.
        requests.requestMatchers(HttpMethod.PATCH, API + "/users/*").hasRole("AUTHOR");
        requests.requestMatchers(API + "/users", API + "/users/**").hasRole("ADMIN");
    }
}
