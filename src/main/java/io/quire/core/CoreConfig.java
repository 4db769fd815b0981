package io.quire.core;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class CoreConfig {

    /** The one clock every module reads time from, so tests can pin it. */
    @Bean
    Clock clock() {
        // Millisecond ticks: what is answered right after a write equals what the database gives back later.
        return Clock.tickMillis(java.time.ZoneOffset.UTC);
    }
}
