package dev.tandem.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;

/**
 * Hears {@link DeadlineReached} for the tests, as a module would: every node of a test started with it adds to the
 * same record, so a deadline announced by two nodes would show twice. Not a component (tests that do not name it
 * do not get it); kept per JVM, keyed by kind and key, which each test makes unique.
 */
class ReachedDeadlines {

    private static final Map<String, List<Instant>> REACHED = new ConcurrentHashMap<>();

    @EventListener
    void on(DeadlineReached reached) {
        REACHED.computeIfAbsent(reached.kind() + "/" + reached.key(), k -> java.util.Collections.synchronizedList(
                new ArrayList<>())).add(reached.dueAt());
    }

    /** The moments announced for this deadline, one per announcement. */
    static List<Instant> of(String kind, String key) {
        return List.copyOf(REACHED.getOrDefault(kind + "/" + key, List.of()));
    }
}
