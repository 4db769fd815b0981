package io.quire.tag;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class TagApiPostgresTest extends TagApiTests {}
