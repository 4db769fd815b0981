package io.quire.user;

import io.quire.core.security.Caller;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Users' pictures, which are assets of the media library: the media module provides this, so users name an
 * asset by its id and never read media's tables. An asset a user's avatar uses cannot be deleted (409 naming
 * the user) until the avatar changes.
 */
public interface Avatars {

    /** The owner type under which an avatar's use of an asset is recorded. */
    String OWNER_TYPE = "user";

    /** The asset as an avatar if it exists and the caller may choose it (they uploaded it, or they are an editor). */
    Optional<AvatarView> choosable(UUID assetId, Caller caller);

    /** The avatars these assets make, by asset id; ids that name no asset are left out. */
    Map<UUID, AvatarView> find(Collection<UUID> assetIds);

    /** Records that the user's avatar is this asset (null: none), in the caller's transaction. */
    void use(UUID userId, UUID assetId);
}
