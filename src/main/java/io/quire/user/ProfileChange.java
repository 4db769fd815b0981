package io.quire.user;

import java.util.UUID;

/**
 * A change to how a user is shown; a null field is left as it is, a blank bio removes it, and
 * {@link AvatarChoice#NONE} removes the avatar.
 */
record ProfileChange(String displayName, String bio, UUID avatar) {}
