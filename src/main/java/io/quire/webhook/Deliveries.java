package io.quire.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Deliveries extends JpaRepository<Delivery, UUID> {

    long countByStatus(DeliveryStatus status);

    /**
     * Pending deliveries whose time has come and that are first in line: no earlier pending delivery exists for
     * the same subscription and article (earlier by occurrence, then event order, then id).
     */
    @Query("""
            select d from Delivery d
            where d.status = io.quire.webhook.DeliveryStatus.PENDING and d.nextAttemptAt <= :now
              and not exists (
                select e.id from Delivery e
                where e.webhookId = d.webhookId and e.subjectId = d.subjectId
                  and e.status = io.quire.webhook.DeliveryStatus.PENDING
                  and (e.occurredAt < d.occurredAt
                    or e.occurredAt = d.occurredAt and e.eventOrder < d.eventOrder
                    or e.occurredAt = d.occurredAt and e.eventOrder = d.eventOrder and e.id < d.id))
            order by d.nextAttemptAt, d.occurredAt, d.id""")
    List<Delivery> findDueHeads(Instant now, Limit limit);

    Page<Delivery> findByWebhookId(UUID webhookId, Pageable pageable);

    Page<Delivery> findByWebhookIdAndStatus(UUID webhookId, DeliveryStatus status, Pageable pageable);

    Optional<Delivery> findByIdAndWebhookId(UUID id, UUID webhookId);

    /** Deletes finished deliveries last changed before the cutoff; their attempts go with them. */
    @Modifying
    @Query("delete from Delivery d where d.status <> io.quire.webhook.DeliveryStatus.PENDING "
            + "and d.updatedAt < :cutoff")
    int deleteFinishedBefore(Instant cutoff);
}
