package io.quire.media;

import io.quire.core.security.Caller;
import io.quire.user.AvatarView;
import io.quire.user.Avatars;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Users' avatars as assets of the media library, through the same lookup and usage records articles use. */
@Component
class UserAvatars implements Avatars {

    /** Looked up when first used: the lookup itself shows uploaders' names, which come from users. */
    private final ObjectProvider<AssetLookup> lookup;

    UserAvatars(ObjectProvider<AssetLookup> lookup) {
        this.lookup = lookup;
    }

    @Override
    public Optional<AvatarView> choosable(UUID assetId, Caller caller) {
        return lookup.getObject().findVisible(assetId, caller).map(UserAvatars::avatar);
    }

    @Override
    public Map<UUID, AvatarView> find(Collection<UUID> assetIds) {
        Map<UUID, AvatarView> found = new LinkedHashMap<>();
        lookup.getObject().findAll(assetIds).forEach((id, image) -> found.put(id, avatar(image)));
        return found;
    }

    @Override
    public void use(UUID userId, UUID assetId) {
        lookup.getObject()
                .recordUsage(new AssetOwner(OWNER_TYPE, userId), assetId == null ? Set.of() : Set.of(assetId));
    }

    private static AvatarView avatar(AssetImage image) {
        return new AvatarView(
                image.assetId(),
                image.alt(),
                image.url(),
                image.width(),
                image.height(),
                image.renditions().stream()
                        .map(r -> new AvatarView.Rendition(r.width(), r.url()))
                        .toList());
    }
}
