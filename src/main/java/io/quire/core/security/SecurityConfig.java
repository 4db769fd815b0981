package io.quire.core.security;

import io.quire.core.web.CacheHeadersFilter;
import io.quire.core.web.HttpProperties;
import io.quire.core.web.ProblemCorsProcessor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
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
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The one security filter chain: stateless bearer tokens (HS256 JWTs, algorithm pinned), and
 * the URL rules every module declares as {@link AuthorizationRules}; finer rules (an author's
 * own articles) are enforced by the services on top of these.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private static CorsFilter corsFilter(CorsConfigurationSource source) {
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }

    /**
     * No observation per security filter and per request: request metrics already time every
     * answer, and wrapping each filter of the chain cost a cold read more than it told an operator.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            HttpProperties httpProperties,
            Converter<Jwt, AbstractAuthenticationToken> callerConverter,
            JwtDecoder jwtDecoder,
            ObjectProvider<BearerKeys> keys,
            ObjectProvider<AuthorizationRules> moduleRules,
            @Qualifier("corsConfigurationSource") CorsConfigurationSource corsSource,
            @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        http.csrf(csrf -> csrf.disable())
                // Spring's CORS filter, refusing with a problem (ProblemCorsProcessor).
                .cors(cors -> cors.disable())
                .addFilter(corsFilter(corsSource))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(h -> h.cacheControl(c -> c.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                    // API keys read and never write, whatever a module's rule for the route says.
                    auth.requestMatchers(SecurityConfig::writeWithKey).denyAll();
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
                .oauth2ResourceServer(oauth -> oauth.jwt(jwt ->
                                jwt.authenticationManager(bearerAuthentication(callerConverter, jwtDecoder, keys)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new CacheHeadersFilter(httpProperties), AuthorizationFilter.class);
        return http.build();
    }

    /** API keys first (told apart by their prefix), then access tokens. */
    private static AuthenticationManager bearerAuthentication(
            Converter<Jwt, AbstractAuthenticationToken> callerConverter,
            JwtDecoder jwtDecoder,
            ObjectProvider<BearerKeys> keys) {
        JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(jwtDecoder);
        tokens.setJwtAuthenticationConverter(callerConverter);
        List<AuthenticationProvider> providers = new ArrayList<>();
        keys.orderedStream().map(KeyAuthenticationProvider::new).forEach(providers::add);
        providers.add(tokens);
        return new ProviderManager(providers);
    }

    private static boolean writeWithKey(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && Callers.current().isKey();
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
