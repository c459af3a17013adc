package dev.tandem.clock;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

/**
 * The scheduler's executions of the clock module, named so that each names its moment: {@code 42@1767225600000} is
 * deadline 42 as due at that epoch millisecond. A moved deadline gets a new execution; the old one, if it cannot
 * be cancelled any more (another node is running it), finds the deadline moved and does nothing.
 * <p>
 * Scheduled through a client on a transaction-aware data source: the execution is stored in the transaction that
 * set the deadline, and is gone if that transaction rolls back (ADR 0014).
 */
final class Executions {

    static final String DEADLINE = "deadline";
    static final String REMINDER = "deadline-reminder";
    static final String NOTICE_MAIL = "notice-mail";

    private final SchedulerClient client;

    Executions(SchedulerClient client) {
        this.client = client;
    }

    /** An execution's moment: the deadline (or notice) it is for and, for deadlines, the moment it was set for. */
    record Moment(long id, Instant at) {

        static Moment parse(String instanceId) {
            int at = instanceId.indexOf('@');
            return new Moment(Long.parseLong(instanceId.substring(0, at)),
                    Instant.ofEpochMilli(Long.parseLong(instanceId.substring(at + 1))));
        }

        String instanceId() {
            return id + "@" + at.toEpochMilli();
        }
    }

    void schedule(String task, Moment moment) {
        client.scheduleIfNotExists(new TaskInstance<Void>(task, moment.instanceId()), moment.at());
    }

    void scheduleNow(String task, long id, Instant now) {
        client.scheduleIfNotExists(new TaskInstance<Void>(task, Long.toString(id)), now);
    }

    void cancel(String task, Moment moment) {
        try {
            client.cancel(TaskInstanceId.of(task, moment.instanceId()));
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException e) {
            // done already, or running now on some node: either way it finds the deadline changed and does nothing
        }
    }
}
