package io.quire.article.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import io.quire.core.web.PathIds;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone reads articles (the service hides drafts from those who may not see them); revisions
 * are for authors, unpublishing and archiving for editors, every other change for authors. Publishing
 * is an editor's too; the service refuses an author with words that point them to review.
 */
@Component
class ArticleAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // By id only: an article may be slugged "revisions", and its public page is /articles/slug/revisions.
        requests.requestMatchers(
                        HttpMethod.GET,
                        API + "/articles/" + PathIds.ID + "/revisions",
                        API + "/articles/" + PathIds.ID + "/revisions/**")
                .hasRole("AUTHOR")
                .requestMatchers(HttpMethod.GET, API + "/articles", API + "/articles/**", API + "/authors/*")
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, API + "/articles", API + "/articles/**", API + "/authors/*")
                .permitAll()
                .requestMatchers(HttpMethod.POST, API + "/articles/*/unpublish", API + "/articles/*/archive")
                .hasRole("EDITOR")
                .requestMatchers(API + "/articles", API + "/articles/**")
                .hasRole("AUTHOR");
    }
}
