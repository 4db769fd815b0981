/**
 * Media: images uploaded once, re-encoded without their metadata, kept with renditions at fixed widths on the
 * local disk or an S3-compatible store, and served under unguessable, immutable URLs. Other modules show and use
 * assets through {@link io.quire.media.AssetLookup}.
 */
package io.quire.media;
