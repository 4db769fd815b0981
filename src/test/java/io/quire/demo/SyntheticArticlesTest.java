package io.quire.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.core.text.Slugs;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The synthetic content generator on its own: reproducible, unique where the schema needs it, plausible. */
class SyntheticArticlesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final int TOTAL = 20_000;
    private static final List<String> BODIES = List.of("One *body*.", "Two.");

    private final SyntheticArticles articles = new SyntheticArticles(TOTAL, BODIES, SyntheticContent.TAGS, NOW, 7);

    @Test
    void givesTheSameArticleForTheSameSeedAndNumber() {
        var again = new SyntheticArticles(TOTAL, BODIES, SyntheticContent.TAGS, NOW, 7).article(1234);
        var first = articles.article(1234);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.slug()).isEqualTo(first.slug());
        assertThat(again.publishedAt()).isEqualTo(first.publishedAt());
        assertThat(again.comments()).isEqualTo(first.comments());
        assertThat(new SyntheticArticles(TOTAL, BODIES, SyntheticContent.TAGS, NOW, 8)
                        .article(1234)
                        .id())
                .isNotEqualTo(first.id());
    }

    @Test
    void makesDistinctTitlesValidUniqueSlugsAndIncreasingPublicationTimes() {
        Set<String> titles = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        Instant previous = Instant.MIN;
        for (int i = 0; i < TOTAL; i++) {
            var article = articles.article(i);
            assertThat(titles.add(article.title())).as(article.title()).isTrue();
            assertThat(slugs.add(article.slug())).isTrue();
            assertThat(ids.add(article.id())).isTrue();
            assertThat(Slugs.isValid(article.slug())).as(article.slug()).isTrue();
            assertThat(article.title().length()).isBetween(1, 200);
            assertThat(article.summary().length()).isBetween(1, 500);
            assertThat(article.publishedAt()).isAfter(previous).isBefore(NOW).isAfter(article.createdAt());
            previous = article.publishedAt();
        }
        assertThat(articles.article(0).publishedAt()).isBefore(NOW.minus(SyntheticArticles.SPAN));
    }

    @Test
    void filesEachArticleUnderOneSectionAndUpToThreeTopicsOfUnevenPopularity() {
        Map<Integer, Integer> uses = new HashMap<>();
        int sections = SyntheticText.SECTIONS.size();
        for (int i = 0; i < TOTAL; i++) {
            int[] tags = articles.article(i).tags();
            assertThat(tags.length).isBetween(1, 4);
            assertThat(tags[0]).isLessThan(sections);
            for (int j = 1; j < tags.length; j++) {
                assertThat(tags[j]).isBetween(sections, SyntheticContent.TAGS - 1);
            }
            assertThat(Arrays.stream(tags).distinct().count()).isEqualTo(tags.length);
            for (int tag : tags) {
                uses.merge(tag, 1, Integer::sum);
            }
        }
        assertThat(uses.get(0)).as("the biggest section").isBetween(TOTAL / 4, TOTAL * 35 / 100);
        assertThat(uses.get(sections)).as("the most popular topic").isGreaterThan(10 * uses.getOrDefault(2_000, 1));
        assertThat(uses.size()).as("tags in use").isGreaterThan(SyntheticContent.TAGS * 9 / 10);
    }

    @Test
    void threadsCommentsParentsFirstAndAtMostFiveDeep() {
        int commented = 0;
        for (int i = 0; i < TOTAL; i++) {
            var article = articles.article(i);
            var comments = article.comments();
            commented += comments.isEmpty() ? 0 : 1;
            Map<UUID, SyntheticArticles.Comment> seen = new HashMap<>();
            for (var comment : comments) {
                var parent = comment.parentId() == null ? null : seen.get(comment.parentId());
                assertThat(comment.parentId() == null || parent != null)
                        .as("parent comes first")
                        .isTrue();
                assertThat(comment.depth())
                        .isEqualTo(parent == null ? 0 : parent.depth() + 1)
                        .isLessThan(5);
                assertThat(comment.createdAt())
                        .isAfter(parent == null ? article.publishedAt() : parent.createdAt())
                        .isBefore(NOW);
                seen.put(comment.id(), comment);
            }
        }
        assertThat(commented).isBetween(TOTAL * 30 / 100, TOTAL * 40 / 100);
    }

    @Test
    void namesThousandsOfTagsWithDistinctValidSlugs() {
        List<String> names = SyntheticText.tagNames(SyntheticContent.TAGS);
        assertThat(names).hasSize(SyntheticContent.TAGS).startsWith(SyntheticText.SECTIONS.toArray(String[]::new));
        assertThat(names).allMatch(name -> name.length() <= 60);
        assertThat(names.stream()
                        .map(name -> Slugs.derive(name, "tag"))
                        .distinct()
                        .count())
                .isEqualTo(SyntheticContent.TAGS);
        assertThat(names.stream().map(String::toLowerCase).distinct().count()).isEqualTo(SyntheticContent.TAGS);
    }

    @Test
    void writesMarkdownOfTheRequestedLength() {
        String body = SyntheticMarkdown.body(new SplittableRandom(3), 400);
        assertThat(body.split("\\s+").length).isGreaterThanOrEqualTo(380);
        assertThat(body).contains("\n\n");
        assertThat(SyntheticText.HEADLINES).isGreaterThan(10_000_000L);
    }
}
