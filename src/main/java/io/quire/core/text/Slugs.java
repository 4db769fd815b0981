package io.quire.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * URL slugs: lowercase {@code a-z0-9} words joined by single hyphens, at most 120 characters.
 * {@link #derive} turns any title into one, transliterating accents ("Café Müller" → "cafe-muller").
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("ß", "ss"),
            Map.entry("æ", "ae"),
            Map.entry("œ", "oe"),
            Map.entry("ø", "o"),
            Map.entry("ł", "l"),
            Map.entry("đ", "d"),
            Map.entry("ð", "d"),
            Map.entry("þ", "th"),
            Map.entry("ı", "i"),
            Map.entry("&", " and "));

    private Slugs() {}

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }

    /** A slug for the text, or {@code fallback} when nothing usable is left (e.g. a title in Chinese). */
    public static String derive(String text, String fallback) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            sb.append(SPECIAL.getOrDefault(ch, ch));
        });
        String ascii = COMBINING_MARKS
                .matcher(Normalizer.normalize(sb, Normalizer.Form.NFKD))
                .replaceAll("");
        String slug = NON_ALNUM.matcher(ascii).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            slug = trimHyphens(cut > MAX_LENGTH / 2 ? slug.substring(0, cut) : slug);
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or {@code base-n} shortened so that the whole stays within the limit. */
    public static String withSuffix(String base, int n) {
        String suffix = "-" + n;
        String head = base.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(base.substring(0, MAX_LENGTH - suffix.length()))
                : base;
        return head + suffix;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
