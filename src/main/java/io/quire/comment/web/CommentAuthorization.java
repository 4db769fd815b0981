package io.quire.comment.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may post a comment on an article (the service decides whether comments are open);
 * moderation is for editors. Ordered first: posting lies under the article module's routes.
 */
@Component
@Order(0)
class CommentAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(API + "/comments", API + "/comments/**", API + "/moderations")
                .hasRole("EDITOR");
        requests.requestMatchers(HttpMethod.POST, API + "/articles/*/comments").permitAll();
    }
}
