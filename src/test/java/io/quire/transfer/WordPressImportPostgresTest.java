package io.quire.transfer;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class WordPressImportPostgresTest extends WordPressImportTests {}
