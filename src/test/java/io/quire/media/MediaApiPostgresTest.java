package io.quire.media;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class MediaApiPostgresTest extends MediaApiTests {}
