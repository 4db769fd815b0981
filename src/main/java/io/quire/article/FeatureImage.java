package io.quire.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * The image an article leads with: an asset of the media library and, where the article says otherwise than the
 * asset, its own alt text, caption and credit (null: the asset's).
 */
@Embeddable
record FeatureImage(
        @Column(name = "feature_asset_id") UUID assetId,
        @Column(name = "feature_alt", length = 1000) String alt,
        @Column(name = "feature_caption", length = 2000) String caption,
        @Column(name = "feature_credit", length = 500) String credit) {

    /** The image as sent, blank text meaning the asset's; none without a request. */
    static FeatureImage of(FeatureImageRequest request) {
        return request == null
                ? null
                : new FeatureImage(
                        request.assetId(), text(request.alt()), text(request.caption()), text(request.credit()));
    }

    FeatureImageRequest request() {
        return new FeatureImageRequest(assetId, alt, caption, credit);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
