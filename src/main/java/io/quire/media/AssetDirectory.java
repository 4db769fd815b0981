package io.quire.media;

import io.quire.core.security.Caller;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link AssetLookup} over the media tables. */
@Service
@Transactional
class AssetDirectory implements AssetLookup {

    private final Assets assets;
    private final AssetUsages usages;
    private final AssetViews views;

    AssetDirectory(Assets assets, AssetUsages usages, AssetViews views) {
        this.assets = assets;
        this.usages = usages;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssetImage> find(UUID assetId) {
        return assets.findWithFileById(assetId).map(views::image);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, AssetImage> findAll(Collection<UUID> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, AssetImage> found = new LinkedHashMap<>();
        assets.findWithFileByIdIn(Set.copyOf(assetIds)).forEach(a -> found.put(a.id(), views.image(a)));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssetImage> findVisible(UUID assetId, Caller caller) {
        return assets.findWithFileById(assetId)
                .filter(a -> caller.isEditor() || caller.is(a.uploadedBy()))
                .map(views::image);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssetImage> findByUrl(String url) {
        return MediaUrls.storageKeyOf(url)
                .flatMap(assets::findFirstByFileStorageKeyOrderByCreatedAtAscIdAsc)
                .map(views::image);
    }

    @Override
    public void recordUsage(AssetOwner owner, Collection<UUID> assetIds) {
        Set<UUID> wanted = assetIds.isEmpty()
                ? Set.of()
                : assets.findAllById(Set.copyOf(assetIds)).stream()
                        .map(Asset::id)
                        .collect(Collectors.toSet());
        List<AssetUsage> recorded = usages.findByOwner(owner.type(), owner.id());
        usages.deleteAll(
                recorded.stream().filter(u -> !wanted.contains(u.assetId())).toList());
        Set<UUID> kept = recorded.stream().map(AssetUsage::assetId).collect(Collectors.toSet());
        usages.saveAll(wanted.stream()
                .filter(id -> !kept.contains(id))
                .map(id -> new AssetUsage(id, owner))
                .toList());
        usages.flush();
    }

    @Override
    public void clearUsage(AssetOwner owner) {
        usages.deleteAll(usages.findByOwner(owner.type(), owner.id()));
        usages.flush();
    }
}
