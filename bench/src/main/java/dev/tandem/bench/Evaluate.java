package dev.tandem.bench;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.match.Hit;
import dev.tandem.screening.core.match.JaroWinkler;
import dev.tandem.screening.core.match.NameMatcher;
import dev.tandem.screening.core.match.NameQuery;
import dev.tandem.screening.core.match.ScreeningIndex;
import dev.tandem.screening.core.name.NameAnalyzer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The evaluation command: screens the labelled data sets with the matcher and with the plain Jaro–Winkler baseline,
 * and prints, at the default threshold, recall and false-positive rate per kind of the Korean variant set,
 * precision/recall/F1 on the nomenklatura pairs, recall on the UN positives of yente and the false-positive rate on
 * yente's 50,000 synthetic US names against UN + OFAC; then a threshold sweep used to calibrate the default. The
 * figures at the default threshold come from {@code screen(query)} exactly as the application calls it; the sweep
 * screens once with threshold 0 and reads each score against every threshold.
 * Run: {@code java -cp ... dev.tandem.bench.Evaluate [--quick]} (--quick: first 5,000 US names only).
 */
public final class Evaluate {

    private static final double[] SWEEP = IntStream.rangeClosed(70, 98).mapToDouble(i -> i / 100.0).toArray();

    /** Scores of one data set: matcher and baseline score per item, and whether the item should match. */
    record Scores(String name, List<String> group, double[] matcher, double[] baseline, boolean[] positive,
                  boolean[] direct) {
    }

    public static void main(String[] args) throws IOException {
        boolean quick = List.of(args).contains("--quick");
        ListVersion un = Lists.un(Lists.UN_XML);
        ListVersion ofac = Lists.ofac(Lists.OFAC_SDN_CSV);
        ScreeningIndex unIndex = ScreeningIndex.build(List.of(un));
        ScreeningIndex allIndex = ScreeningIndex.build(List.of(un, ofac));
        JaroWinklerBaseline unBaseline = new JaroWinklerBaseline(List.of(un));
        JaroWinklerBaseline allBaseline = new JaroWinklerBaseline(List.of(un, ofac));
        double t = NameMatcher.DEFAULT_THRESHOLD;
        System.out.printf(Locale.ROOT, "Lists: UN %d entries (%s), OFAC SDN 2021 %d entries; index UN+OFAC: %d names%n",
                un.entries().size(), un.generatedAt(), ofac.entries().size(), allIndex.nameCount());
        System.out.printf(Locale.ROOT, "Threshold: matcher %.2f (NameMatcher.DEFAULT_THRESHOLD), baseline JW %.2f%n%n",
                t, JaroWinklerBaseline.THRESHOLD);

        Scores korean = korean(unIndex, unBaseline);
        Scores nomenklatura = nomenklatura();
        Scores positives = unPositives(un, unIndex, unBaseline);
        Scores negatives = usNegatives(allIndex, allBaseline, quick);

        koreanTable(korean, t);
        System.out.println();
        System.out.println("| data set | measure | matcher | JW baseline |");
        System.out.println("|---|---|---|---|");
        double[] m = prf(nomenklatura.direct, nomenklatura.positive);
        double[] b = prf(nomenklatura.baseline, nomenklatura.positive, JaroWinklerBaseline.THRESHOLD);
        row("nomenklatura cases.csv (" + nomenklatura.positive.length + " pairs)", "precision", m[0], b[0]);
        row("", "recall", m[1], b[1]);
        row("", "F1", m[2], b[2]);
        row("yente positives_un_untreated vs UN (" + positives.positive.length + " with a UN entry)", "recall",
                rate(positives.direct), rate(positives.baseline, JaroWinklerBaseline.THRESHOLD));
        row("yente negatives_us vs UN + OFAC (" + negatives.positive.length + " names)", "false-positive rate",
                rate(negatives.direct), rate(negatives.baseline, JaroWinklerBaseline.THRESHOLD));
        System.out.println();
        sweep(korean, nomenklatura, positives, negatives);
    }

    // ---------------------------------------------------------------- data sets

