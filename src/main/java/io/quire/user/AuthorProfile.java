package io.quire.user;

import java.util.UUID;

/** What an author page may show about a user: never an e-mail, a role or whether the account is enabled. */
public record AuthorProfile(UUID id, String username, String displayName, String bio, AvatarView avatar) {}
