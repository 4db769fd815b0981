package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quire.article.ArticleEvents.ArticleArchived;
import io.quire.article.ArticleEvents.ArticleCreated;
import io.quire.article.ArticleEvents.ArticleDeleted;
import io.quire.article.ArticleEvents.ArticlePublished;
import io.quire.article.ArticleEvents.ArticleScheduled;
import io.quire.article.ArticleEvents.ArticleSubmitted;
import io.quire.article.ArticleEvents.ArticleUnpublished;
import io.quire.article.ArticleEvents.ArticleUpdated;
import io.quire.tag.Tag;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The editorial workflow of the aggregate, without Spring or a database. */
class ArticleTest {

    private static final UUID AUTHOR = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final Instant T3 = T0.plusSeconds(180);

    private final Tag ai = tag();
    private final Tag policy = tag();
    private final Tag chips = tag();

    @Test
    void startsAsADraftOfItsAuthorAndAnnouncesItself() {
        var article = new RecordedArticle();

        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.authorId()).isEqualTo(AUTHOR);
        assertThat(article.publishedAt()).isNull();
        assertThat(article.events()).containsExactly(new ArticleCreated(article.id(), T0));
    }

    @Test
    void goesFromDraftToReview() {
        var article = saved(new RecordedArticle());

        article.submit(T1);

        assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(article.updatedAt()).isEqualTo(T1);
        assertThat(article.events()).containsExactly(new ArticleSubmitted(article.id(), T1));
    }

    @Test
    void refusesAStepItsStateDoesNotAllowNamingTheStatesThatDo() {
        var article = saved(new RecordedArticle());
        article.submit(T1);

        assertThatThrownBy(() -> article.submit(T2))
                .isInstanceOf(IllegalTransition.class)
                .hasMessage("Cannot submit an article that is IN_REVIEW; only DRAFT articles can be.");
        article.publish(null, T2);
        assertThatThrownBy(() -> article.publish(null, T3))
                .isInstanceOf(IllegalTransition.class)
                .hasMessage("Cannot publish an article that is PUBLISHED; "
                        + "only DRAFT, IN_REVIEW, SCHEDULED, ARCHIVED articles can be.");
        article.unpublish(T3);
        assertThatThrownBy(() -> article.unpublish(T3))
                .isInstanceOf(IllegalTransition.class)
                .hasMessage("Cannot unpublish an article that is DRAFT; only PUBLISHED, SCHEDULED articles can be.");
        article.archive(T3);
        assertThatThrownBy(() -> article.archive(T3))
                .hasMessage("Cannot archive an article that is ARCHIVED; "
                        + "only DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED articles can be.");
        assertThat(article.status()).isEqualTo(ArticleStatus.ARCHIVED);
    }

    @Test
    void keepsItsFirstPublicationTimeWhenPublishedAgain() {
        var article = saved(new RecordedArticle());
        article.publish(null, T1);
        article.archive(T2);

        article.publish(null, T3);

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishedAt()).isEqualTo(T1);
        assertThat(article.updatedAt()).isEqualTo(T3);
    }

    @Test
    void takesThePublicationTimeAnEditorGives() {
        var article = saved(new RecordedArticle());
        Instant backdated = T0.minusSeconds(86_400);

        article.publish(backdated, T1);

        assertThat(article.publishedAt()).isEqualTo(backdated);
        assertThat(article.events()).containsExactly(new ArticlePublished(article.id(), "draft", T1));
    }

    @Test
    void isPublishedAtItsScheduledTime() {
        var article = saved(new RecordedArticle());
        Instant at = T0.plusSeconds(3_600);

        article.schedule(at, T1);
        assertThat(article.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(article.scheduledAt()).isEqualTo(at);

        article.publishScheduled(at);

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishedAt()).isEqualTo(at);
        assertThat(article.scheduledAt()).isNull();
        assertThat(article.events())
                .containsExactly(
                        new ArticleScheduled(article.id(), at, T1), new ArticlePublished(article.id(), "draft", at));
    }

    @Test
    void onlyAScheduledArticleIsPublishedByTheScheduler() {
        var article = saved(new RecordedArticle());

        assertThatThrownBy(() -> article.publishScheduled(T1)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void announcesLeavingThePublicOnlyWhenItWasPublic() {
        var scheduled = saved(new RecordedArticle());
        scheduled.schedule(T2, T1);
        scheduled.events();

        scheduled.unpublish(T1);

        assertThat(scheduled.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(scheduled.scheduledAt()).isNull();
        assertThat(scheduled.events()).isEmpty();

        var published = saved(new RecordedArticle());
        published.publish(null, T1);
        published.events();

        published.archive(T2);

        assertThat(published.events())
                .containsExactly(
                        new ArticleUnpublished(published.id(), "draft", T2), new ArticleArchived(published.id(), T2));
    }

    @Test
    void aDraftIsListedUnderNoTagWhateverItsTags() {
        var article = saved(new RecordedArticle());

        article.revise(content(), List.of(ai, policy), T1);

        assertThat(article.events()).containsExactly(new ArticleUpdated(article.id(), T1));
    }

    @Test
    void isListedUnderItsTagsWhilePublished() {
        var article = saved(new RecordedArticle());
        article.revise(content(), List.of(ai, policy), T1);
        article.events();

        article.publish(null, T1);
        assertThat(article.events()).contains(listing(article, Set.of(ai, policy), Set.of()));

        article.revise(content(), List.of(policy, chips), T2);
        assertThat(article.events()).contains(listing(article, Set.of(chips), Set.of(ai)));

        article.unpublish(T3);
        assertThat(article.events()).contains(listing(article, Set.of(), Set.of(policy, chips)));
    }

    @Test
    void aDeletedPublishedArticleLeavesItsListings() {
        var article = saved(new RecordedArticle());
        article.revise(content(), List.of(ai), T1);
        article.publish(null, T1);
        article.events();

        article.markDeleted(T2);

        assertThat(article.events())
                .containsExactly(new ArticleDeleted(article.id(), "draft", T2), listing(article, Set.of(), Set.of(ai)));
    }

    @Test
    void closingCommentsIsAChangeOnlyWhenTheyWereOpen() {
        var article = saved(new RecordedArticle());

        article.openComments(true, T1);
        assertThat(article.updatedAt()).isEqualTo(T0);

        article.openComments(false, T2);
        assertThat(article.discussion().open()).isFalse();
        assertThat(article.updatedAt()).isEqualTo(T2);
    }

    private static ArticleContent content() {
        return new ArticleContent("Draft", "draft", null, "Body", "<p>Body</p>", 1, new Seo(), null);
    }

    private static ListingChanged listing(Article article, Set<Tag> listed, Set<Tag> unlisted) {
        return new ListingChanged(article.id(), ids(listed), ids(unlisted));
    }

    private static Set<UUID> ids(Set<Tag> tags) {
        return Set.copyOf(tags.stream().map(Tag::getId).toList());
    }

    /** A tag as the tag module would hand it over: only its id matters here. */
    private static Tag tag() {
        UUID id = UUID.randomUUID();
        return new Tag() {
            @Override
            public UUID getId() {
                return id;
            }
        };
    }

    /** As if saved once: it has content and a version, and its creation was announced. */
    private static RecordedArticle saved(RecordedArticle article) {
        article.revise(content(), List.of(), T0);
        try {
            Field version = Article.class.getDeclaredField("version");
            version.setAccessible(true);
            version.set(article, 0L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        article.events();
        return article;
    }

    /** An article whose registered events the test reads, as saving would publish and clear them. */
    private static final class RecordedArticle extends Article {

        RecordedArticle() {
            super(AUTHOR, T0);
        }

        List<Object> events() {
            List<Object> events = List.copyOf(domainEvents());
            clearDomainEvents();
            return events;
        }
    }
}
