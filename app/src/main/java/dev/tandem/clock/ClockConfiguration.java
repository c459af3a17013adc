package dev.tandem.clock;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import dev.tandem.calendar.WorkingCalendar;

/**
 * The clock module's use of db-scheduler (the plain library; ADR 0014). Every node schedules through a client on a
 * transaction-aware view of the data source, so a scheduled execution commits or rolls back with the change that
 * scheduled it; nodes with {@code tandem.clock.enabled} also run the scheduler ({@link ClockScheduler}).
 */
@Configuration
@EnableConfigurationProperties(ClockProperties.class)
class ClockConfiguration {

    /** Deadlines and reminders: a failure (a listener refused) is tried again after the default five minutes. */
    @Bean
    OneTimeTask<Void> deadlineTask(DeadlineFiring firing) {
        return Tasks.oneTime(Executions.DEADLINE)
                .execute((instance, context) -> firing.reach(Executions.Moment.parse(instance.getId())));
    }

    @Bean
    OneTimeTask<Void> reminderTask(DeadlineFiring firing) {
        return Tasks.oneTime(Executions.REMINDER)
                .execute((instance, context) -> firing.remind(Executions.Moment.parse(instance.getId())));
    }

    /** An e-mail that failed is tried again later, each wait twice the one before, then given up (and logged). */
    @Bean
    OneTimeTask<Void> noticeMailTask(NoticeMail mail, ClockProperties properties) {
        return Tasks.oneTime(Executions.NOTICE_MAIL)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(properties.mailAttempts(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.mailRetry())))
                .execute((instance, context) -> mail.send(Long.parseLong(instance.getId())));
    }

    @Bean
    Executions clockExecutions(DataSource dataSource) {
        DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
        // moments in UTC, as the scheduler writes them (ClockScheduler)
        return new Executions(SchedulerClient.Builder.create(transactional)
                .jdbcCustomization(new AutodetectJdbcCustomization(transactional, true)).build());
    }

    @Bean
    ReminderSchedule reminderSchedule(WorkingCalendar calendar, ClockProperties properties) {
        return new ReminderSchedule(calendar, properties.remindWorkingDays(), properties.reminderZone());
    }

    @Bean
    @ConditionalOnProperty(name = "tandem.clock.enabled", havingValue = "true", matchIfMissing = true)
    ClockScheduler clockScheduler(DataSource dataSource, List<Task<?>> tasks, ClockProperties properties) {
        return new ClockScheduler(new TransactionAwareDataSourceProxy(dataSource), tasks, properties);
    }
}
