package io.quire.media;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class AuthorAvatarsPostgresTest extends AuthorAvatarsTests {}
