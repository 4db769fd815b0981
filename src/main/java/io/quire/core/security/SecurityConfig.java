package io.quire.core.security;

import io.quire.core.web.CacheHeadersFilter;
import io.quire.core.web.HttpProperties;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The one security filter chain: stateless bearer tokens (HS256 JWTs, algorithm pinned), and
 * the URL rules every module declares as {@link AuthorizationRules}; finer rules (an author's
 * own articles) are enforced by the services on top of these.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            HttpProperties httpProperties,
            Converter<Jwt, AbstractAuthenticationToken> callerConverter,
            ObjectProvider<AuthorizationRules> moduleRules,
            @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(h -> h.cacheControl(c -> c.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                    moduleRules.orderedStream().forEach(rules -> rules.authorize(auth));
                    // A separate management port (management.server.port) is internal: scrapers need no token.
                    auth.requestMatchers(request -> managementPort > 0 && request.getLocalPort() == managementPort)
                            .permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole("ADMIN")
                            // Everything else is public: documentation, feeds, and the 404 of unknown paths.
                            .anyRequest()
                            .permitAll();
                })
                .oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(callerConverter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new CacheHeadersFilter(httpProperties), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    SecretKey jwtSigningKey(SecurityProperties properties) {
        return JwtKeys.load(properties);
    }

    @Bean
    DerivedKeys derivedKeys(SecretKey jwtSigningKey) {
        return new DerivedKeys(jwtSigningKey);
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return NimbusJwtEncoder.withSecretKey(jwtSigningKey)
                .algorithm(MacAlgorithm.HS256)
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey, SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        // The default validators check exp only when it is there: a token without one would never expire.
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
