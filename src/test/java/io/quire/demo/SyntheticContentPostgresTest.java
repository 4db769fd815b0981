package io.quire.demo;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("pgtest")
class SyntheticContentPostgresTest extends SyntheticContentTests {}
