package io.quire.webhook;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutgoingEvents extends JpaRepository<OutgoingEvent, UUID> {

    /** Deletes events recorded before the cutoff that no delivery refers to any more. */
    @Modifying
    @Query("delete from OutgoingEvent e where e.createdAt < :cutoff "
            + "and not exists (select d.id from Delivery d where d.eventId = e.id)")
    int deleteUnreferencedBefore(Instant cutoff);
}
