package io.quire.webhook;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Webhooks extends JpaRepository<Webhook, UUID> {}
