package io.quire.transfer;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import did so far. {@code articles}, {@code tags}, {@code comments}, {@code users}, {@code assets} and
 * {@code webhooks} count what it wrote (or, in a dry run, would write); {@code unchanged} counts items that were there already
 * (a re-import), {@code skipped} items left out on purpose (pages, menu items, trashed posts, pingbacks),
 * {@code failed} items that could not be imported (each with a problem).
 */
@Schema(name = "ImportCounts")
public record ImportCounts(
        @Schema(example = "52") int articles,
        @Schema(example = "31") int tags,
        @Schema(example = "18") int comments,
        @Schema(example = "3") int users,
        @Schema(example = "0") int assets,

        @Schema(example = "0", description = "Webhook subscriptions restored from a Quire export.")
        int webhooks,

        @Schema(example = "0") int unchanged,
        @Schema(example = "92") int skipped,
        @Schema(example = "1") int failed) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
