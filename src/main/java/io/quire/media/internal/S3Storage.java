package io.quire.media.internal;

import io.quire.media.MediaProperties;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in a bucket of an S3-compatible store: {@code <prefix>ab/abcd…/original.jpg}, the same layout as under
 * {@code <cms.media.dir>/files} on the disk (so a folder synced into the bucket is ready). The bucket stays private:
 * Quire reads the files and serves them itself. Checksums are sent and checked only where the S3 API requires
 * them, which every S3-compatible store understands.
 */
public final class S3Storage implements MediaStorage, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3Storage(MediaProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            s3.close();
            throw new IllegalStateException(
                    "The bucket '" + bucket + "' (cms.media.s3.bucket) cannot be reached: " + e.getMessage(), e);
        }
    }

    private static AwsCredentialsProvider credentials(MediaProperties.S3 settings) {
        if (settings.accessKey() == null || settings.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Override
    public void put(String key, Map<String, Path> files) throws IOException {
        for (var file : files.entrySet()) {
            try {
                s3.putObject(
                        b -> b.bucket(bucket)
                                .key(objectKey(key, file.getKey()))
                                .contentType(ContentTypes.of(file.getKey()))
                                .cacheControl("public, max-age=31536000, immutable"),
                        RequestBody.fromFile(file.getValue()));
            } catch (SdkException e) {
                throw new IOException("Storing " + file.getKey() + " failed", e);
            }
        }
    }

    @Override
    public Optional<StoredFile> open(String key, String name) throws IOException {
        ResponseInputStream<GetObjectResponse> object;
        try {
            object = s3.getObject(b -> b.bucket(bucket).key(objectKey(key, name)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("Reading " + name + " failed", e);
        }
        long size = object.response().contentLength();
        // Closing drops the connection rather than draining unread bytes over the network.
        return Optional.of(new StoredFile(size, Optional.empty(), () -> object, () -> {
            object.abort();
            object.close();
        }));
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            List<ObjectIdentifier> objects = new ArrayList<>();
            for (S3Object object : s3.listObjectsV2Paginator(
                            b -> b.bucket(bucket).prefix(objectKey(key, "")))
                    .contents()) {
                objects.add(ObjectIdentifier.builder().key(object.key()).build());
            }
            if (!objects.isEmpty()) {
                s3.deleteObjects(b -> b.bucket(bucket)
                        .delete(Delete.builder().objects(objects).quiet(true).build()));
            }
        } catch (SdkException e) {
            throw new IOException("Deleting the files of " + key + " failed", e);
        }
    }

    private String objectKey(String key, String name) {
        if (!StorageKeys.isValid(key)) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return prefix + key.substring(0, 2) + "/" + key + "/" + name;
    }

    @Override
    public void close() {
        s3.close();
    }
}
