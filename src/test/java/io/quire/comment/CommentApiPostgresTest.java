package io.quire.comment;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class CommentApiPostgresTest extends CommentApiTests {}
