package io.quire.article;

import io.quire.core.domain.InvalidInput;
import io.quire.core.text.Slugs;

/**
 * The name of an article in URLs: lowercase {@code a-z0-9} words joined by single hyphens, at most
 * 120 characters. Anything else is refused when the value is made, so a held {@code Slug} is valid.
 */
record Slug(String value) {

    Slug {
        if (!Slugs.isValid(value)) {
            throw new InvalidInput("slug", ArticleRequest.SLUG_RULE);
        }
    }

    /** The slug a title reads as ("Café Müller" → {@code cafe-muller}), or {@code article} when none is left. */
    static Slug derivedFrom(String title) {
        return new Slug(Slugs.derive(title, "article"));
    }

    /** Whether this slug is the one {@code title} derives to, or that with the {@code -n} suffix it was given. */
    boolean isDerivedFrom(String title) {
        Slug base = derivedFrom(title);
        if (value.equals(base.value)) {
            return true;
        }
        int hyphen = value.lastIndexOf('-');
        String number = hyphen < 0 ? "" : value.substring(hyphen + 1);
        return number.matches("[1-9][0-9]{0,5}") && value.equals(base.withSuffix(Integer.parseInt(number)).value);
    }

    /** This slug with {@code -n} appended, shortened so that the whole stays within the limit. */
    Slug withSuffix(int n) {
        return new Slug(Slugs.withSuffix(value, n));
    }

    @Override
    public String toString() {
        return value;
    }
}
