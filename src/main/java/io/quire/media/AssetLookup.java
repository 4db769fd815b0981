package io.quire.media;

import io.quire.core.security.Caller;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How other modules show assets and say which they use. An owner (an article, ...) records the assets it uses
 * with every change; an asset with an owner cannot be deleted (409 naming the owners).
 */
public interface AssetLookup {

    /** The asset, whoever uploaded it: for showing an image that is already in use. */
    Optional<AssetImage> find(UUID assetId);

    /** The assets among these ids that exist, by id, read in a fixed number of queries. */
    Map<UUID, AssetImage> findAll(Collection<UUID> assetIds);

    /** The asset if this caller may see it (its uploader, or an editor): for choosing an image to use. */
    Optional<AssetImage> findVisible(UUID assetId, Caller caller);

    /**
     * The asset one of whose file URLs this is (the original or a rendition, on any host), for images referred
     * to by URL. Identical uploads share files; the first of them answers.
     */
    Optional<AssetImage> findByUrl(String url);

    /**
     * Records that the owner uses exactly these assets (ids that name no asset are left out), replacing what it
     * used before; in the caller's transaction.
     */
    void recordUsage(AssetOwner owner, Collection<UUID> assetIds);

    /** Records that the owner uses no asset any more (it was deleted); in the caller's transaction. */
    void clearUsage(AssetOwner owner);
}
