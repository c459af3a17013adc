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
 * poll, and finds its deadline already reached or not). A context may be stopped and started again (the test
 * framework pauses contexts it keeps for later): a stopped scheduler cannot restart, so each start builds one.
 */
class ClockScheduler implements SmartLifecycle {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final List<Task<?>> tasks;
    private final ClockProperties properties;
    private Scheduler scheduler;

    ClockScheduler(DataSource dataSource, List<Task<?>> tasks, ClockProperties properties) {
        this.dataSource = dataSource;
        this.tasks = tasks;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Scheduler.create(dataSource, tasks)
                .schedulerName(new SchedulerName.Fixed(ManagementFactory.getRuntimeMXBean().getName()
                        + "-" + Integer.toHexString(System.identityHashCode(this))))
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .alwaysPersistTimestampInUTC()
                .build();
        scheduler.start();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
