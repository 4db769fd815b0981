package io.quire.article;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Revisions extends JpaRepository<ArticleRevision, UUID> {

    Page<ArticleRevision> findByArticleId(UUID articleId, Pageable pageable);

    Optional<ArticleRevision> findByArticleIdAndNumber(UUID articleId, int number);

    Optional<ArticleRevision> findFirstByArticleIdOrderByNumberDesc(UUID articleId);

    @Query("select coalesce(max(r.number), 0) from ArticleRevision r where r.articleId = :articleId")
    int lastNumber(UUID articleId);
}
