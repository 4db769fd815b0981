package io.quire.core.web;

import io.quire.core.security.RateLimiters;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final RateLimiters limiters;
    private final ClientAddresses clients;

    WebConfig(RateLimiters limiters, ClientAddresses clients) {
        this.limiters = limiters;
        this.clients = clients;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new RequestValuesResolver());
    }

    /** Browsers may call the API from the configured origins only; they can read our caching and paging headers. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(HttpProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", "Accept"));
        cors.setExposedHeaders(List.of("ETag", "Link", "Location", "Retry-After", "RateLimit", "RateLimit-Policy"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /**
     * A JSON number or boolean where a string belongs ({@code {"title": 5}}) is a client mistake
     * answered 400 naming the field, not silently turned into the text "5".
     */
    @Bean
    JsonMapperBuilderCustomizer strictStrings() {
        return builder -> builder.withCoercionConfig(
                LogicalType.Textual, strings -> strings.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            HttpProperties properties, List<RequestBodyLimit> limits) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxBodySize().toBytes(), limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The limits of limited operations on all their answers, including those given before a handler runs. */
    @Bean
    FilterRegistrationBean<RateLimitAnnouncer> rateLimitAnnouncer(ApplicationContext context) {
        FilterRegistrationBean<RateLimitAnnouncer> registration = new FilterRegistrationBean<>(new RateLimitAnnouncer(
                limiters,
                clients,
                () -> context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Actuator's bodiless failures (an unknown health group's 404) become problems. */
    @Bean
    FilterRegistrationBean<EmptyErrorBodies> emptyErrorBodiesFilter() {
        FilterRegistrationBean<EmptyErrorBodies> registration = new FilterRegistrationBean<>(new EmptyErrorBodies());
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Kept public answers go out before Spring Security's filter chain (order -100) does any work. */
    @Bean
    FilterRegistrationBean<SharedResponseCache> sharedResponseCacheFilter(SharedResponseCache cache) {
        FilterRegistrationBean<SharedResponseCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(-110);
        return registration;
    }

    /**
     * Each connection writes through a buffer of {@code cms.http.write-buffer-size} (Tomcat's own
     * default is 8 KB): a list page of 100 KB then leaves in a few socket writes instead of a dozen.
     * The buffers live on the heap, one per open connection, which is why
     * {@code server.tomcat.max-connections} is bounded too.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(HttpProperties properties) {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty(
                "socket.appWriteBufSize",
                Long.toString(properties.writeBufferSize().toBytes())));
    }

    /**
     * Requests Tomcat refuses before the application sees them are answered as problems too, not
     * with its HTML page: our valve replaces the host's error report valves (Spring Boot adds one
     * from a customizer of order 0; this one, unordered, runs after it).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
