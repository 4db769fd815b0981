package io.quire.apikey;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class ApiKeyApiPostgresTest extends ApiKeyApiTests {}
