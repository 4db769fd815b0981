package io.quire.comment;

import io.quire.article.ArticleEvents.CommentsCounted;
import io.quire.article.ArticleLookup;
import io.quire.core.domain.ETags;
import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import io.quire.core.domain.Precondition;
import io.quire.core.security.Caller;
import io.quire.core.security.RateLimiter;
import io.quire.core.security.RateLimiters;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting, reading and moderating comments. Every change that can move a count recounts the
 * parent's visible replies and the article's approved comments in the same transaction (the
 * article module keeps the latter, told by {@link CommentsCounted}), and every moderation
 * decision is logged.
 */
@Service
@Transactional
public class CommentManagement {

    /** The rate limit of comment posts per client, by its name in the {@code RateLimit} headers. */
    public static final String POLICY = "comments";

    private final Comments comments;
    private final CommentModerations moderations;
    private final CommentViews views;
    private final ArticleLookup articles;
    private final SpamFilter spam;
    private final Avatars avatars;
    private final ETags etags;
    private final CommentProperties properties;
    private final RateLimiter postLimit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentManagement(
            Comments comments,
            CommentModerations moderations,
            CommentViews views,
            ArticleLookup articles,
            SpamFilter spam,
            Avatars avatars,
            ETags etags,
            CommentProperties properties,
            RateLimiters limiters,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.moderations = moderations;
        this.views = views;
        this.articles = articles;
        this.spam = spam;
        this.avatars = avatars;
        this.etags = etags;
        this.properties = properties;
        this.postLimit = limiters.create(POLICY, properties.postsPerWindow(), properties.window());
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts a comment on a published article whose comments are open. Readers' comments wait
     * for moderation, obvious spam goes to SPAM, and an editor's own comment is approved at once. The poster of
     * spam is answered PENDING, as for any new comment: a bot must not learn which of its tricks was caught.
     *
     * @param clientKey who is posting, for the rate limit (the client's address)
     */
    public PostedCommentView post(UUID articleId, CommentRequest request, Caller caller, String clientKey) {
        articles.requireOpenForComments(articleId);
        if (!caller.isEditor()) {
            postLimit.consume(clientKey, "Too many comments from this client; wait a moment and try again.");
        }
        Comment parent = request.parentId() == null
                ? null
                : comments.findById(request.parentId())
                        .filter(p -> p.articleId().equals(articleId) && p.isPublic())
                        .orElseThrow(
                                () -> new InvalidInput("parentId", "must be an approved comment of the same article"));
        if (parent != null && parent.depth() + 1 >= properties.maxDepth()) {
            throw new InvalidInput(
                    "parentId",
                    "replies nest at most " + properties.maxDepth()
                            + " levels deep; reply to an earlier comment of the thread");
        }
        String fingerprint = SpamFilter.fingerprint(request.body());
        var spamReason =
                caller.isEditor() ? java.util.Optional.<String>empty() : spam.check(articleId, request, fingerprint);
        CommentStatus status = caller.isEditor()
                ? CommentStatus.APPROVED
                : spamReason.isPresent() ? CommentStatus.SPAM : CommentStatus.PENDING;
        Instant now = Instant.now(clock);
        Comment comment = comments.saveAndFlush(new Comment(
                articleId,
                parent,
                new Comment.Author(
                        request.authorName().strip(), request.authorEmail().strip()),
                request.body(),
                fingerprint,
                status,
                now));
        spamReason.ifPresent(reason -> moderations.save(new CommentModeration(
                comment.id(), CommentModeration.SPAM_FILTER, null, CommentStatus.SPAM, reason, now)));
        if (status == CommentStatus.APPROVED) {
            recount(comment);
        }
        return PostedCommentView.of(comment, avatars, spamReason.isPresent() ? CommentStatus.PENDING : status);
    }

    /** The public thread of a published article, in reading order. */
    @Transactional(readOnly = true)
    public Page<PublicCommentView> thread(UUID articleId, Pageable pageable) {
        articles.requirePublished(articleId);
        return comments.findThread(articleId, pageable).map(c -> PublicCommentView.of(c, avatars));
    }

    /** The comment in its public shape (no e-mail address), whatever its moderation state; empty when gone. */
    @Transactional(readOnly = true)
    public Optional<PublicCommentView> findPublicView(UUID id) {
        return comments.findById(id).map(c -> PublicCommentView.shapeOf(c, avatars));
    }

    /** The moderation queue. Without an explicit sort: pending comments first, oldest first. */
    @Transactional(readOnly = true)
    public Page<ModeratedCommentView> queue(CommentFilter filter, Pageable pageable) {
        return views.page(comments.findAll(filter.queue(pageable.getSort().isUnsorted()), pageable));
    }

    @Transactional(readOnly = true)
    public ModeratedCommentView get(UUID id) {
        return views.one(find(id));
    }

    public ModeratedCommentView moderate(UUID id, ModerationRequest request, Precondition precondition, Caller caller) {
        Comment comment = find(id);
        precondition.check(etags.of(views.one(comment)), comment.version());
        return views.one(change(comment, request.status(), caller));
    }

    /** Moderates many comments at once: all change, or (on an unknown id) none does. */
    public List<ModeratedCommentView> moderateAll(BulkModerationRequest request, Caller caller) {
        Map<UUID, Comment> found = new LinkedHashMap<>();
        comments.findAllById(request.ids()).forEach(c -> found.put(c.id(), c));
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < request.ids().size(); i++) {
            if (!found.containsKey(request.ids().get(i))) {
                unknown.add(new FieldProblem("ids[" + i + "]", "is not a comment"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        Set<UUID> seen = new HashSet<>();
        List<Comment> result = new ArrayList<>();
        for (UUID id : request.ids()) {
            if (seen.add(id)) {
                result.add(change(found.get(id), request.status(), caller));
            }
        }
        return views.all(result);
    }

    @Transactional(readOnly = true)
    public Page<ModerationView> history(UUID id, Pageable pageable) {
        find(id);
        return views.moderations(moderations.findByCommentId(id, pageable));
    }

    /**
     * Deletes the comment. One with replies stays as a placeholder without author or text, so the
     * thread stays readable; the placeholder goes when its last reply does.
     */
    public void delete(UUID id, Precondition precondition) {
        Comment comment = find(id);
        precondition.check(etags.of(views.one(comment)), comment.version());
        if (comments.existsByParentId(id)) {
            comment.remove(Instant.now(clock));
            comments.saveAndFlush(comment);
        } else {
            comments.delete(comment);
            comments.flush();
        }
        recount(comment);
    }

    private Comment change(Comment comment, CommentStatus next, Caller caller) {
        CommentStatus previous = comment.status();
        if (previous == next) {
            return comment;
        }
        Instant now = Instant.now(clock);
        comment.moderate(next, now);
        Comment saved = comments.saveAndFlush(comment);
        moderations.save(new CommentModeration(saved.id(), caller.username(), previous, next, null, now));
        recount(saved);
        return saved;
    }

    /** Recounts the article's approved comments and, up the thread, each ancestor's visible replies. */
    private void recount(Comment comment) {
        UUID parentId = comment.parentId();
        while (parentId != null) {
            Comment parent = comments.findById(parentId).orElse(null);
            if (parent == null) {
                break;
            }
            int visible = comments.countPublicReplies(parentId);
            if (parent.removed() && !comments.existsByParentId(parentId)) {
                comments.delete(parent);
            } else {
                parent.countReplies(visible);
                comments.save(parent);
            }
            comments.flush();
            parentId = parent.parentId();
        }
        events.publishEvent(new CommentsCounted(
                comment.articleId(), comments.countPublic(comment.articleId()), Instant.now(clock)));
    }

    private Comment find(UUID id) {
        return comments.findById(id).orElseThrow(() -> new CommentNotFound(id));
    }
}
