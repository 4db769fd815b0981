package io.quire.tag.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone reads tags; editors change them. */
@Component
class TagAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        String[] tags = {API + "/tags", API + "/tags/**"};
        requests.requestMatchers(HttpMethod.GET, tags)
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, tags)
                .permitAll()
                .requestMatchers(tags)
                .hasRole("EDITOR");
    }
}
