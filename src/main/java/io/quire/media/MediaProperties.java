package io.quire.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How images are accepted, stored and served.
 *
 * @param dir where files are kept on the local disk, and where uploads are staged with any store
 * @param storage {@code disk} (the default) or {@code s3}
 * @param maxFileSize the largest upload accepted; larger ones are answered 413 without being read
 * @param maxPixels the largest image accepted, in pixels (width × height as its header declares them)
 * @param widths the widths renditions are made in; never wider than the image
 * @param baseUrl the public URL files are served under (this server, or a CDN in front of it); when unset,
 *         the scheme, host and port of each request
 * @param s3 the S3-compatible store, when {@code storage} is {@code s3}
 */
@Validated
@ConfigurationProperties("cms.media")
public record MediaProperties(
        @DefaultValue("./data/media") @NotNull Path dir,
        @DefaultValue("disk") @NotNull Storage storage,
        @DefaultValue("20MB") @NotNull DataSize maxFileSize,
        @DefaultValue("60000000") @Min(1) long maxPixels,

        @DefaultValue({"320", "640", "1024", "1600", "2400"}) @NotEmpty
        List<@Min(16) Integer> widths,

        String baseUrl,
        @DefaultValue @Valid S3 s3) {

    public enum Storage {
        DISK,
        S3
    }

    public MediaProperties {
        if (maxFileSize.toBytes() < 1) {
            throw new IllegalArgumentException("cms.media.max-file-size must be positive");
        }
        if (storage == Storage.S3 && (s3.bucket() == null || s3.bucket().isBlank())) {
            throw new IllegalArgumentException("cms.media.s3.bucket is required with cms.media.storage=s3");
        }
        widths = widths.stream().distinct().sorted().toList();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
    }

    /**
     * An S3-compatible object store.
     *
     * @param bucket the bucket files go into (it must exist)
     * @param prefix a key prefix inside the bucket, such as {@code quire/}
     * @param endpoint the store's URL for stores other than AWS (MinIO, Ceph, R2, ...); AWS when unset
     * @param region the region to sign requests for
     * @param accessKey the access key; when unset, the AWS SDK's default chain (environment, profile, instance role)
     * @param secretKey the secret key that goes with {@code accessKey}
     * @param pathStyle address buckets as {@code endpoint/bucket/key} instead of {@code bucket.endpoint/key}
     */
    public record S3(
            String bucket,
            @DefaultValue("") String prefix,
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String accessKey,
            String secretKey,
            @DefaultValue("false") boolean pathStyle) {}
}
