package io.quire.comment;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentModerations extends JpaRepository<CommentModeration, UUID> {

    Page<CommentModeration> findByCommentId(UUID commentId, Pageable pageable);

    Page<CommentModeration> findByModerator(String moderator, Pageable pageable);
}
