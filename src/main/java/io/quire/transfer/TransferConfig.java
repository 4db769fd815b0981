package io.quire.transfer;

import io.quire.core.web.RequestBodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransferConfig {

    /** Export files are far larger than any other request body. */
    @Bean
    RequestBodyLimit importUploads(TransferProperties properties) {
        return new RequestBodyLimit("/api/v1/imports", properties.maxUploadSize());
    }
}
