package dev.tandem.screening;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import dev.tandem.common.CliCommand;
import dev.tandem.common.InvalidInputException;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.match.Hit;

/**
 * {@code ./tandem screen --input names.csv --output hits.csv}: screens a file of names, writes one row per hit.
 * The formats are documented in the README; people script them, so they change only with care.
 */
@Component
class ScreenFileCommand implements CliCommand {

    static final List<String> OUTPUT_COLUMNS =
            List.of("id", "rank", "list", "reference", "matched_name", "score", "explanation");

    private final ScreeningManagement screening;

    ScreenFileCommand(ScreeningManagement screening) {
        this.screening = screening;
    }

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String summary() {
        return "screen a CSV file of names, write the hits to a CSV file";
    }

    @Override
    public String help() {
        return """
                Usage: ./tandem screen --input names.csv --output hits.csv [--lists un,ofac,opensanctions] [--threshold T]

                Input: UTF-8 CSV with a header row and the columns id,name and optionally type
                (person, organisation, vessel, aircraft; empty = any), birth_date, nationality.
                Output: CSV with the columns id,rank,list,reference,matched_name,score,explanation,
                one row per hit at or above the threshold, best first for each id (rank 1, 2, ...).
                Names without hits produce no row. The threshold defaults to the matcher's default.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = options(args);
        Path input = Path.of(required(options, "--input"));
        Path output = Path.of(required(options, "--output"));
        Set<ListSource> lists = lists(options.get("--lists"));
        Double threshold = threshold(options.get("--threshold"));
        if (!Files.isRegularFile(input)) {
            throw new InvalidInputException("--input", "refusal.screening.noFile", input);
        }
        List<NameToScreen> names = read(input);
        List<ScreeningManagement.Screened> results = new ArrayList<>(names.size());
        for (int from = 0; from < names.size(); from += ScreeningManagement.MAX_NAMES) {
            results.addAll(screening.screen(names.subList(from, Math.min(names.size(), from + ScreeningManagement.MAX_NAMES)),
                    lists, threshold));
        }
        int rows = write(output, results);
        out.printf("screened %d names: %d with hits, %d hit rows written to %s%n", names.size(),
                results.stream().filter(r -> !r.hits().isEmpty()).count(), rows, output);
        return 0;
    }

    private static List<NameToScreen> read(Path input) throws IOException {
        if (Files.size(input) == 0) {
            throw new InvalidInputException("--input", "refusal.screening.emptyInput", input);
        }
        // strict decoding: a file in another encoding is refused instead of screened as garbled names
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(input), decoder);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).setTrim(true).get().parse(reader)) {
            Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            csv.getHeaderMap().forEach((k, v) -> header.put(k.replace("\uFEFF", "").strip(), v));
            if (!header.containsKey("name")) {
                throw new InvalidInputException("--input", "refusal.screening.noNameColumn",
                        String.join(", ", csv.getHeaderNames()));
            }
            List<NameToScreen> names = new ArrayList<>();
            for (CSVRecord row : csv) {
                long line = csv.getCurrentLineNumber();
                String name = value(row, header, "name");
                if (name == null) {
                    throw new InvalidInputException("--input", "refusal.screening.emptyName", String.valueOf(line));
                }
                String id = value(row, header, "id");
                names.add(new NameToScreen(id == null ? String.valueOf(row.getRecordNumber()) : id, name,
                        type(value(row, header, "type"), line), value(row, header, "birth_date"),
                        value(row, header, "nationality")));
            }
            if (names.isEmpty()) {
                throw new InvalidInputException("--input", "refusal.screening.noNames", input);
            }
            return names;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("--input", "refusal.screening.notUtf8", input);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InvalidInputException("--input", "refusal.screening.notUtf8", input);
            }
            throw new InvalidInputException("--input", "refusal.screening.badCsv", e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("--input", "refusal.screening.badCsv", e.getMessage());
        }
    }

    private static int write(Path output, List<ScreeningManagement.Screened> results) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".tandem-hits-", ".csv");
        int rows = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(OUTPUT_COLUMNS.toArray(String[]::new))
                     .get().print(writer)) {
            for (ScreeningManagement.Screened result : results) {
                int rank = 0;
                for (Hit hit : result.hits()) {
                    printer.printRecord(result.id(), ++rank, hit.source().name().toLowerCase(Locale.ROOT),
                            hit.reference(), hit.matchedName(), String.format(Locale.ROOT, "%.3f", hit.score()),
                            hit.explanation().toString());
                    rows++;
                }
            }
        }
        // written whole or not at all: a reader never sees half a file
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    private static String value(CSVRecord row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static EntryType type(String type, long line) {
        if (type == null) {
            return null;
        }
        try {
            return EntryType.valueOf(type.toUpperCase(Locale.ROOT).replace("ORGANIZATION", "ORGANISATION"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--input", "refusal.screening.badType", String.valueOf(line), type);
        }
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!List.of("--input", "--output", "--lists", "--threshold").contains(key)) {
                throw new InvalidInputException(arg, "refusal.cli.notAnOption", "screen");
            }
            if (arg.contains("=")) {
                options.put(key, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size()) {
                options.put(key, args.get(++i));
            } else {
                throw new InvalidInputException(key, "refusal.cli.needsValue");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(key, "refusal.cli.required", "screen");
        }
        return value;
    }

    private static Set<ListSource> lists(String value) {
        if (value == null) {
            return EnumSet.allOf(ListSource.class);
        }
        Set<ListSource> lists = EnumSet.noneOf(ListSource.class);
        for (String part : value.split(",")) {
            try {
                lists.add(ListSource.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--lists", "refusal.screening.badList", part);
            }
        }
        return lists;
    }

    private static Double threshold(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--threshold", "refusal.screening.badThreshold", value);
        }
    }
}
