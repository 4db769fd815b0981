package io.quire.comment;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Comments extends JpaRepository<Comment, UUID>, JpaSpecificationExecutor<Comment> {

    /**
     * The public thread of an article in reading order: approved comments, and placeholders
     * (removed or no longer approved) that still have approved replies.
     */
    @Query("select c from Comment c where c.articleId = :articleId "
            + "and ((c.status = io.quire.comment.CommentStatus.APPROVED and c.removed = false) or c.replyCount > 0)")
    Page<Comment> findThread(UUID articleId, Pageable pageable);

    @Query("select count(c) from Comment c where c.articleId = :articleId "
            + "and c.status = io.quire.comment.CommentStatus.APPROVED and c.removed = false")
    int countPublic(UUID articleId);

    @Query("select count(c) from Comment c where c.parentId = :parentId "
            + "and ((c.status = io.quire.comment.CommentStatus.APPROVED and c.removed = false) or c.replyCount > 0)")
    int countPublicReplies(UUID parentId);

    boolean existsByParentId(UUID parentId);

    boolean existsByArticleIdAndBodyHashAndCreatedAtAfter(UUID articleId, String bodyHash, Instant after);
}