    static Scores korean(ScreeningIndex index, JaroWinklerBaseline baseline) throws IOException {
        List<CSVRecord> rows = csv(new InputStreamReader(Evaluate.class.getResourceAsStream("korean-variants.csv"), StandardCharsets.UTF_8));
        int n = rows.size();
        double[] matcher = new double[n], jw = new double[n];
        boolean[] positive = new boolean[n], direct = new boolean[n];
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CSVRecord r = rows.get(i);
            kinds.add(r.get("kind"));
            positive[i] = r.get("label").equals("match");
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            CSVRecord r = rows.get(i);
            String query = r.get("query");
            EntryType type = EntryType.valueOf(r.get("type"));
            List<Hit> hits = index.screen(NameQuery.of(query, type), 0.0);
            List<Hit> atDefault = index.screen(NameQuery.of(query, type));
            if (positive[i]) {
                matcher[i] = scoreOf(hits, Set.of(r.get("expected_reference")));
                direct[i] = scoreOf(atDefault, Set.of(r.get("expected_reference"))) > 0;
                jw[i] = baseline.score(query, type, r.get("expected_reference"));
            } else {
                matcher[i] = hits.isEmpty() ? 0 : hits.get(0).score();
                direct[i] = !atDefault.isEmpty();
                jw[i] = baseline.maxScore(query, type);
            }
        });
        return new Scores("korean", kinds, matcher, jw, positive, direct);
    }

    static Scores nomenklatura() throws IOException {
        List<CSVRecord> rows = csv(Files.newBufferedReader(Lists.DATA.resolve("opensanctions_nomenklatura/cases.csv")));
        int n = rows.size();
        double[] matcher = new double[n], jw = new double[n];
        boolean[] positive = new boolean[n], direct = new boolean[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            CSVRecord r = rows.get(i);
            EntryType type = type(r.get("schema"));
            ListEntry entry = new ListEntry("case" + i, type, r.get("name2"), List.of(), List.of(), List.of(), List.of(), List.of(), "");
            ScreeningIndex one = ScreeningIndex.build(List.of(new ListVersion(ListSource.OPENSANCTIONS, null, "case", List.of(entry))));
            List<Hit> hits = one.screen(NameQuery.of(r.get("name1"), type), 0.0);
            matcher[i] = hits.isEmpty() ? 0 : hits.get(0).score();
            direct[i] = !one.screen(NameQuery.of(r.get("name1"), type)).isEmpty();
            if (direct[i] != matcher[i] >= NameMatcher.DEFAULT_THRESHOLD) {
                System.err.println("nomenklatura: retrieval differs at the default threshold: " + r.get("name1") + " / " + r.get("name2"));
            }
            jw[i] = JaroWinkler.similarity(JaroWinklerBaseline.normalise(r.get("name1")), JaroWinklerBaseline.normalise(r.get("name2")));
            positive[i] = Boolean.parseBoolean(r.get("is_match"));
        });
        return new Scores("nomenklatura", List.of(), matcher, jw, positive, direct);
    }

    /** Schema of a FollowTheMoney entity to an entry type. */
    static EntryType type(String schema) {
        switch (schema) {
            case "Person": return EntryType.PERSON;
            case "Vessel": return EntryType.VESSEL;
            default: return EntryType.ORGANISATION;
        }
    }

    /** UN persons as queries; the expected entries are those whose name or alias is the query's name. */
    static Scores unPositives(ListVersion un, ScreeningIndex index, JaroWinklerBaseline baseline) throws IOException {
        Map<String, Set<String>> byName = new LinkedHashMap<>();
        for (ListEntry e : un.entries()) {
            if (e.type() != EntryType.PERSON) continue;
            List<String> names = new ArrayList<>(List.of(e.name()));
            for (Alias a : e.aliases()) names.add(a.name());
            for (String name : names) byName.computeIfAbsent(key(name), k -> new HashSet<>()).add(e.reference());
        }
        List<CSVRecord> all = csv(Files.newBufferedReader(Lists.DATA.resolve("opensanctions_yente/positives_un_untreated.csv")));
        List<CSVRecord> rows = new ArrayList<>();
        for (CSVRecord r : all) if (byName.containsKey(key(r.get("full_name")))) rows.add(r);
        int n = rows.size();
        double[] matcher = new double[n], jw = new double[n];
        boolean[] positive = new boolean[n], direct = new boolean[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            CSVRecord r = rows.get(i);
            Set<String> expected = byName.get(key(r.get("full_name")));
            NameQuery query = new NameQuery(r.get("full_name"), EntryType.PERSON, r.get("date_of_birth"), r.get("nationality"));
            List<Hit> hits = index.screen(query, 0.0);
            matcher[i] = scoreOf(hits, expected);
            direct[i] = scoreOf(index.screen(query), expected) > 0;
            double best = 0;
            for (String ref : expected) best = Math.max(best, baseline.score(r.get("full_name"), EntryType.PERSON, ref));
            jw[i] = best;
            positive[i] = true;
        });
        System.out.printf(Locale.ROOT, "yente UN positives: %d of %d rows have a UN person entry of that name%n", n, all.size());
        return new Scores("un positives", List.of(), matcher, jw, positive, direct);
    }

    static Scores usNegatives(ScreeningIndex index, JaroWinklerBaseline baseline, boolean quick) throws IOException {
        List<CSVRecord> rows = csv(Files.newBufferedReader(Lists.DATA.resolve("opensanctions_yente/negatives_us.csv")));
        if (quick) rows = rows.subList(0, 5000);
        List<CSVRecord> data = rows;
        int n = data.size();
        double[] matcher = new double[n], jw = new double[n];
        boolean[] direct = new boolean[n];
        long start = System.nanoTime();
        IntStream.range(0, n).parallel().forEach(i -> direct[i] = !index.screen(NameQuery.of(data.get(i).get("full_name"), EntryType.PERSON)).isEmpty());
        long matcherNanos = System.nanoTime() - start;
        IntStream.range(0, n).parallel().forEach(i -> {
            List<Hit> hits = index.screen(NameQuery.of(data.get(i).get("full_name"), EntryType.PERSON), 0.0);
            matcher[i] = hits.isEmpty() ? 0 : hits.get(0).score();
        });
        start = System.nanoTime();
        IntStream.range(0, n).parallel().forEach(i -> jw[i] = baseline.maxScore(data.get(i).get("full_name"), EntryType.PERSON));
        long baselineNanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "US negatives: %d names screened in %.1f s (matcher at the default threshold, 2 threads), %.1f s (JW brute force)%n",
                n, matcherNanos / 1e9, baselineNanos / 1e9);
        int above = 0;
        for (int i = 0; i < n; i++) if (matcher[i] >= NameMatcher.DEFAULT_THRESHOLD) above++;
        int shown = 0;
        for (int i = 0; i < n && shown < 15; i++) {
            if (matcher[i] >= NameMatcher.DEFAULT_THRESHOLD) {
                Hit hit = index.screen(NameQuery.of(data.get(i).get("full_name"), EntryType.PERSON)).get(0);
                System.out.println("  false positive: " + data.get(i).get("full_name") + " → " + hit);
                shown++;
            }
        }
        System.out.printf(Locale.ROOT, "  (%d above the threshold)%n", above);
        return new Scores("us negatives", List.of(), matcher, jw, new boolean[n], direct);
    }

    // ---------------------------------------------------------------- reporting

    private static void koreanTable(Scores s, double t) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < s.positive.length; i++) {
            int[] c = counts.computeIfAbsent(s.group.get(i), k -> new int[4]);
            c[0]++;
            if (s.direct[i]) c[1]++;
            if (s.baseline[i] >= JaroWinklerBaseline.THRESHOLD) c[2]++;
            c[3] = s.positive[i] ? 1 : 0;
        }
        System.out.println("Korean variant set (korean-variants.csv) against the UN list:");
        System.out.println();
        System.out.println("| kind | label | rows | matcher | JW baseline |");
        System.out.println("|---|---|---|---|---|");
        int pos = 0, posHit = 0, posJw = 0, neg = 0, negHit = 0, negJw = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            boolean positive = c[3] == 1;
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %s %.3f | %s %.3f |%n", e.getKey(), positive ? "match" : "no match",
                    c[0], positive ? "recall" : "FP rate", (double) c[1] / c[0], positive ? "recall" : "FP rate", (double) c[2] / c[0]);
            if (positive) {
                pos += c[0]; posHit += c[1]; posJw += c[2];
            } else {
                neg += c[0]; negHit += c[1]; negJw += c[2];
            }
        }
        System.out.printf(Locale.ROOT, "| **all positives** | match | %d | recall **%.3f** | recall %.3f |%n", pos, (double) posHit / pos, (double) posJw / pos);
        System.out.printf(Locale.ROOT, "| **all hard negatives** | no match | %d | FP rate **%.3f** | FP rate %.3f |%n", neg, (double) negHit / neg, (double) negJw / neg);
        for (int i = 0; i < s.positive.length; i++) {
            if (s.positive[i] != s.direct[i]) {
                System.err.printf(Locale.ROOT, "korean %s: %s #%d %.3f%n", s.positive[i] ? "miss" : "false positive",
                        s.group.get(i), i, s.matcher[i]);
            }
        }
    }

    private static void sweep(Scores korean, Scores nomenklatura, Scores positives, Scores negatives) {
        System.out.println("Threshold sweep (matcher):");
        System.out.println();
        System.out.println("| threshold | Korean recall | Korean FP rate | nomenklatura P | R | F1 | UN positives recall | US negatives FP rate |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (double t : SWEEP) {
            double[] prf = prf(nomenklatura.matcher, nomenklatura.positive, t);
            System.out.printf(Locale.ROOT, "| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.4f |%n", t,
                    rate(korean, t, true), rate(korean, t, false), prf[0], prf[1], prf[2],
                    rate(positives.matcher, t), rate(negatives.matcher, t));
        }
        System.out.println();
        System.out.println("Baseline JW sweep: threshold | Korean recall | Korean FP | nomenklatura F1 | UN positives recall | US FP");
        for (double t : new double[]{0.85, 0.88, 0.90, 0.92, 0.95}) {
            double[] prf = prf(nomenklatura.baseline, nomenklatura.positive, t);
            Scores k = new Scores("", korean.group, korean.baseline, korean.baseline, korean.positive, korean.direct);
            System.out.printf(Locale.ROOT, "| %.2f | %.3f | %.3f | %.3f | %.3f | %.4f |%n", t, rate(k, t, true), rate(k, t, false),
                    prf[2], rate(positives.baseline, t), rate(negatives.baseline, t));
        }
    }

    private static void row(String set, String measure, double matcher, double baseline) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f |%n", set, measure, matcher, baseline);
    }

    static double rate(double[] scores, double t) {
        if (scores.length == 0) return Double.NaN;
        int n = 0;
        for (double s : scores) if (s >= t) n++;
        return (double) n / scores.length;
    }

    static double rate(Scores s, double t, boolean positives) {
        int n = 0, hit = 0;
        for (int i = 0; i < s.positive.length; i++) {
            if (s.positive[i] != positives) continue;
            n++;
            if (s.matcher[i] >= t) hit++;
        }
        return (double) hit / n;
    }

    static double rate(boolean[] hits) {
        int n = 0;
        for (boolean hit : hits) if (hit) n++;
        return hits.length == 0 ? Double.NaN : (double) n / hits.length;
    }

    static double[] prf(boolean[] predicted, boolean[] positive) {
        double[] scores = new double[predicted.length];
        for (int i = 0; i < scores.length; i++) scores[i] = predicted[i] ? 1 : 0;
        return prf(scores, positive, 0.5);
    }

    static double[] prf(double[] scores, boolean[] positive, double t) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= t;
            if (predicted && positive[i]) tp++;
            else if (predicted) fp++;
            else if (positive[i]) fn++;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp), r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static double scoreOf(List<Hit> hits, Set<String> references) {
        double best = 0;
        for (Hit hit : hits) if (references.contains(hit.reference())) best = Math.max(best, hit.score());
        return best;
    }

    private static String key(String name) {
        return NameAnalyzer.standard().analyse(name).normalised();
    }

    private static List<CSVRecord> csv(Reader reader) throws IOException {
        try (Reader r = reader) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private Evaluate() {
    }

}
