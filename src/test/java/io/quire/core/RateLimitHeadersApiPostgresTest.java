package io.quire.core;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class RateLimitHeadersApiPostgresTest extends RateLimitHeadersApiTests {}
