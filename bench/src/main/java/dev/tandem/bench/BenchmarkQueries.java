package dev.tandem.bench;

import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.match.NameQuery;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The query mix of the benchmarks: every query of the Korean variant set (Hangul, romanisations, typos, hard
 * negatives, entity names) and as many Western names (yente's synthetic US people and UN persons), shuffled with a
 * fixed seed.
 */
final class BenchmarkQueries {

    private BenchmarkQueries() {
    }

    static NameQuery[] load() {
        try {
            List<NameQuery> korean = new ArrayList<>();
            try (Reader r = new InputStreamReader(BenchmarkQueries.class.getResourceAsStream("korean-variants.csv"), StandardCharsets.UTF_8)) {
                for (CSVRecord row : csv(r)) korean.add(NameQuery.of(row.get("query"), EntryType.valueOf(row.get("type"))));
            }
            List<NameQuery> western = new ArrayList<>();
            try (Reader r = Files.newBufferedReader(Lists.DATA.resolve("opensanctions_yente/positives_un_untreated.csv"))) {
                for (CSVRecord row : csv(r)) western.add(NameQuery.of(row.get("full_name"), EntryType.PERSON));
            }
            try (Reader r = Files.newBufferedReader(Lists.DATA.resolve("opensanctions_yente/negatives_us.csv"))) {
                for (CSVRecord row : csv(r)) {
                    if (western.size() >= korean.size()) break;
                    western.add(NameQuery.of(row.get("full_name"), EntryType.PERSON));
                }
            }
            List<NameQuery> all = new ArrayList<>(korean);
            all.addAll(western);
            java.util.Collections.shuffle(all, new Random(7));
            return all.toArray(NameQuery[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CSVRecord> csv(Reader reader) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
}
