package io.quire.user;

import io.quire.core.security.Caller;
import io.quire.core.security.CallerAuthentication;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a valid token into the {@link Caller} it was issued to, reading the user's current
 * roles and state: a disabled user or a withdrawn role takes effect at once, not when the
 * token expires.
 */
@Component
class CallerTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Users users;

    CallerTokenConverter(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UUID id;
        try {
            id = UUID.fromString(jwt.getClaimAsString("uid"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("The token names no user");
        }
        User user = users.findById(id)
                .filter(User::enabled)
                .filter(u -> !u.issuedBeforeCredentialsChanged(jwt.getIssuedAt()))
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "The token's user is unknown or disabled, or the password changed since it was issued"));
        return new CallerAuthentication(new Caller(user.id(), user.username(), user.roles()), jwt);
    }
}
