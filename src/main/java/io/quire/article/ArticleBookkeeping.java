package io.quire.article;

import io.quire.article.ArticleEvents.CommentsCounted;
import io.quire.tag.TagManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Numbers and copies kept in step with articles, in the transaction of the change that moved them,
 * so they are never off: the tag listings and the count of approved comments.
 */
@Component
class ArticleBookkeeping {

    private final Articles articles;
    private final TagManagement tags;

    ArticleBookkeeping(Articles articles, TagManagement tags) {
        this.articles = articles;
        this.tags = tags;
    }

    /**
     * The publication time copied onto the article's rows of {@code article_tags} (what a tag's
     * public list is read from), and each tag's count of published articles moved by one where the
     * article started or stopped counting: big tags are never recounted.
     */
    @EventListener
    void on(ListingChanged change) {
        articles.copyPublicationToTags(change.articleId());
        tags.countPublished(change.listedUnder(), change.unlistedFrom());
    }

    /** The count is set without touching the article's version: it is not an edit. */
    @EventListener
    void on(CommentsCounted counted) {
        articles.setCommentCount(counted.articleId(), counted.approvedComments());
    }
}
