package io.quire.article;

import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.util.ReflectionUtils;

/**
 * A bean's method run at a fixed delay taken from typed settings, observed the way {@code @Scheduled}
 * methods are: each run shows in the {@code tasks.scheduled.execution} metrics under its method name.
 */
final class ObservedSchedule {

    private ObservedSchedule() {}

    static FixedDelayTask fixedDelay(
            Object bean,
            String method,
            Duration interval,
            Duration initialDelay,
            ObjectProvider<ObservationRegistry> observations) {
        var target = ReflectionUtils.findMethod(bean.getClass(), method);
        if (target == null) {
            throw new IllegalArgumentException(bean.getClass().getName() + " has no method " + method + "()");
        }
        var run = new ScheduledMethodRunnable(
                bean, target, null, () -> observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        return new FixedDelayTask(run, interval, initialDelay);
    }
}
