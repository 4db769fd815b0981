package io.quire.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A pool of distinct Markdown bodies of varied length: most a few hundred words (a news item; the median is
 * 160), one in twenty-five a long read of 1,200 to 2,500 words. The article module renders each as it renders an
 * editor's article when the synthetic articles are imported.
 */
final class SyntheticBodies {

    private static final int MIN_WORDS = 40;
    private static final int MAX_WORDS = 2_500;

    private SyntheticBodies() {}

    static List<String> pool(int count, SplittableRandom random) {
        List<String> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sources.add(SyntheticMarkdown.body(random, words(random)));
        }
        return sources;
    }

    private static int words(SplittableRandom random) {
        if (random.nextInt(25) == 0) {
            return 1_200 + random.nextInt(1_301);
        }
        double logNormal = Math.exp(Math.log(160) + 0.6 * gaussian(random));
        return (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, Math.round(logNormal)));
    }

    /** A standard normal draw (Box–Muller), from the caller's seeded generator. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
