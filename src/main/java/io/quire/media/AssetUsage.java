package io.quire.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One use of an asset by an owner (an article, ...). */
@Entity
@Table(name = "media_usage")
class AssetUsage {

    @EmbeddedId
    private Key key;

    protected AssetUsage() {}

    AssetUsage(UUID assetId, AssetOwner owner) {
        this.key = new Key(assetId, owner.type(), owner.id());
    }

    UUID assetId() {
        return key.assetId;
    }

    AssetOwner owner() {
        return new AssetOwner(key.ownerType, key.ownerId);
    }

    @Embeddable
    record Key(
            @Column(name = "asset_id") UUID assetId,
            @Column(name = "owner_type", length = 40) String ownerType,
            @Column(name = "owner_id") UUID ownerId)
            implements Serializable {}
}
