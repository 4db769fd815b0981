package io.quire.core.security;

import io.quire.core.web.CacheHeadersFilter;
import io.quire.core.web.HttpProperties;
import javax.crypto.SecretKey;
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
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what, in one place. Stateless bearer tokens (HS256 JWTs, algorithm pinned);
 * finer rules (an author's own articles) are enforced by the services on top of these.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String API = "/api/v1";

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            JsonMapper json,
            HttpProperties httpProperties,
            Converter<Jwt, AbstractAuthenticationToken> callerConverter,
            @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(h -> h.cacheControl(c -> c.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.OPTIONS, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, API + "/auth/token")
                        .permitAll()
                        .requestMatchers(API + "/users/me")
                        .authenticated()
                        .requestMatchers(API + "/users", API + "/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers(API + "/webhooks", API + "/webhooks/**")
                        .hasRole("ADMIN")
                        .requestMatchers(API + "/comments", API + "/comments/**")
                        .hasRole("EDITOR")
                        .requestMatchers(
                                HttpMethod.GET, API + "/articles/*/revisions", API + "/articles/*/revisions/**")
                        .hasRole("AUTHOR")
                        .requestMatchers(HttpMethod.GET, API + "/articles", API + "/articles/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, API + "/articles", API + "/articles/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, API + "/articles/*/comments")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                API + "/articles/*/publish",
                                API + "/articles/*/unpublish",
                                API + "/articles/*/archive")
                        .hasRole("EDITOR")
                        .requestMatchers(API + "/articles", API + "/articles/**")
                        .hasRole("AUTHOR")
                        .requestMatchers(HttpMethod.DELETE, API + "/assets/**")
                        .hasRole("EDITOR")
                        .requestMatchers(API + "/assets", API + "/assets/**")
                        .hasRole("AUTHOR")
                        .requestMatchers(HttpMethod.GET, API + "/tags", API + "/tags/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, API + "/tags", API + "/tags/**")
                        .permitAll()
                        .requestMatchers(API + "/tags", API + "/tags/**")
                        .hasRole("EDITOR")
                        // A separate management port (management.server.port) is internal: scrapers need no token.
                        .requestMatchers(request -> managementPort > 0 && request.getLocalPort() == managementPort)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        // Everything else is public: documentation, feeds, and the 404 of unknown paths. (Media
                        // files, /media/**, are served before this chain.)
                        .anyRequest()
                        .permitAll())
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
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
