package io.quire.core.domain;

import java.util.Arrays;

/**
 * What a write expects of the current state: the {@code If-Match} header and/or the
 * {@code version} sent in the body. A stale one fails with {@link StaleVersion}, a malformed
 * {@code version} with {@link InvalidInput}.
 */
public record Precondition(String ifMatch, Long version) {

    /** What a stale {@code If-Match} answers, in words for the person who sent it. */
    public static final String CHANGED_SINCE_READ =
            "Someone changed this since you loaded it: read it again, then repeat your change.";

    public static final Precondition NONE = new Precondition(null, null);

    public static Precondition of(String ifMatch, Long version) {
        return new Precondition(ifMatch, version);
    }

    /** For a merge patch: the {@code version} it carries, if any, is checked like {@code If-Match}. */
    public static Precondition forPatch(String ifMatch, tools.jackson.databind.JsonNode patch) {
        tools.jackson.databind.JsonNode sent = patch != null && patch.isObject() ? patch.path("version") : null;
        if (sent == null || !sent.isIntegralNumber()) {
            return new Precondition(ifMatch, null);
        }
        if (!sent.canConvertToLong()) {
            throw new InvalidInput("version", "must be a whole number as returned by the API");
        }
        return new Precondition(ifMatch, sent.asLong());
    }

    /**
     * @param currentETag the strong entity tag of the current representation
     * @param currentVersion the current version number
     */
    public void check(String currentETag, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank() && !matches(ifMatch.trim(), currentETag)) {
            throw new StaleVersion(CHANGED_SINCE_READ);
        }
        if (version != null && version != currentVersion) {
            throw new StaleVersion("Someone changed this since you loaded it (you sent version " + version
                    + ", it is now at version " + currentVersion + "): read it again, then repeat your change.");
        }
    }

    private static boolean matches(String header, String current) {
        if (header.equals("*")) {
            return true;
        }
        // Strong comparison (RFC 9110 13.1.1): weak tags never match. An opaque value sent
        // without its quotes (as people paste it) is compared as if quoted.
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(tag -> !tag.startsWith("W/"))
                .map(Precondition::quoted)
                .anyMatch(tag -> tag.equals(current));
    }

    private static String quoted(String tag) {
        return tag.startsWith("\"") ? tag : "\"" + tag + "\"";
    }
}
