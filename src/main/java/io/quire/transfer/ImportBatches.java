package io.quire.transfer;

import io.quire.article.ArticleData;
import io.quire.comment.CommentData;
import io.quire.tag.TagData;
import io.quire.user.UserData;
import io.quire.webhook.WebhookData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batches of one import: what is pending, the ids items of the file map to (a user or tag that exists
 * already stands for the imported one), and the tally. Each batch is one transaction: users, then tags,
 * articles (with their old paths) and comments.
 */
final class ImportBatches {

    record Entry<T>(T data, String item) {}

    /** Items waiting for the next write. */
    static final class Pending {
        final List<Entry<UserData>> users = new ArrayList<>();
        final List<Entry<TagData>> tags = new ArrayList<>();
        final List<Entry<ArticleData>> articles = new ArrayList<>();
        final List<Entry<CommentData>> comments = new ArrayList<>();
        final Map<UUID, List<String>> paths = new HashMap<>();
        final List<Entry<Redirects.FormerPath>> formerPaths = new ArrayList<>();
        final List<Entry<WebhookData>> webhooks = new ArrayList<>();

        int size() {
            return users.size()
                    + tags.size()
                    + articles.size()
                    + comments.size()
                    + formerPaths.size()
                    + webhooks.size();
        }
    }

    private final TransferWriters writers;
    private final TransactionTemplate transaction;
    private final ContentImport.Options options;
    private final Tally tally = new Tally();
    private final Map<UUID, UUID> userIds = new HashMap<>();
    private final Map<UUID, UUID> tagIds = new HashMap<>();
    /** Articles of this import that exist now (written, or there before); failures are left out. */
    private final Set<UUID> articles = new HashSet<>();

    private Pending pending = new Pending();

    ImportBatches(TransferWriters writers, TransactionTemplate transaction, ContentImport.Options options) {
        this.writers = writers;
        this.transaction = transaction;
        this.options = options;
    }

    Pending pending() {
        return pending;
    }

    Tally tally() {
        return tally;
    }

    int batchSize() {
        return options.batchSize();
    }

    void flush() {
        Pending batch = pending;
        pending = new Pending();
        if (batch.size() == 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (options.dryRun()) {
                status.setRollbackOnly();
            }
            write(batch);
        });
    }

    private void write(Pending batch) {
        boolean dryRun = options.dryRun();
        var userOutcomes = writers.users().write(data(batch.users), dryRun);
        for (int i = 0; i < userOutcomes.size(); i++) {
            var outcome = userOutcomes.get(i);
            if (outcome.problem() != null) {
                tally.failed(batch.users.get(i).item(), outcome.problem());
                continue;
            }
            userIds.put(outcome.requestedId(), outcome.id());
            count(outcome.created(), () -> tally.users++);
        }
        var tagOutcomes = writers.tags().write(data(batch.tags), dryRun);
        for (int i = 0; i < tagOutcomes.size(); i++) {
            var outcome = tagOutcomes.get(i);
            if (outcome.problem() != null) {
                tally.failed(batch.tags.get(i).item(), outcome.problem());
                continue;
            }
            tagIds.put(outcome.requestedId(), outcome.id());
            count(outcome.created(), () -> tally.tags++);
        }
        writeArticles(batch, dryRun);
        writeComments(batch, dryRun);
        writeFormerPaths(batch, dryRun);
        var hookOutcomes = writers.webhooks().write(data(batch.webhooks), dryRun);
        for (int i = 0; i < hookOutcomes.size(); i++) {
            var outcome = hookOutcomes.get(i);
            if (outcome.problem() != null) {
                tally.failed(batch.webhooks.get(i).item(), outcome.problem());
            } else {
                count(outcome.created(), () -> tally.webhooks++);
            }
        }
    }

    private void writeFormerPaths(Pending batch, boolean dryRun) {
        List<Redirects.FormerPath> known = new ArrayList<>();
        for (Entry<Redirects.FormerPath> entry : batch.formerPaths) {
            if (articles.contains(entry.data().articleId())) {
                known.add(entry.data());
            } else {
                tally.failed(entry.item(), "its article was not imported");
            }
        }
        if (!dryRun) {
            writers.redirects().record(known);
        }
    }

    private void writeArticles(Pending batch, boolean dryRun) {
        List<ArticleData> mapped = new ArrayList<>();
        List<Entry<ArticleData>> entries = new ArrayList<>();
        Set<UUID> unknownAuthors = new HashSet<>();
        Set<UUID> unknownTags = new HashSet<>();
        batch.articles.forEach(e -> {
            if (!userIds.containsKey(e.data().authorId())) {
                unknownAuthors.add(e.data().authorId());
            }
            e.data().tagIds().stream().filter(t -> !tagIds.containsKey(t)).forEach(unknownTags::add);
        });
        // Ids the file does not define may name users and tags of this instance (synthetic content does).
        writers.users().existingIds(unknownAuthors).forEach(id -> userIds.put(id, id));
        writers.tags().namesOf(unknownTags).keySet().forEach(id -> tagIds.put(id, id));
        for (Entry<ArticleData> entry : batch.articles) {
            UUID author = userIds.get(entry.data().authorId());
            if (author == null) {
                tally.failed(entry.item(), "its author is not a user here and was not imported");
                continue;
            }
            mapped.add(ImportMapping.withIds(entry.data(), author, tagIds));
            entries.add(entry);
        }
        var outcomes = writers.articles().write(mapped, options.slugClash(), options.indexing(), dryRun);
        Map<UUID, List<String>> paths = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            var outcome = outcomes.get(i);
            switch (outcome.result()) {
                case CREATED -> {
                    tally.articles++;
                    articles.add(outcome.id());
                    paths.put(outcome.id(), batch.paths.getOrDefault(outcome.id(), List.of()));
                    if (!outcome.slug().equals(mapped.get(i).slug())) {
                        tally.note(
                                entries.get(i).item(),
                                "the slug '" + mapped.get(i).slug() + "' belongs to another article: imported as '"
                                        + outcome.slug() + "'");
                    }
                }
                case EXISTED -> {
                    tally.unchanged++;
                    articles.add(outcome.id());
                }
                case FAILED -> tally.failed(entries.get(i).item(), outcome.problem());
            }
        }
        if (!dryRun) {
            writers.redirects().record(paths);
        }
    }

    private void writeComments(Pending batch, boolean dryRun) {
        Set<UUID> unknownArticles = new HashSet<>();
        batch.comments.forEach(e -> {
            if (!articles.contains(e.data().articleId())) {
                unknownArticles.add(e.data().articleId());
            }
        });
        articles.addAll(writers.articles().existingIds(unknownArticles));
        List<Entry<CommentData>> entries = new ArrayList<>();
        for (Entry<CommentData> entry : batch.comments) {
            if (articles.contains(entry.data().articleId())) {
                entries.add(entry);
            } else {
                tally.failed(entry.item(), "its article was not imported");
            }
        }
        var outcomes = writers.comments().write(data(entries), dryRun);
        for (int i = 0; i < outcomes.size(); i++) {
            var outcome = outcomes.get(i);
            if (outcome.problem() != null) {
                tally.failed(entries.get(i).item(), outcome.problem());
            } else if (outcome.created()) {
                tally.comments++;
            } else {
                tally.unchanged++;
            }
        }
    }

    private void count(boolean created, Runnable increment) {
        if (created) {
            increment.run();
        } else {
            tally.unchanged++;
        }
    }

    private static <T> List<T> data(List<Entry<T>> entries) {
        return entries.stream().map(Entry::data).toList();
    }
}
