package io.quire.media;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssetUsages extends JpaRepository<AssetUsage, AssetUsage.Key> {

    @Query("select u from AssetUsage u where u.key.assetId = :assetId order by u.key.ownerType, u.key.ownerId")
    List<AssetUsage> findByAsset(UUID assetId);

    @Query("select u from AssetUsage u where u.key.ownerType = :ownerType and u.key.ownerId = :ownerId")
    List<AssetUsage> findByOwner(String ownerType, UUID ownerId);
}
