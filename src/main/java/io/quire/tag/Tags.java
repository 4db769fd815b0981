package io.quire.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Tags extends JpaRepository<Tag, UUID> {

    Optional<Tag> findBySlug(String slug);

    /** Tags the public may see: those with at least one published article. */
    Page<Tag> findByArticleCountGreaterThan(int count, Pageable pageable);

    Optional<Tag> findByIdAndArticleCountGreaterThan(UUID id, int count);

    Optional<Tag> findBySlugAndArticleCountGreaterThan(String slug, int count);

    Optional<Tag> findByNameKey(String nameKey);

    List<Tag> findByNameKeyIn(Collection<String> nameKeys);

    List<Tag> findBySlugIn(Collection<String> slugs);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update Tag t set t.articleCount = t.articleCount + :delta where t.id in :ids")
    void addToArticleCount(Collection<UUID> ids, int delta);
}
