package io.quire.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Readers' comments as the article shows them: whether editors let readers comment, and how many
 * approved comments the comment module last counted.
 */
@Embeddable
class Discussion {

    @Column(name = "comments_open", nullable = false)
    private boolean open = true;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    boolean open() {
        return open;
    }

    int commentCount() {
        return commentCount;
    }

    /** @return whether this changed anything */
    boolean open(boolean open) {
        boolean changed = open != this.open;
        this.open = open;
        return changed;
    }
}
