package dev.tandem.bench;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interim, minimal reader of the OFAC SDN legacy CSV set (sdn.csv with alt.csv beside it), for the evaluation and
 * benchmarks only, until the screening library's {@code OfacSdnCsvParser} is merged (see {@link Lists}). Reads names,
 * aliases (alt.csv strong, "a.k.a. '...'" in the remarks weak), dates of birth, nationalities and IMO numbers from the
 * remarks.
 */
final class InterimOfacSdnReader {

    private static final String NULL = "-0-";
    private static final Pattern WEAK_AKA = Pattern.compile("a\\.k\\.a\\. '([^']+)'");
    private static final Pattern DOB = Pattern.compile("DOB ([^;]+)");
    private static final Pattern NATIONALITY = Pattern.compile("(?:nationality|citizen) ([^;]+)");
    private static final Pattern IMO = Pattern.compile("IMO (\\d{7})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private InterimOfacSdnReader() {
    }

    static ListVersion read(Path sdnCsv) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path alt = sdnCsv.resolveSibling("alt.csv");
            Map<String, List<Alias>> aliases = new HashMap<>();
            if (Files.exists(alt)) {
                sha.update(Files.readAllBytes(alt));
                for (CSVRecord r : records(alt)) {
                    if (r.size() < 4 || value(r.get(3)).isEmpty()) continue;
                    aliases.computeIfAbsent(r.get(0).strip(), k -> new ArrayList<>())
                            .add(new Alias(value(r.get(3)), Alias.Quality.STRONG));
                }
            }
            sha.update(Files.readAllBytes(sdnCsv));
            List<ListEntry> entries = new ArrayList<>();
            for (CSVRecord r : records(sdnCsv)) {
                if (r.size() < 12) continue;
                String id = r.get(0).strip();
                String remarks = value(r.get(11));
                List<Alias> all = new ArrayList<>(aliases.getOrDefault(id, List.of()));
                Matcher weak = WEAK_AKA.matcher(remarks);
                while (weak.find()) all.add(new Alias(weak.group(1), Alias.Quality.WEAK));
                List<String> births = new ArrayList<>();
                Matcher dob = DOB.matcher(remarks);
                while (dob.find()) births.add(date(dob.group(1).strip()));
                List<String> nationalities = new ArrayList<>();
                Matcher nat = NATIONALITY.matcher(remarks);
                while (nat.find()) nationalities.add(nat.group(1).replaceAll("\\.$", "").strip());
                List<String> imo = new ArrayList<>();
                Matcher m = IMO.matcher(remarks);
                while (m.find()) if (!imo.contains(m.group(1))) imo.add(m.group(1));
                entries.add(new ListEntry(id, type(value(r.get(2))), value(r.get(1)), all,
                        List.of(value(r.get(3)).split("\\] \\[")), births, nationalities, imo, remarks));
            }
            return new ListVersion(ListSource.OFAC, null, HexFormat.of().formatHex(sha.digest()), entries);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + sdnCsv, e);
        }
    }

    private static List<CSVRecord> records(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader).getRecords();
        }
    }

    private static EntryType type(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "individual": return EntryType.PERSON;
            case "vessel": return EntryType.VESSEL;
            case "aircraft": return EntryType.AIRCRAFT;
            default: return EntryType.ORGANISATION;
        }
    }

    private static String value(String cell) {
        String v = cell == null ? "" : cell.strip();
        return v.equals(NULL) ? "" : v;
    }

    /** "18 Jun 1964" → "1964-06-18"; other forms ("circa 1947", "1962 to 1964") as written. */
    private static String date(String text) {
        try {
            return LocalDate.parse(text, DAY).toString();
        } catch (RuntimeException e) {
            return text;
        }
    }
}
