package io.quire.core.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** Authenticates bearer credentials that are API keys; leaves every other one to the access-token provider. */
final class KeyAuthenticationProvider implements AuthenticationProvider {

    private final BearerKeys keys;

    KeyAuthenticationProvider(BearerKeys keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String credential = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (!keys.recognizes(credential)) {
            return null;
        }
        return new CallerAuthentication(keys.authenticate(credential), credential);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
