package io.quire.demo;

import io.quire.article.ArticleLookup;
import io.quire.article.ArticleManagement;
import io.quire.article.ArticleRequest;
import io.quire.article.ArticleView;
import io.quire.article.FeatureImageRequest;
import io.quire.article.PublishRequest;
import io.quire.comment.CommentManagement;
import io.quire.comment.CommentRequest;
import io.quire.comment.CommentStatus;
import io.quire.comment.ModerationRequest;
import io.quire.comment.PostedCommentView;
import io.quire.core.domain.Precondition;
import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import io.quire.user.UserManagement;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes the demo articles, as the admin, when the database has none and no synthetic content is asked for. */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "cms.demo.enabled")
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final ArticleManagement articles;
    private final ArticleLookup lookup;
    private final CommentManagement comments;
    private final UserManagement users;
    private final TransactionTemplate transaction;
    private final SeedSettings seed;
    private final DemoImages images;

    DemoContent(
            ArticleManagement articles,
            ArticleLookup lookup,
            CommentManagement comments,
            UserManagement users,
            TransactionTemplate transaction,
            SeedSettings seed,
            DemoImages images) {
        this.articles = articles;
        this.lookup = lookup;
        this.comments = comments;
        this.users = users;
        this.transaction = transaction;
        this.seed = seed;
        this.images = images;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seed.requested()) {
            return;
        }
        UUID adminId = users.idOf("admin").orElse(null);
        if (adminId == null) {
            return;
        }
        Caller admin = new Caller(adminId, "admin", java.util.Set.of(Role.ADMIN));
        if (lookup.hasAny()) {
            return;
        }
        Map<String, UUID> pictures = Map.of();
        try {
            pictures = images.upload(admin);
        } catch (IOException e) {
            log.warn("The demo images could not be stored: {}", e.getMessage());
        }
        Map<String, UUID> drawn = pictures;
        transaction.executeWithoutResult(status -> write(admin, drawn));
        log.info("Created demo content: {} articles and three images", DemoArticles.ALL.size());
    }

    private void write(Caller admin, Map<String, UUID> pictures) {
        int reader = 0;
        for (DemoArticles.Demo demo : DemoArticles.ALL) {
            ArticleView article = articles.create(
                    new ArticleRequest(
                            demo.title(),
                            null,
                            demo.summary(),
                            demo.body(),
                            demo.tags(),
                            null,
                            null,
                            featureImage(pictures.get(DemoArticles.FEATURE_IMAGES.get(demo.title()))),
                            null),
                    admin);
            if (!demo.publish()) {
                continue;
            }
            articles.publish(article.id(), PublishRequest.NOW, Precondition.NONE, admin);
            for (List<String> comment : demo.comments()) {
                PostedCommentView posted = comments.post(
                        article.id(),
                        new CommentRequest(comment.get(0), comment.get(1), comment.get(2), null),
                        Caller.ANONYMOUS,
                        "demo-" + reader++);
                comments.moderate(
                        posted.id(), new ModerationRequest(CommentStatus.APPROVED, null), Precondition.NONE, admin);
            }
        }
    }

    private static FeatureImageRequest featureImage(UUID assetId) {
        return assetId == null ? null : new FeatureImageRequest(assetId, null, null, null);
    }
}
