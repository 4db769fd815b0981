package io.quire.transfer.quire;

import io.quire.article.ArticleData;
import io.quire.article.ArticleExport;
import io.quire.comment.CommentExport;
import io.quire.tag.TagData;
import io.quire.tag.TagExport;
import io.quire.transfer.Redirects;
import io.quire.user.UserData;
import io.quire.user.UserExport;
import io.quire.webhook.WebhookData;
import io.quire.webhook.WebhookTransfer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes everything as a Quire export, streamed a page at a time from one consistent snapshot of the database:
 * users (never a password hash), tags, articles with their revisions and former slugs, and comments with their
 * moderation logs, and webhook subscriptions without their secrets. The same content always gives the same bytes, apart from the header's time.
 */
@Component
public class QuireExport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 200;

    private final UserExport users;
    private final TagExport tags;
    private final ArticleExport articles;
    private final CommentExport comments;
    private final Redirects redirects;
    private final WebhookTransfer webhooks;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    QuireExport(
            UserExport users,
            TagExport tags,
            ArticleExport articles,
            CommentExport comments,
            Redirects redirects,
            WebhookTransfer webhooks,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.users = users;
        this.tags = tags;
        this.articles = articles;
        this.comments = comments;
        this.redirects = redirects;
        this.webhooks = webhooks;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    public void write(OutputStream out) {
        snapshot.executeWithoutResult(status -> {
            Map<String, Long> counts = new TreeMap<>();
            line(
                    out,
                    new QuireRecord.Header(
                            QuireRecord.HEADER,
                            QuireRecord.VERSION,
                            Instant.now(clock).toString(),
                            "quire"));
            pages(users::page, UserData::id, QuireRecord.USER, out, counts);
            pages(tags::page, TagData::id, QuireRecord.TAG, out, counts);
            UUID after = null;
            List<ArticleData> page;
            while (!(page = articles.page(after, PAGE)).isEmpty()) {
                page.forEach(a -> line(out, new QuireRecord.Line(QuireRecord.ARTICLE, a)));
                counts.merge(QuireRecord.ARTICLE, (long) page.size(), Long::sum);
                var written =
                        comments.ofArticles(page.stream().map(ArticleData::id).toList());
                written.forEach(c -> line(out, new QuireRecord.Line(QuireRecord.COMMENT, c)));
                counts.merge(QuireRecord.COMMENT, (long) written.size(), Long::sum);
                var paths =
                        redirects.ofArticles(page.stream().map(ArticleData::id).toList());
                paths.forEach(p -> line(out, new QuireRecord.Line(QuireRecord.REDIRECT, p)));
                counts.merge(QuireRecord.REDIRECT, (long) paths.size(), Long::sum);
                after = page.get(page.size() - 1).id();
            }
            pages(webhooks::page, WebhookData::id, QuireRecord.WEBHOOK, out, counts);
            line(out, new QuireRecord.End(QuireRecord.END, counts));
        });
    }

    private <T> void pages(
            BiFunction<UUID, Integer, List<T>> reader,
            Function<T, UUID> id,
            String type,
            OutputStream out,
            Map<String, Long> counts) {
        UUID after = null;
        List<T> page;
        while (!(page = reader.apply(after, PAGE)).isEmpty()) {
            page.forEach(item -> line(out, new QuireRecord.Line(type, item)));
            counts.merge(type, (long) page.size(), Long::sum);
            after = id.apply(page.get(page.size() - 1));
        }
    }

    private static void line(OutputStream out, Object record) {
        try {
            out.write(JSON.writeValueAsBytes(record));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
