package io.quire.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<User, UUID> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    List<User> findByIdIn(Collection<UUID> ids);

    /** Who wrote what, in one query, without loading users' roles. */
    @Query("select u.id as id, u.username as username, u.displayName as displayName from User u where u.id in :ids")
    List<AuthorRow> findAuthors(Collection<UUID> ids);

    /**
     * One author: the same row by a query Hibernate translates once, where a list of ids makes it
     * translate the query again on every call.
     */
    @Query("select u.id as id, u.username as username, u.displayName as displayName from User u where u.id = :id")
    Optional<AuthorRow> findAuthor(UUID id);

    interface AuthorRow {
        UUID getId();

        String getUsername();

        String getDisplayName();
    }
}
