package io.quire.media;

import io.quire.core.web.ProblemException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** The asset is used (by an article, ...), so it cannot be deleted: 409 naming what uses it. */
public class AssetInUse extends ProblemException {

    private final List<AssetOwner> owners;

    AssetInUse(Object id, List<AssetOwner> owners) {
        super(
                HttpStatus.CONFLICT,
                "asset-in-use",
                "Asset " + id + " is used by "
                        + owners.stream().map(o -> o.type() + " " + o.id()).collect(Collectors.joining(", "))
                        + "; remove it from there first.");
        this.owners = List.copyOf(owners);
    }

    /** What uses the asset, for the problem's {@code usedBy}. */
    public List<AssetOwner> owners() {
        return owners;
    }
}
