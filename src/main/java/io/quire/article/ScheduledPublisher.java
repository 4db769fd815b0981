package io.quire.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles whose time has come, every few seconds and right after start
 * (so overdue ones go out at once). Each publication is its own transaction guarded by the
 * article's version: when several instances race, exactly one publishes.
 */
@Component
class ScheduledPublisher implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

    private final ArticleManagement articles;
    private final ArticleQueries queries;
    private final PublishingSettings settings;
    private final ObjectProvider<ObservationRegistry> observations;
    private final Counter published;
    private final Counter rounds;

    ScheduledPublisher(
            ArticleManagement articles,
            ArticleQueries queries,
            PublishingSettings settings,
            MeterRegistry meters,
            ObjectProvider<ObservationRegistry> observations) {
        this.articles = articles;
        this.queries = queries;
        this.settings = settings;
        this.observations = observations;
        this.published = Counter.builder("quire.articles.scheduled.published")
                .description("Scheduled articles published by this instance when their time came")
                .register(meters);
        this.rounds = Counter.builder("quire.articles.scheduled.checks")
                .description("Times this instance looked for scheduled articles whose time has come")
                .register(meters);
        Gauge.builder("quire.articles.scheduled.pending", queries, ArticleQueries::scheduledCount)
                .description("Articles waiting for their scheduled publication time")
                .register(meters);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(ObservedSchedule.fixedDelay(
                this, "publishDue", settings.checkInterval(), settings.initialDelay(), observations));
    }

    void publishDue() {
        for (UUID id : queries.dueForPublication()) {
            try {
                if (articles.publishIfDue(id)) {
                    published.increment();
                    log.info("Published scheduled article {}", id);
                }
            } catch (OptimisticLockingFailureException e) {
                log.debug("Scheduled article {} was published or changed elsewhere meanwhile", id);
            }
        }
        rounds.increment();
    }
}
