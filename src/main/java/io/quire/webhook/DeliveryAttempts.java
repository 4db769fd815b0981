package io.quire.webhook;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryAttempts extends JpaRepository<DeliveryAttempt, UUID> {

    List<DeliveryAttempt> findByDeliveryIdInOrderByAttemptedAtAsc(Collection<UUID> deliveryIds);
}
