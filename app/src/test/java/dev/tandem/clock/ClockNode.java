package dev.tandem.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.TandemApplication;
import dev.tandem.common.SystemActor;

/**
 * One Tandem node for the clock tests: the whole application without a web server, on the database given, polling
 * its scheduler every 100 ms and hearing deadlines with {@link ReachedDeadlines}. Close it to stop the node.
 */
final class ClockNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ClockNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static ClockNode start(Map<String, String> database) {
        List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--tandem.demo.enabled=false",
                "--tandem.screening.bundled-list=false", "--tandem.clock.enabled=true",
                "--tandem.clock.polling-interval=100ms", "--tandem.clock.heartbeat-interval=1s",
                "--logging.level.com.github.kagkarlsson=WARN"));
        database.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new ClockNode(new SpringApplicationBuilder(TandemApplication.class, ReachedDeadlines.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run(args.toArray(String[]::new)));
    }

    static Map<String, String> h2(String name) {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    /** Publishes the events in one transaction, as a module's change would. */
    void publish(Object... events) {
        SystemActor.run(() -> context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (Object event : events) {
                context.publishEvent(event);
            }
        }));
    }

    /** Publishes the event in a transaction that then rolls back, as a refused change would. */
    void publishAndRollBack(Object event) {
        SystemActor.run(() -> context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            context.publishEvent(event);
            status.setRollbackOnly();
        }));
    }

    void set(String kind, String key, Instant dueAt) {
        publish(new DeadlineSet(kind, key, dueAt, "Test deadline " + key, "/forums", Set.of()));
    }

    /** Executions of this task still waiting (or running) in the scheduler's table. */
    long pending(String task) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = :t")
                .param("t", task).query(Long.class).single();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
