package io.quire.demo;

import io.quire.article.ArticleManagement;
import io.quire.article.ArticleRequest;
import io.quire.article.ArticleView;
import io.quire.core.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pool of distinct Markdown bodies of varied length, each rendered once by the article
 * module exactly as an editor's article would be.
 *
 * <p>The renderer is internal to the article module, so each body goes through
 * {@link ArticleManagement#create} inside a transaction that is rolled back: the HTML and the
 * reading time are the production ones, and nothing of these drafts is kept.
 */
@Component
class SyntheticBodies {

    /** A body as stored with an article: the source, its sanitized HTML and its reading time. */
    record Body(String markdown, String html, int readingTimeMinutes) {}

    private static final int MIN_WORDS = 40;
    private static final int MAX_WORDS = 2_500;

    private final ArticleManagement articles;
    private final TransactionTemplate rolledBack;

    SyntheticBodies(ArticleManagement articles, PlatformTransactionManager transactions) {
        this.articles = articles;
        this.rolledBack = new TransactionTemplate(transactions);
    }

    /**
     * {@code count} bodies: most a few hundred words (a news item; the median is 160), one in
     * twenty-five a long read of 1,200 to 2,500 words.
     */
    List<Body> render(int count, SplittableRandom random, Caller author) {
        List<String> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sources.add(SyntheticMarkdown.body(random, words(random)));
        }
        List<Body> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String source = sources.get(i);
            String title = "Synthetic body " + (i + 1);
            bodies.add(rolledBack.execute(status -> {
                status.setRollbackOnly();
                ArticleView rendered = articles.create(
                        new ArticleRequest(title, null, null, source, List.of(), null, null, null), author);
                return new Body(source, rendered.bodyHtml(), rendered.readingTimeMinutes());
            }));
        }
        return bodies;
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
