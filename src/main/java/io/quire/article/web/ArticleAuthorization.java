package io.quire.article.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone reads articles (the service hides drafts from those who may not see them); revisions
 * are for authors, the workflow's publishing steps for editors, every other change for authors.
 */
@Component
class ArticleAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, API + "/articles/*/revisions", API + "/articles/*/revisions/**")
                .hasRole("AUTHOR")
                .requestMatchers(HttpMethod.GET, API + "/articles", API + "/articles/**")
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, API + "/articles", API + "/articles/**")
                .permitAll()
                .requestMatchers(
                        HttpMethod.POST,
                        API + "/articles/*/publish",
                        API + "/articles/*/unpublish",
                        API + "/articles/*/archive")
                .hasRole("EDITOR")
                .requestMatchers(API + "/articles", API + "/articles/**")
                .hasRole("AUTHOR");
    }
}
