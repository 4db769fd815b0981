package io.quire.media;

import io.quire.user.AuthorView;
import io.quire.user.UserManagement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Assets as the API and other modules see them, with absolute file URLs and their uploaders' names. */
@Component
class AssetViews {

    private static final AuthorView UNKNOWN = new AuthorView("unknown", "Unknown");

    private final MediaUrls urls;
    private final UserManagement users;

    AssetViews(MediaUrls urls, UserManagement users) {
        this.urls = urls;
        this.users = users;
    }

    AssetView view(Asset asset) {
        return views(List.of(asset)).get(0);
    }

    /** In the order given, with every uploader read in one query. */
    List<AssetView> views(List<Asset> assets) {
        Map<java.util.UUID, AuthorView> uploaders =
                users.authors(assets.stream().map(Asset::uploadedBy).collect(Collectors.toSet()));
        return assets.stream()
                .map(a -> {
                    MediaFile file = a.file();
                    AssetText text = a.text();
                    return new AssetView(
                            a.id(),
                            a.filename(),
                            file.contentType(),
                            file.bytes(),
                            file.width(),
                            file.height(),
                            text.alt(),
                            text.caption(),
                            text.credit(),
                            a.focalPoint(),
                            urls.file(file.storageKey(), file.originalName()),
                            renditions(file),
                            a.createdAt(),
                            uploaders.getOrDefault(a.uploadedBy(), UNKNOWN),
                            a.version());
                })
                .toList();
    }

    AssetImage image(Asset asset) {
        MediaFile file = asset.file();
        AssetText text = asset.text();
        return new AssetImage(
                asset.id(),
                file.contentType(),
                file.width(),
                file.height(),
                urls.file(file.storageKey(), file.originalName()),
                renditions(file),
                text.alt(),
                text.caption(),
                text.credit(),
                asset.focalPoint());
    }

    private List<RenditionView> renditions(MediaFile file) {
        return file.renditionWidths().stream()
                .map(w -> new RenditionView(w, urls.file(file.storageKey(), file.renditionName(w))))
                .toList();
    }
}
