package io.quire.demo;

import io.quire.core.text.Slugs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Article number {@code i} of a synthetic run, the same for the same seed however the run is
 * batched: a distinct headline and a unique slug, a body from the pool, one section tag and up
 * to three topical tags (a few topics are popular, most are rare), publication times spread
 * evenly (and strictly increasing) over the past years, and approved comments on about a third
 * of the articles, some of them replies.
 */
final class SyntheticArticles {

    record Article(
            UUID id,
            UUID revisionId,
            String title,
            String slug,
            String summary,
            String body,
            int[] tags,
            Instant createdAt,
            Instant publishedAt,
            List<Comment> comments) {}

    /** An approved comment; replies name their parent, which comes before them. */
    record Comment(
            UUID id,
            UUID parentId,
            int depth,
            String authorName,
            String authorEmail,
            String body,
            Instant createdAt,
            Instant approvedAt) {}

    static final Duration SPAN = Duration.ofDays(8 * 365);
    /** Comments come within two days of publication: the newest article is older than that. */
    private static final Duration QUIET_END = Duration.ofDays(3);

    private static final int MAX_COMMENT_DEPTH = 4;

    private final List<String> bodies;
    private final double[] topicWeights;
    private final int sections;
    private final long seed;
    private final Instant start;
    private final long stepMillis;

    SyntheticArticles(int total, List<String> bodies, int tagCount, Instant now, long seed) {
        this.bodies = bodies;
        this.sections = SyntheticText.SECTIONS.size();
        this.seed = seed;
        this.start = now.minus(QUIET_END).minus(SPAN);
        this.stepMillis = Math.max(2, SPAN.toMillis() / total);
        // Zipf-like popularity of the topical tags (those after the sections).
        this.topicWeights = new double[tagCount - sections];
        double sum = 0;
        for (int rank = 0; rank < topicWeights.length; rank++) {
            sum += 1.0 / (rank + 10);
            topicWeights[rank] = sum;
        }
    }

    Article article(int i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String title = SyntheticText.headline(i);
        String slug = Slugs.withSuffix(Slugs.derive(title, "article"), i + 1);
        Instant published = start.plusMillis(i * stepMillis + random.nextLong(stepMillis / 2));
        Instant created = published.minusSeconds(600 + random.nextInt(3 * 86_400));
        return new Article(
                timeOrdered(published, random),
                timeOrdered(published, random),
                title,
                slug,
                SyntheticText.summary(random),
                bodies.get(random.nextInt(bodies.size())),
                tags(random),
                created,
                published,
                comments(random, published));
    }

    /** Indices into the tag pool: the section first, then distinct topics. */
    private int[] tags(SplittableRandom random) {
        int draw = random.nextInt(100);
        int topics = draw < 25 ? 0 : draw < 60 ? 1 : draw < 85 ? 2 : 3;
        int[] tags = new int[1 + topics];
        tags[0] = SyntheticText.section(random);
        int n = 1;
        while (n < tags.length) {
            int candidate = sections + topic(random);
            if (Arrays.stream(tags, 0, n).noneMatch(t -> t == candidate)) {
                tags[n++] = candidate;
            }
        }
        return tags;
    }

    private int topic(SplittableRandom random) {
        double target = random.nextDouble() * topicWeights[topicWeights.length - 1];
        int found = Arrays.binarySearch(topicWeights, target);
        return Math.min(found >= 0 ? found : -found - 1, topicWeights.length - 1);
    }

    private List<Comment> comments(SplittableRandom random, Instant published) {
        if (random.nextInt(100) >= 35) {
            return List.of();
        }
        int count = 1 + random.nextInt(3);
        UUID[] ids = new UUID[count];
        int[] parents = new int[count];
        int[] depths = new int[count];
        Instant[] times = new Instant[count];
        Instant at = published;
        for (int j = 0; j < count; j++) {
            at = at.plusSeconds(60 + random.nextInt(16 * 3_600));
            ids[j] = timeOrdered(at, random);
            times[j] = at;
            int parent = j > 0 && random.nextInt(10) < 4 ? random.nextInt(j) : -1;
            if (parent >= 0 && depths[parent] >= MAX_COMMENT_DEPTH) {
                parent = -1;
            }
            parents[j] = parent;
            depths[j] = parent < 0 ? 0 : depths[parent] + 1;
        }
        List<Comment> comments = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            String name = SyntheticText.readerName(random);
            String body = SyntheticText.comment(random);
            Instant approved = times[j].plusSeconds(60 + random.nextInt(3_600));
            comments.add(new Comment(
                    ids[j],
                    parents[j] < 0 ? null : ids[parents[j]],
                    depths[j],
                    name,
                    name.toLowerCase(Locale.ROOT) + "." + random.nextInt(1_000) + "@example.org",
                    body,
                    times[j],
                    approved));
        }
        return comments;
    }

    /**
     * A time-ordered (version 7, RFC 9562) UUID for the instant, its random bits from the seeded
     * generator. Rows are written in publication order, so their keys arrive in ascending order
     * and the databases append to their indexes instead of rewriting pages all over them.
     */
    static UUID timeOrdered(Instant at, SplittableRandom random) {
        long high = at.toEpochMilli() << 16 | 0x7000L | random.nextInt(1 << 12);
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
