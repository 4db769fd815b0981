package io.quire.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.query.NativeQuery;

class PublishedTagCountsImpl implements PublishedTagCounts {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Map<UUID, Integer> countPublishedByTag(Collection<UUID> tagIds) {
        // Typed explicitly: H2 reports a UUID column of a native query as bytes.
        List<?> rows = entityManager.createNativeQuery("""
                select tag_id, count(*) published from article_tags
                where tag_id in (:tagIds) and published_at is not null group by tag_id""")
                .unwrap(NativeQuery.class)
                .addScalar("tag_id", UUID.class)
                .addScalar("published", Integer.class)
                .setParameter("tagIds", tagIds)
                .getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put((UUID) ((Object[]) row)[0], (Integer) ((Object[]) row)[1]));
        return counts;
    }
}
