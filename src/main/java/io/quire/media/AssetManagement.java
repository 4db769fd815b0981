package io.quire.media;

import io.quire.core.domain.ETags;
import io.quire.core.domain.MergePatcher;
import io.quire.core.domain.NotPermitted;
import io.quire.core.domain.Precondition;
import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Reads, describes and deletes assets. Authors see and describe the assets they uploaded; editors see,
 * describe and delete all. An asset someone may not see is answered as absent.
 */
@Service
@Transactional
public class AssetManagement {

    private final Assets assets;
    private final MediaFiles files;
    private final AssetUsages usages;
    private final MediaCleanups cleanups;
    private final AssetViews views;
    private final MergePatcher patcher;
    private final ETags etags;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssetManagement(
            Assets assets,
            MediaFiles files,
            AssetUsages usages,
            MediaCleanups cleanups,
            AssetViews views,
            MergePatcher patcher,
            ETags etags,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assets = assets;
        this.files = files;
        this.usages = usages;
        this.cleanups = cleanups;
        this.views = views;
        this.patcher = patcher;
        this.etags = etags;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first unless the pageable sorts otherwise; an author's own assets only. */
    @Transactional(readOnly = true)
    public Page<AssetView> list(AssetFilter filter, Pageable pageable, Caller caller) {
        requireAuthor(caller);
        UUID uploader = caller.isEditor() ? null : caller.id();
        Page<Asset> page = assets.findAll(AssetQueries.matching(filter, uploader), pageable);
        List<AssetView> content = views.views(page.getContent());
        return new PageImpl<>(content, pageable, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public AssetView get(UUID id, Caller caller) {
        return views.view(visible(id, caller));
    }

    /**
     * Changes alt text, caption, credit and focal point as a JSON Merge Patch says. When something uses the
     * asset, {@link AssetDescribed} tells caches of what readers see that it may read differently.
     */
    public AssetView patch(UUID id, JsonNode patch, Precondition precondition, Caller caller) {
        Asset asset = visible(id, caller);
        etags.check(precondition, views.view(asset), asset.version());
        AssetText text = asset.text();
        AssetPatchRequest current =
                new AssetPatchRequest(text.alt(), text.caption(), text.credit(), asset.focalPoint(), null);
        AssetPatchRequest changed = patcher.apply(current, patch, AssetPatchRequest.class);
        Instant now = Instant.now(clock);
        asset.describe(new AssetText(changed.alt(), changed.caption(), changed.credit()), changed.focalPoint(), now);
        Asset saved = assets.saveAndFlush(asset);
        if (!usages.findByAsset(id).isEmpty()) {
            events.publishEvent(new AssetDescribed(id, now));
        }
        return views.view(saved);
    }

    /**
     * Deletes the asset, unless something uses it. When it was the last asset with its files, the files go
     * too, once the deletion is committed.
     *
     * @throws AssetInUse naming what uses it
     */
    public void delete(UUID id, Precondition precondition, Caller caller) {
        if (!caller.isEditor()) {
            throw new NotPermitted("Only editors delete assets.");
        }
        Asset asset = visible(id, caller);
        etags.check(precondition, views.view(asset), asset.version());
        List<AssetUsage> uses = usages.findByAsset(id);
        if (!uses.isEmpty()) {
            throw new AssetInUse(id, uses.stream().map(AssetUsage::owner).toList());
        }
        MediaFile file = files.lockById(asset.file().id()).orElseThrow();
        assets.delete(asset);
        assets.flush();
        if (!assets.existsByFileId(file.id())) {
            files.delete(file);
            cleanups.save(new MediaCleanup(file.storageKey(), Instant.now(clock)));
            events.publishEvent(new MediaFileReleased(file.storageKey()));
        }
    }

    private Asset visible(UUID id, Caller caller) {
        requireAuthor(caller);
        return assets.findWithFileById(id)
                .filter(a -> caller.isEditor() || caller.is(a.uploadedBy()))
                .orElseThrow(() -> new AssetNotFound(id));
    }

    private static void requireAuthor(Caller caller) {
        if (!caller.has(Role.AUTHOR)) {
            throw new NotPermitted("Only authors, editors and admins use the media library.");
        }
    }
}
