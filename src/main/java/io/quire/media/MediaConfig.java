package io.quire.media;

import io.quire.media.internal.DiskStorage;
import io.quire.media.internal.ImageProcessor;
import io.quire.media.internal.MediaStorage;
import io.quire.media.internal.ProcessingGate;
import io.quire.media.internal.S3Storage;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * The store chosen by {@code cms.media.storage}, the image processor, and how multipart bodies are read. Uploads
 * are the only multipart requests Quire takes, so their limits are the multipart limits: parts are spooled to
 * the media work folder past a small threshold (never held in the heap), a file over
 * {@code cms.media.max-file-size} is refused as soon as it passes the limit, and a body is only parsed when a
 * handler asks for its parts.
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

    @Bean
    MultipartConfigElement multipartConfigElement(MediaProperties properties, MediaDirectories directories) {
        long maxFile = properties.maxFileSize().toBytes();
        return new MultipartConfigElement(directories.work().toString(), maxFile, maxFile + ENVELOPE, SPOOL_THRESHOLD);
    }

    @Bean(name = "multipartResolver")
    StandardServletMultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }
}
