package io.quire.webhook;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class WebhookApiPostgresTest extends WebhookApiTests {}
