package io.quire.user;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class UserApiPostgresTest extends UserApiTests {}
