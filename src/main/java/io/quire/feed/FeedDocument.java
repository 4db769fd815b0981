package io.quire.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A feed or sitemap as served: the XML and its strong entity tag (a hash of exactly these bytes). */
public record FeedDocument(String xml, String etag) {

    static FeedDocument of(String xml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8));
            return new FeedDocument(xml, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
