package io.quire.media;

import io.quire.core.web.RequestBodyLimit;
import io.quire.media.internal.DiskStorage;
import io.quire.media.internal.ImageProcessor;
import io.quire.media.internal.MediaStorage;
import io.quire.media.internal.ProcessingGate;
import io.quire.media.internal.S3Storage;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * The store chosen by {@code cms.media.storage}, the image processor, and how multipart bodies are read: parts
 * are spooled to the media work folder past a small threshold (never held in the heap), an upload declaring more
 * than {@code cms.media.max-file-size} (plus room for the text fields) is refused before it is read, and a body
 * is only parsed when a handler asks for its parts.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfig {

    /** Room for the text fields and part headers beside the file. */
    private static final long ENVELOPE = 256 * 1024;

    private static final int SPOOL_THRESHOLD = 16 * 1024;

    /** An S3 store's client is closed with the context. */
    @Bean
    MediaStorage mediaStorage(MediaProperties properties, MediaDirectories directories) throws IOException {
        return switch (properties.storage()) {
            case DISK -> new DiskStorage(directories.root());
            case S3 -> new S3Storage(properties.s3());
        };
    }

    @Bean
    ImageProcessor imageProcessor(MediaProperties properties) {
        return new ImageProcessor(properties.maxPixels(), properties.widths(), ProcessingGate.forHeap());
    }

    /**
     * Parts spooled to the media work folder. The container's limits are the larger of the media library's and
     * those of {@code spring.servlet.multipart} (which imports of export files need): the media library checks
     * its own, on the declared length before reading ({@link #assetUploadLimit}) and on the file once it is read.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(
            MediaProperties properties, MediaDirectories directories, Environment environment) {
        long maxFile = properties.maxFileSize().toBytes();
        long containerFile = Math.max(maxFile, size(environment, "spring.servlet.multipart.max-file-size"));
        long containerRequest =
                Math.max(maxFile + ENVELOPE, size(environment, "spring.servlet.multipart.max-request-size"));
        return new MultipartConfigElement(
                directories.work().toString(), containerFile, containerRequest, SPOOL_THRESHOLD);
    }

    /** An upload whose declared length is over the limit is refused before a byte of it is read. */
    @Bean
    RequestBodyLimit assetUploadLimit(MediaProperties properties) {
        return new RequestBodyLimit(
                "/api/v1/assets", DataSize.ofBytes(properties.maxFileSize().toBytes() + ENVELOPE));
    }

    private static long size(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value == null ? 0 : DataSize.parse(value).toBytes();
    }

    @Bean(name = "multipartResolver")
    StandardServletMultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }
}
