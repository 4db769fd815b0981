package io.quire.user;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class RefreshTokenApiPostgresTest extends RefreshTokenApiTests {}
