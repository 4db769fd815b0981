package io.quire.comment;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** What the moderation queue is narrowed to; every part is optional. */
public record CommentFilter(CommentStatus status, UUID articleId, Instant createdAfter, Instant createdBefore) {

    /**
     * The comments this filter keeps.
     *
     * @param inQueueOrder without an order asked for: pending comments first, then oldest first
     */
    Specification<Comment> queue(boolean inQueueOrder) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (articleId != null) {
                where.add(cb.equal(root.get("articleId"), articleId));
            }
            if (createdAfter != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), createdAfter));
            }
            if (createdBefore != null) {
                where.add(cb.lessThan(root.get("createdAt"), createdBefore));
            }
            if (inQueueOrder && query.getResultType() != Long.class) {
                query.orderBy(
                        cb.asc(cb.selectCase()
                                .when(cb.equal(root.get("status"), CommentStatus.PENDING), 0)
                                .otherwise(1)),
                        cb.asc(root.get("createdAt")),
                        cb.asc(root.get("id")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
