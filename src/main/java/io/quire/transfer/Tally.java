package io.quire.transfer;

import java.util.ArrayList;
import java.util.List;

/** Counts and problems of one import as it runs; at most {@value #MAX_PROBLEMS} problems are kept. */
final class Tally {

    static final int MAX_PROBLEMS = 1_000;

    int articles;
    int tags;
    int comments;
    int users;
    int assets;
    int webhooks;
    int unchanged;
    int skipped;
    int failed;
    private final List<ImportProblem> problems = new ArrayList<>();

    void failed(String item, String message) {
        failed++;
        note(item, message);
    }

    /** A problem that does not fail the item (it was imported with a change, or is kept as a link). */
    void note(String item, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ImportProblem(item, message));
        }
    }

    ImportCounts counts() {
        return new ImportCounts(articles, tags, comments, users, assets, webhooks, unchanged, skipped, failed);
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }
}
