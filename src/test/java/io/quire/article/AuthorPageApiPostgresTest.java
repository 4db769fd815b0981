package io.quire.article;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class AuthorPageApiPostgresTest extends AuthorPageApiTests {}
