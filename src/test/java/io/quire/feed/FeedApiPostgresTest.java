package io.quire.feed;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class FeedApiPostgresTest extends FeedApiTests {}
