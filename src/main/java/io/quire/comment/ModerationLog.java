package io.quire.comment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every moderation decision across all comments: what editors did, and what the spam filter did. */
@Service
@Transactional(readOnly = true)
public class ModerationLog {

    private final CommentModerations moderations;
    private final CommentViews views;

    ModerationLog(CommentModerations moderations, CommentViews views) {
        this.moderations = moderations;
        this.views = views;
    }

    /** @param moderator a username, or {@code spam-filter}; null for everyone's decisions */
    public Page<ModerationView> list(String moderator, Pageable pageable) {
        Page<CommentModeration> page = moderator == null || moderator.isBlank()
                ? moderations.findAll(pageable)
                : moderations.findByModerator(moderator.strip(), pageable);
        return views.moderations(page);
    }
}
