package io.quire.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One import: its file, who started it, how far it got, what it counted and the problems it met. */
@Entity
@Table(name = "imports")
class ImportRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportFormat format;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "started_by", nullable = false, length = 40)
    private String startedBy;

    @Column(name = "bytes_total", nullable = false)
    private long bytesTotal;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    private int articles;
    private int tags;
    private int comments;
    private int users;
    private int assets;
    private int webhooks;

    private int skipped;
    private int failed;

    /** The problems as JSON, at most {@value Tally#MAX_PROBLEMS} of them. */
    @Column(nullable = false, length = 1_000_000)
    private String problems = "[]";

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private int unchanged;

    protected ImportRun() {}

    ImportRun(ImportFormat format, boolean dryRun, String fileName, String startedBy, long bytesTotal, Instant now) {
        this.id = UUID.randomUUID();
        this.format = format;
        this.dryRun = dryRun;
        this.status = ImportStatus.RUNNING;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.bytesTotal = bytesTotal;
        this.startedAt = now;
    }

    void progress(long bytesRead, ImportCounts counts, List<ImportProblem> problems) {
        this.bytesRead = Math.min(bytesRead, bytesTotal);
        this.articles = counts.articles();
        this.tags = counts.tags();
        this.comments = counts.comments();
        this.users = counts.users();
        this.assets = counts.assets();
        this.webhooks = counts.webhooks();
        this.unchanged = counts.unchanged();
        this.skipped = counts.skipped();
        this.failed = counts.failed();
        this.problems = JSON.writeValueAsString(problems);
    }

    void finish(ImportStatus status, Instant now) {
        this.status = status;
        this.finishedAt = now;
        if (status == ImportStatus.DONE) {
            this.bytesRead = bytesTotal;
        }
    }

    /** Ends an import whose instance stopped while it ran. */
    void interrupted(Instant now) {
        List<ImportProblem> list = new java.util.ArrayList<>(view().problems());
        list.add(new ImportProblem(
                "the import",
                "stopped when its instance stopped; what was written stays, and importing the same file again "
                        + "completes it"));
        this.problems = JSON.writeValueAsString(list);
        this.failed++;
        finish(ImportStatus.FAILED, now);
    }

    UUID id() {
        return id;
    }

    ImportView view() {
        return new ImportView(
                id,
                format,
                status,
                dryRun,
                fileName,
                startedBy,
                new ImportCounts(articles, tags, comments, users, assets, webhooks, unchanged, skipped, failed),
                JSON.readValue(problems, new TypeReference<List<ImportProblem>>() {}),
                new ImportView.Progress(
                        bytesRead, bytesTotal, bytesTotal == 0 ? 100 : (int) (bytesRead * 100 / bytesTotal)),
                startedAt,
                finishedAt);
    }
}
