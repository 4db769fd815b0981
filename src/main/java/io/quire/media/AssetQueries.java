package io.quire.media;

import io.quire.media.internal.ImageFormat;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The conditions of a list of assets, as a JPA specification. */
final class AssetQueries {

    private AssetQueries() {}

    /** @param uploader the only uploader whose assets are listed, or null for all */
    static Specification<Asset> matching(AssetFilter filter, UUID uploader) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (uploader != null) {
                where.add(cb.equal(root.get("uploadedBy"), uploader));
            }
            if (filter.contentType() != null) {
                String type = ImageFormat.ofContentType(filter.contentType())
                        .orElseThrow()
                        .contentType();
                where.add(cb.equal(root.get("file").get("contentType"), type));
            }
            if (filter.q() != null) {
                String pattern = "%" + escaped(filter.q().toLowerCase(Locale.ROOT)) + "%";
                List<Predicate> anyText = new ArrayList<>();
                for (String field : List.of("filename", "alt", "caption", "credit")) {
                    Expression<String> text = cb.lower(root.get(field));
                    anyText.add(cb.like(text, pattern, '\\'));
                }
                where.add(cb.or(anyText.toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
