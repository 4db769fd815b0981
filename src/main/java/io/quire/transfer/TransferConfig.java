package io.quire.transfer;

import io.quire.core.web.RequestBodyLimit;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransferConfig {

    /** Export files are far larger than any other request body. */
    @Bean
    RequestBodyLimit importUploads(TransferProperties properties) {
        return new RequestBodyLimit("/api/v1/imports", properties.maxUploadSize());
    }

    @Bean
    OpenApiCustomizer transferTag() {
        return api -> api.addTagsItem(new Tag()
                .name("Transfer")
                .description("Imports (WordPress, Quire), the full export, and redirects for the links of an "
                        + "imported site (see docs/import.md and docs/operations.md)."));
    }
}
