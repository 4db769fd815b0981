package io.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.media.internal.MediaStorage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

/**
 * The media library on an S3-compatible store: a real one (S3Mock) in a child process, reached over HTTP by
 * the AWS SDK exactly as in production. Files go to the bucket, never to the local disk, and are served by
 * Quire; deleting the last asset and sweeping a lost upload take them out of the bucket.
 */
class MediaS3Test extends MediaHttp {

    private static final String PREFIX = "media/";
    private static S3Client bucket;

    @Autowired
    private MediaStorage storage;

    @Autowired
    private MediaJanitor janitor;

    @Autowired
    private MediaCleanups cleanups;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:quire-s3-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        registry.add("cms.media.storage", () -> "s3");
        registry.add("cms.media.s3.bucket", () -> S3MockServer.BUCKET);
        registry.add("cms.media.s3.prefix", () -> PREFIX);
        registry.add("cms.media.s3.endpoint", () -> S3MockServer.get().endpoint());
        registry.add("cms.media.s3.region", () -> "eu-central-1");
        registry.add("cms.media.s3.access-key", () -> "quire-test");
        registry.add("cms.media.s3.secret-key", () -> "quire-test-secret");
        registry.add("cms.media.s3.path-style", () -> "true");
    }

    @BeforeAll
    static void client() {
        bucket = S3Client.builder()
                .endpointOverride(URI.create(S3MockServer.get().endpoint()))
                .region(Region.EU_CENTRAL_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build();
    }

    @AfterAll
    static void closeClient() {
        bucket.close();
    }

    private static String keyOf(JsonNode asset) {
        return MediaUrls.storageKeyOf(asset.path("url").asString()).orElseThrow();
    }

    private static List<String> objects(String storageKey) {
        return bucket
                .listObjectsV2Paginator(b -> b.bucket(S3MockServer.BUCKET)
                        .prefix(PREFIX + storageKey.substring(0, 2) + "/" + storageKey + "/"))
                .contents()
                .stream()
                .map(S3Object::key)
                .sorted()
                .toList();
    }

    @Test
    void storesTheFilesInTheBucketAndServesThemItself() {
        JsonNode asset = uploaded(signedIn("AUTHOR"), ImageFixtures.jpegWithExif(1400, 900), "bridge.jpg", "Bridge");
        String key = keyOf(asset);

        String folder = PREFIX + key.substring(0, 2) + "/" + key + "/";
        assertThat(objects(key)).containsExactly(folder + "320.jpg", folder + "640.jpg", folder + "original.jpg");
        assertThat(onDisk()).noneMatch(path -> path.toString().contains(key));

        HttpResponse<byte[]> served = fetch(asset.path("url").asString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        byte[] stored = bucket.getObject(
                        b -> b.bucket(S3MockServer.BUCKET).key(folder + "original.jpg"), ResponseTransformer.toBytes())
                .asByteArray();
        assertThat(served.body()).isEqualTo(stored);
        assertThat(ImageFixtures.contains(stored, ImageFixtures.CAMERA_SERIAL)).isFalse();
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(fetch(asset.path("url").asString(), "If-None-Match", etag).statusCode())
                .isEqualTo(304);
    }

    @Test
    void storesTheSameBytesOnceAndDeletesTheFilesWithTheLastAsset() {
        byte[] jpeg = ImageFixtures.uniqueJpeg(700, 500);
        JsonNode first = uploaded(signedIn("AUTHOR"), jpeg, "a.jpg");
        JsonNode second = uploaded(signedIn("AUTHOR"), jpeg, "b.jpg");
        String key = keyOf(first);
        assertThat(keyOf(second)).isEqualTo(key);
        assertThat(objects(key)).hasSize(3);

        String editor = signedIn("EDITOR");
        send(HttpMethod.DELETE, "/api/v1/assets/" + first.path("id").asString(), editor, null)
                .expectStatus()
                .isNoContent();
        assertThat(objects(key)).hasSize(3);
        send(HttpMethod.DELETE, "/api/v1/assets/" + second.path("id").asString(), editor, null)
                .expectStatus()
                .isNoContent();
        assertThat(objects(key)).isEmpty();
        assertThat(fetch(first.path("url").asString()).statusCode()).isEqualTo(404);
    }

    @Test
    void sweepsTheFilesOfAnUploadThatNeverGotItsRow() throws Exception {
        String key = io.quire.media.internal.StorageKeys.next();
        cleanups.save(new MediaCleanup(key, Instant.now().minus(MediaJanitor.GRACE.multipliedBy(2))));
        Path file = Files.write(Files.createTempFile(directories.work(), "lost-", ".jpg"), ImageFixtures.jpeg(10, 10));
        storage.put(key, Map.of("original.jpg", file));
        assertThat(objects(key)).hasSize(1);

        janitor.sweep(Instant.now().minus(MediaJanitor.GRACE));

        assertThat(objects(key)).isEmpty();
        assertThat(cleanups.existsById(key)).isFalse();
    }
}
