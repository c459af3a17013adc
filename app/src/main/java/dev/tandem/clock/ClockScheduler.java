package dev.tandem.clock;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.SmartLifecycle;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * Runs db-scheduler on this node while the application runs: started when the context has started (so executions
 * find every bean ready; those due while Tandem was down run on the first poll), stopped before the data source
 * closes, waiting a short while for running executions (one that is cut off is run again by the next node to
 * poll, and finds its deadline already reached or not).
 */
class ClockScheduler implements SmartLifecycle {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final Scheduler scheduler;
    private volatile boolean running;

    ClockScheduler(DataSource dataSource, List<Task<?>> tasks, ClockProperties properties) {
        this.scheduler = Scheduler.create(dataSource, tasks)
                .schedulerName(new SchedulerName.Fixed(ManagementFactory.getRuntimeMXBean().getName()
                        + "-" + Integer.toHexString(System.identityHashCode(this))))
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .alwaysPersistTimestampInUTC()
                .build();
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
