package io.quire;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Quire, a headless CMS: articles, tags and comments over a REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "core")
public class CmsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CmsApplication.class, args);
    }
}
