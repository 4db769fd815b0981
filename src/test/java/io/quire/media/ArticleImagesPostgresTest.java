package io.quire.media;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class ArticleImagesPostgresTest extends ArticleImagesTests {}
