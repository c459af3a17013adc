package dev.tandem.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.tandem.rules.CapUsage;
import dev.tandem.rules.CaseFacts;
import dev.tandem.rules.ClearanceSpec;
import dev.tandem.rules.Direction;
import dev.tandem.rules.ItemFacts;
import dev.tandem.rules.ItemRuleBook;
import dev.tandem.rules.ItemRules;
import dev.tandem.rules.ScreeningSummary;
import dev.tandem.rules.Triage;
import dev.tandem.rules.TriagePolicy;

/**
 * Item rules plus triage of one 200-line case under the shipped rule version: the work a case triage does
 * besides reading and writing the database. The lines cycle through banned, capped, luxury, catch-all,
 * aircraft-exception and harmless items in both directions, so every kind of rule fires.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TriageBenchmark {

    /** hs, unit, direction, value per line (or empty), flags: m = possibly military, a = aircraft spare part. */
    private static final String[][] LINES = {
            {"3004.90", "doses", "TO_SANCTIONED", "", ""},
            {"8704.21", "piece", "TO_SANCTIONED", "", ""},
            {"2710.19", "l", "TO_SANCTIONED", "", ""},
            {"8525.80", "piece", "TO_SANCTIONED", "", ""},
            {"8544.70", "m", "TO_SANCTIONED", "", ""},
            {"1701.99", "t", "TO_SANCTIONED", "", ""},
            {"2208.90", "l", "FROM_SANCTIONED", "", ""},
            {"2701.12", "t", "FROM_SANCTIONED", "", ""},
            {"5701.10", "piece", "TO_SANCTIONED", "1400", ""},
            {"6911.10", "set", "TO_SANCTIONED", "80", ""},
            {"9015.80", "piece", "TO_SANCTIONED", "", "m"},
            {"8803.20", "piece", "TO_SANCTIONED", "", "a"},
            {"7308.90", "t", "TO_SANCTIONED", "", ""},
            {"3822.00", "piece", "TO_SANCTIONED", "", ""},
            {"2709.00", "t", "TO_SANCTIONED", "", ""},
            {"0709.59", "kg", "FROM_SANCTIONED", "", ""},
            {"6205.20", "piece", "FROM_SANCTIONED", "", ""},
            {"1006.30", "t", "TO_SANCTIONED", "", ""},
            {"7113.19", "piece", "TO_SANCTIONED", "300", ""},
            {"9001.10", "kg", "TO_SANCTIONED", "", ""},
    };

    private ItemRules rules;
    private CaseFacts facts;
    private CapUsage usage;
    private ScreeningSummary screening;
    private TriagePolicy policy;

    @Setup
    public void setUp() {
        LocalDate filed = LocalDate.of(2019, 1, 15);
        rules = ItemRuleBook.shipped().at(filed);
        facts = new CaseFacts("BENCH-200", filed, false, lines(200));
        usage = (capId, year) -> new BigDecimal("120000");
        screening = ScreeningSummary.unresolved(List.of("KPe.071"));
        policy = TriagePolicy.selective("the Working Group 2.0 charter (2020)", "워킹그룹 2.0 운영 원칙(2020)", 5, 10, 60);
    }

    static List<ItemFacts> lines(int count) {
        List<ItemFacts> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] line = LINES[i % LINES.length];
            items.add(new ItemFacts(i + 1, "item " + (i + 1), line[0], BigDecimal.valueOf(10 + i), line[1],
                    line[3].isEmpty() ? null : new BigDecimal(line[3]).multiply(BigDecimal.valueOf(10 + i)),
                    Direction.valueOf(line[2]), line[4].equals("m"), line[4].equals("a")));
        }
        return items;
    }

    @Benchmark
    public List<ClearanceSpec> rulesAndTriageOf200Lines() {
        return Triage.route(rules.apply(facts, usage).findings(), screening, policy);
    }
}
