package io.quire.core;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class ErrorContractApiPostgresTest extends ErrorContractApiTests {}
