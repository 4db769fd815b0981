package io.quire.user;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class AuthApiPostgresTest extends AuthApiTests {}
