package io.quire.media;

import io.quire.core.domain.Conflict;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The asset is used (by an article, ...), so it cannot be deleted; the problem names the users in {@code usedBy}. */
public class AssetInUse extends Conflict {

    private final List<AssetOwner> owners;

    AssetInUse(Object id, List<AssetOwner> owners) {
        super(
                "asset-in-use",
                "Asset " + id + " is used by "
                        + owners.stream().map(o -> o.type() + " " + o.id()).collect(Collectors.joining(", "))
                        + "; remove it from there first.",
                null);
        this.owners = List.copyOf(owners);
    }

    /** What uses the asset. */
    public List<AssetOwner> owners() {
        return owners;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("usedBy", owners);
    }
}
