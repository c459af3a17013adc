package dev.tandem.bench;

import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.match.Hit;
import dev.tandem.screening.core.match.NameQuery;
import dev.tandem.screening.core.match.ScreeningIndex;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Screens the evasion set ({@code evasion-variants.csv}, made by {@link EvasionGenerator}) against the UN list at the
 * default threshold, type given, and prints recall (the expected entry among the hits) or the false-positive rate
 * (any hit) per kind, then the misses on stderr. Uses only the library's public screening API, so the same command
 * measures an older build of the library too. Run: {@code java -cp ... dev.tandem.bench.EvaluateEvasions}.
 */
public final class EvaluateEvasions {

    public static void main(String[] args) throws IOException {
        ListVersion un = Lists.un(Lists.UN_XML);
        ScreeningIndex index = ScreeningIndex.build(List.of(un));
        List<CSVRecord> rows;
        try (Reader in = new InputStreamReader(EvaluateEvasions.class.getResourceAsStream("evasion-variants.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        boolean[] correct = new boolean[rows.size()];
        String[] found = new String[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            CSVRecord r = rows.get(i);
            List<Hit> hits = index.screen(NameQuery.of(r.get("query"), EntryType.valueOf(r.get("type"))));
            boolean positive = r.get("label").equals("match");
            correct[i] = positive ? hits.stream().anyMatch(h -> h.reference().equals(r.get("expected_reference"))) : hits.isEmpty();
            found[i] = hits.isEmpty() ? "no hit" : hits.get(0).toString();
        });
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            int[] c = counts.computeIfAbsent(r.get("kind"), k -> new int[3]);
            c[0]++;
            if (correct[i]) c[1]++;
            c[2] = r.get("label").equals("match") ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "Evasion set (evasion-variants.csv, %d rows) against the UN list (%d entries), default threshold:%n%n",
                rows.size(), un.entries().size());
        System.out.println("| kind | label | rows | result |");
        System.out.println("|---|---|---|---|");
        int pos = 0, posOk = 0, neg = 0, negOk = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            boolean positive = c[2] == 1;
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %s %.3f |%n", e.getKey(), positive ? "match" : "no match", c[0],
                    positive ? "recall" : "FP rate", positive ? (double) c[1] / c[0] : 1.0 - (double) c[1] / c[0]);
            if (positive) {
                pos += c[0];
                posOk += c[1];
            } else {
                neg += c[0];
                negOk += c[1];
            }
        }
        System.out.printf(Locale.ROOT, "| **all positives** | match | %d | recall **%.3f** |%n", pos, (double) posOk / pos);
        if (neg > 0) System.out.printf(Locale.ROOT, "| **all hard negatives** | no match | %d | FP rate **%.3f** |%n", neg, 1.0 - (double) negOk / neg);
        for (int i = 0; i < rows.size(); i++) {
            if (!correct[i]) {
                CSVRecord r = rows.get(i);
                System.err.printf(Locale.ROOT, "%s %s: %s (%s) → %s%n", r.get("label").equals("match") ? "miss" : "false positive",
                        r.get("kind"), r.get("query"), r.get("derived_from"), found[i]);
            }
        }
    }

    private EvaluateEvasions() {
    }
}
