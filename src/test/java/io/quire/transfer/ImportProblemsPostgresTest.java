package io.quire.transfer;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class ImportProblemsPostgresTest extends ImportProblemsTests {}
