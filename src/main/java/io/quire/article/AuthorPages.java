package io.quire.article;

import io.quire.core.domain.NotFound;
import io.quire.user.AuthorProfile;
import io.quire.user.UserManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Author pages: a user is an author to the public once they have published work, and until then
 * unknown, the same as a username nobody has, so the page reveals no accounts.
 */
@Service
@Transactional(readOnly = true)
public class AuthorPages {

    private final UserManagement users;
    private final Articles articles;

    AuthorPages(UserManagement users, Articles articles) {
        this.users = users;
        this.articles = articles;
    }

    public AuthorPageView get(String username) {
        AuthorProfile profile = users.profile(username).orElseThrow(() -> new AuthorNotFound(username));
        long published = articles.countByAuthorIdAndStatus(profile.id(), ArticleStatus.PUBLISHED);
        if (published == 0) {
            throw new AuthorNotFound(username);
        }
        return new AuthorPageView(
                profile.username(), profile.displayName(), profile.bio(), profile.avatar(), published);
    }

    /** No author with published work has this username. */
    static class AuthorNotFound extends NotFound {
        AuthorNotFound(String username) {
            super("Author", "'" + username + "'");
        }
    }
}
