package io.quire.user;

import io.quire.core.domain.InvalidInput;
import io.quire.core.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * How users are shown (their avatars read in one query per page) and the rules for changing that: a new avatar
 * must be an image the writer may see, and the media library is told which asset each avatar uses.
 */
@Component
class Profiles {

    private final Avatars avatars;

    Profiles(Avatars avatars) {
        this.avatars = avatars;
    }

    UserView view(User user) {
        return views(List.of(user)).get(0);
    }

    List<UserView> views(List<User> users) {
        Map<UUID, AvatarView> found = avatars.find(
                users.stream().map(User::avatarAssetId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return users.stream()
                .map(u -> UserView.of(u, u.avatarAssetId() == null ? null : found.get(u.avatarAssetId())))
                .toList();
    }

    AuthorProfile profile(User user) {
        UserView view = view(user);
        return new AuthorProfile(user.id(), user.username(), user.displayName(), user.bio(), view.avatar());
    }

    /** Applies the change to a user already saved; a null field is left as it is. */
    void change(User user, ProfileChange change, Caller caller, Instant now) {
        if (change.displayName() != null) {
            user.rename(change.displayName().strip(), now);
        }
        if (change.bio() != null) {
            user.describe(change.bio(), now);
        }
        if (change.avatar() == null) {
            return;
        }
        UUID wanted = AvatarChoice.NONE.equals(change.avatar()) ? null : change.avatar();
        if (Objects.equals(wanted, user.avatarAssetId())) {
            return;
        }
        if (wanted != null && avatars.choosable(wanted, caller).isEmpty()) {
            throw new InvalidInput("avatar", "must name an image of the media library you can see");
        }
        user.portray(wanted, now);
        avatars.use(user.id(), wanted);
    }
}
