package io.quire.transfer;

/** The few lines the command line prints about a finished import. */
final class Summary {

    private Summary() {}

    static String of(ImportView run) {
        ImportCounts c = run.counts();
        StringBuilder text = new StringBuilder();
        text.append("Import ")
                .append(run.status())
                .append(run.dryRun() ? " (dry run: nothing written)" : "")
                .append(": ")
                .append(c.articles())
                .append(" articles, ")
                .append(c.tags())
                .append(" tags, ")
                .append(c.comments())
                .append(" comments, ")
                .append(c.users())
                .append(" users; ")
                .append(c.unchanged())
                .append(" already there, ")
                .append(c.skipped())
                .append(" skipped, ")
                .append(c.failed())
                .append(" failed.");
        run.problems()
                .forEach(p -> text.append("\n  ").append(p.item()).append(": ").append(p.message()));
        return text.toString();
    }
}
