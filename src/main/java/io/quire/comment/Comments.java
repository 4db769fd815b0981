package io.quire.comment;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Comments extends JpaRepository<Comment, UUID>, JpaSpecificationExecutor<Comment> {

    Page<Comment> findByArticleIdAndStatus(UUID articleId, CommentStatus status, Pageable pageable);

    int countByArticleIdAndStatus(UUID articleId, CommentStatus status);
}
