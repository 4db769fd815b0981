package io.quire.core.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a bearer token, carrying the {@link Caller} it belongs to. */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final Object token;

    public CallerAuthentication(Caller caller, Object token) {
        // Authorities are expanded along the role hierarchy, so URL rules need no RoleHierarchy.
        super(Arrays.stream(Role.values())
                .filter(caller::has)
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toList()));
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.username();
    }
}
