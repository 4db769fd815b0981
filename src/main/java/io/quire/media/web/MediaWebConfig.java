package io.quire.media.web;

import io.quire.media.internal.MediaStorage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class MediaWebConfig {

    /** Ahead of the kept public answers (-110) and of Spring Security's chain (-100): files need neither. */
    @Bean
    FilterRegistrationBean<MediaFileServer> mediaFileServer(MediaStorage storage, JsonMapper json) {
        FilterRegistrationBean<MediaFileServer> registration =
                new FilterRegistrationBean<>(new MediaFileServer(storage, json));
        registration.addUrlPatterns(MediaFileServer.PREFIX + "*");
        registration.setOrder(-120);
        return registration;
    }
}
