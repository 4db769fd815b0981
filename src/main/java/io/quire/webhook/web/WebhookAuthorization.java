package io.quire.webhook.web;

import static io.quire.core.security.AuthorizationRules.API;

import io.quire.core.security.AuthorizationRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Subscriptions and their deliveries are for admins only. */
@Component
class WebhookAuthorization implements AuthorizationRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(API + "/webhooks", API + "/webhooks/**").hasRole("ADMIN");
    }
}
