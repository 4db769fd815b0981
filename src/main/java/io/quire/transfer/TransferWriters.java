package io.quire.transfer;

import io.quire.article.ArticleImport;
import io.quire.comment.CommentImport;
import io.quire.tag.TagImport;
import io.quire.user.UserImport;
import io.quire.webhook.WebhookTransfer;
import org.springframework.stereotype.Component;

/** The import APIs of the modules an import writes through, and the redirects this module keeps. */
@Component
record TransferWriters(
        UserImport users,
        TagImport tags,
        ArticleImport articles,
        CommentImport comments,
        Redirects redirects,
        WebhookTransfer webhooks) {}
