package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The slug value object, without Spring: it exists only valid. */
class SlugTest {

    @Test
    void acceptsLowercaseWordsJoinedBySingleHyphens() {
        assertThat(new Slug("gpu-export-rules-2026").value()).isEqualTo("gpu-export-rules-2026");
        assertThat(new Slug("a".repeat(120)).value()).hasSize(120);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Upper-case", "two--hyphens", "-leading", "trailing-", "with space", "ümlaut", "dot.ted"})
    void refusesWhatIsNotASlugNamingTheField(String value) {
        assertThatThrownBy(() -> new Slug(value)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .containsExactly(new FieldProblem("slug", ArticleRequest.SLUG_RULE)));
    }

    @Test
    void refusesASlugLongerThan120Characters() {
        assertThatThrownBy(() -> new Slug("a".repeat(121))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void derivesOneFromATitleTransliteratingAccents() {
        assertThat(Slug.derivedFrom("Café Müller & Straße")).isEqualTo(new Slug("cafe-muller-and-strasse"));
        assertThat(Slug.derivedFrom("北京")).isEqualTo(new Slug("article"));
    }

    @Test
    void aSuffixKeepsTheWholeWithinTheLimit() {
        Slug longest = new Slug("word-".repeat(23) + "tail");

        Slug suffixed = longest.withSuffix(12);

        assertThat(suffixed.value()).hasSizeLessThanOrEqualTo(120).endsWith("-12");
        assertThat(new Slug("news").withSuffix(2)).isEqualTo(new Slug("news-2"));
    }
}
