package io.quire.transfer;

import io.quire.article.ArticleData;
import io.quire.article.ArticleImport;
import io.quire.comment.CommentData;
import io.quire.tag.TagData;
import io.quire.user.UserData;
import io.quire.webhook.WebhookData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one bulk-write path: readers of export files and generators of synthetic content hand it users, tags,
 * articles and comments, and it writes them in batches (one transaction each) through the import APIs of the
 * modules that own them, keeping the ids they map to, the counts and the problems.
 */
@Service
public class ContentImport {

    /**
     * How a session writes.
     *
     * @param dryRun check and count only, write nothing
     * @param slugClash what an article whose slug is taken gets
     * @param indexing when written articles become searchable
     * @param batchSize items (of any kind) written per transaction
     */
    public record Options(
            boolean dryRun, ArticleImport.SlugClash slugClash, ArticleImport.Indexing indexing, int batchSize) {}

    private final TransferWriters writers;
    private final PlatformTransactionManager transactions;

    ContentImport(TransferWriters writers, PlatformTransactionManager transactions) {
        this.writers = writers;
        this.transactions = transactions;
    }

    /** A new session; {@code afterBatch} runs after each batch is written (for progress). */
    public Session open(Options options, Runnable afterBatch) {
        return new Session(new ImportBatches(writers, new TransactionTemplate(transactions), options), afterBatch);
    }

    /** One import: items go in, in the order of the file (users and tags before what refers to them). */
    public static final class Session {

        private final ImportBatches batches;
        private final Runnable afterBatch;

        private Session(ImportBatches batches, Runnable afterBatch) {
            this.batches = batches;
            this.afterBatch = afterBatch;
        }

        public void user(UserData user, String item) {
            batches.pending().users.add(new ImportBatches.Entry<>(user, item));
            flushIfFull();
        }

        public void tag(TagData tag, String item) {
            batches.pending().tags.add(new ImportBatches.Entry<>(tag, item));
            flushIfFull();
        }

        /** An article, with the paths it had on the site it comes from (for redirects). */
        public void article(ArticleData article, java.util.List<String> formerPaths, String item) {
            batches.pending().articles.add(new ImportBatches.Entry<>(article, item));
            batches.pending().paths.put(article.id(), formerPaths);
            flushIfFull();
        }

        /** An old path of an article written before (a restore carries them apart from the articles). */
        public void formerPath(Redirects.FormerPath path, String item) {
            batches.pending().formerPaths.add(new ImportBatches.Entry<>(path, item));
            flushIfFull();
        }

        public void comment(CommentData comment, String item) {
            batches.pending().comments.add(new ImportBatches.Entry<>(comment, item));
            flushIfFull();
        }

        /** A webhook subscription (restored with a new secret nobody knows). */
        public void webhook(WebhookData webhook, String item) {
            batches.pending().webhooks.add(new ImportBatches.Entry<>(webhook, item));
            flushIfFull();
        }

        /** An item left out on purpose. */
        public void skipped() {
            batches.tally().skipped++;
        }

        /** An item that could not be read or mapped. */
        public void failed(String item, String message) {
            batches.tally().failed(item, message);
        }

        /** A problem that does not fail its item. */
        public void note(String item, String message) {
            batches.tally().note(item, message);
        }

        /** Writes what is pending. */
        public void flush() {
            batches.flush();
            afterBatch.run();
        }

        public ImportCounts counts() {
            return batches.tally().counts();
        }

        public java.util.List<ImportProblem> problems() {
            return batches.tally().problems();
        }

        private void flushIfFull() {
            if (batches.pending().size() >= batches.batchSize()) {
                flush();
            }
        }
    }
}
