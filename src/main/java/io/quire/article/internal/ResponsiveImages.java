package io.quire.article.internal;

import io.quire.media.AssetImage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.owasp.html.ElementPolicy;

/**
 * The sanitizer's last word on an {@code <img>}, once its attributes have passed the policy: an image of an
 * asset gets the attributes a browser needs to pick the right file and keep the layout still while it loads.
 */
final class ResponsiveImages implements ElementPolicy {

    private static final Set<String> OURS = Set.of("width", "height", "srcset", "sizes", "loading");

    private final Function<String, Optional<AssetImage>> assets;
    private final Set<UUID> used = new LinkedHashSet<>();

    ResponsiveImages(Function<String, Optional<AssetImage>> assets) {
        this.assets = assets;
    }

    @Override
    public String apply(String element, List<String> attributes) {
        String src = value(attributes, "src");
        Optional<AssetImage> found = src == null ? Optional.empty() : assets.apply(src);
        if (found.isEmpty()) {
            return element;
        }
        AssetImage image = found.get();
        used.add(image.assetId());
        for (int i = attributes.size() - 2; i >= 0; i -= 2) {
            if (OURS.contains(attributes.get(i))) {
                attributes.subList(i, i + 2).clear();
            }
        }
        String alt = value(attributes, "alt");
        if ((alt == null || alt.isBlank()) && image.alt() != null) {
            set(attributes, "alt", image.alt());
        }
        attributes.addAll(List.of(
                "width", Integer.toString(image.width()),
                "height", Integer.toString(image.height()),
                "srcset", srcset(image),
                "sizes", "(max-width: " + image.width() + "px) 100vw, " + image.width() + "px",
                "loading", "lazy"));
        return element;
    }

    Set<UUID> used() {
        return Set.copyOf(used);
    }

    /** Every file of the asset by its width, the original last. */
    private static String srcset(AssetImage image) {
        return Stream.concat(
                        image.renditions().stream().map(r -> r.url() + " " + r.width() + "w"),
                        Stream.of(image.url() + " " + image.width() + "w"))
                .collect(Collectors.joining(", "));
    }

    private static String value(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }

    private static void set(List<String> attributes, String name, String value) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                attributes.set(i + 1, value);
                return;
            }
        }
        attributes.add(name);
        attributes.add(value);
    }
}
