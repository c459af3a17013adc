package dev.tandem.screening.core.list;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the OFAC SDN legacy CSV set into a {@link ListVersion} of source {@link ListSource#OFAC}. Given the
 * path of {@code sdn.csv} (required) it also reads {@code add.csv}, {@code alt.csv} and
 * {@code sdn_comments.csv} beside it when they exist (see {@link OfacFileSet}; {@code cons_prim.csv} works
 * the same way). All files are Latin-1 with 12 / 6 / 5 / 2 columns; {@code -0-} is null.
 *
 * <p>Each sdn row becomes one entry, reference = ent_num, name as written ("LAST, First"; the matcher
 * reorders). Type from SDN_Type: individual → person, null → organisation, vessel, aircraft. Programs split
 * from {@code DPRK3] [NPWMD}. alt.csv rows become aliases (aka, fka, nka → strong; weak aka → weak);
 * sdn_comments rows are appended to the remarks they continue. Dates of birth and nationalities are read from
 * the remarks ({@link OfacRemarks}); a vessel's flag counts as its nationality; IMO numbers come from the
 * remarks and vessel columns. add.csv is checked and hashed, but addresses are not carried (ListEntry has no
 * place for them). {@code sha256} is over sdn, add, alt and comments bytes in that order; the legacy set has
 * no publication date, so {@code generatedAt} is null. The size limit applies to the whole set.
 */
public final class OfacSdnCsvParser implements ListParser {

    private static final Pattern ENT_NUM = Pattern.compile("\\d{1,10}");
    private static final Pattern PROGRAM_SEPARATOR = Pattern.compile("\\]\\s*\\[");
    private static final Pattern DOTS_AND_SPACES = Pattern.compile("[.\\s]");

    private final BoundedFileReader reader;

    public OfacSdnCsvParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest total size of the file set accepted, in bytes */
    public OfacSdnCsvParser(long maxBytes) {
        this.reader = new BoundedFileReader(maxBytes);
    }

    @Override
    public ListVersion parse(Path sdnCsv) throws ListFormatException {
        OfacFileSet files = OfacFileSet.beside(sdnCsv);
        byte[] sdn = reader.read(files.primary());
        byte[] add = readOptional(files.addresses(), sdn.length);
        byte[] alt = readOptional(files.aliases(), sdn.length + add.length);
        byte[] comments = readOptional(files.comments(), sdn.length + add.length + alt.length);

        var refusal = ContentSniffer.refusal(sdn, ContentSniffer.Kind.TEXT, "the OFAC sdn.csv (Latin-1 CSV)");
        if (refusal.isPresent()) throw ListFormatException.inFile(sdnCsv, refusal.get());
        Map<String, Draft> drafts = primaryRows(sdnCsv, sdn);
        addressRows(files.addresses(), add, drafts);
        aliasRows(files.aliases(), alt, drafts);
        commentRows(files.comments(), comments, drafts);

        UniqueEntries entries = new UniqueEntries(sdnCsv);
        for (Draft draft : drafts.values()) entries.add(draft.toEntry(), draft.line);
        String sha256 = new Sha256().add(sdn).add(add).add(alt).add(comments).hex();
        return new ListVersion(ListSource.OFAC, null, sha256, entries.toList());
    }

    private byte[] readOptional(Path file, long alreadyRead) throws ListFormatException {
        return Files.exists(file) ? reader.read(file, alreadyRead) : new byte[0];
    }

    private static Map<String, Draft> primaryRows(Path file, byte[] bytes) throws ListFormatException {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (OfacCsvRows.Row row : OfacCsvRows.read(file, bytes, 12)) {
            String entNum = entNum(file, row);
            String name = row.value(1);
            if (name == null) throw ListFormatException.atLine(file, row.line(), "SDN_Name", "no name for ent_num " + entNum);
            Draft draft = new Draft(entNum, row.line(), type(file, row), name);
            draft.programs(row.value(3));
            draft.remarks.append(row.cells().get(11).strip().equals("-0-") ? "" : row.cells().get(11));
            for (int column = 4; column <= 10; column++) ImoNumbers.collect(row.value(column), draft.imoNumbers);
            if (draft.type == EntryType.VESSEL && row.value(9) != null) draft.flag = row.value(9);
            Draft earlier = drafts.putIfAbsent(entNum, draft);
            if (earlier != null) {
                throw ListFormatException.atLine(file, row.line(), "ent_num",
                        "duplicate reference '" + entNum + "' (first seen on line " + earlier.line + ")");
            }
        }
        return drafts;
    }

    private static void addressRows(Path file, byte[] bytes, Map<String, Draft> drafts) throws ListFormatException {
        for (OfacCsvRows.Row row : OfacCsvRows.read(file, bytes, 6)) owner(file, row, drafts);
    }

    private static void aliasRows(Path file, byte[] bytes, Map<String, Draft> drafts) throws ListFormatException {
        for (OfacCsvRows.Row row : OfacCsvRows.read(file, bytes, 5)) {
            Draft owner = owner(file, row, drafts);
            String name = row.value(3);
            if (name != null) owner.aliases.add(new Alias(Text.clean(name), aliasQuality(file, row)));
        }
    }

    private static void commentRows(Path file, byte[] bytes, Map<String, Draft> drafts) throws ListFormatException {
        for (OfacCsvRows.Row row : OfacCsvRows.read(file, bytes, 2)) {
            String text = row.cells().get(1);
            if (!text.strip().equals("-0-")) owner(file, row, drafts).remarks.append(text);
        }
    }

    private static Draft owner(Path file, OfacCsvRows.Row row, Map<String, Draft> drafts) throws ListFormatException {
        String entNum = entNum(file, row);
        Draft owner = drafts.get(entNum);
        if (owner == null) throw ListFormatException.atLine(file, row.line(), "ent_num", "ent_num " + entNum + " is not in the sdn file");
        return owner;
    }

    private static String entNum(Path file, OfacCsvRows.Row row) throws ListFormatException {
        String entNum = row.value(0);
        if (entNum == null || !ENT_NUM.matcher(entNum).matches()) {
            throw ListFormatException.atLine(file, row.line(), "ent_num", "not a number: '" + row.cells().get(0) + "'");
        }
        return entNum;
    }

    private static EntryType type(Path file, OfacCsvRows.Row row) throws ListFormatException {
        String written = row.value(2);
        if (written == null) return EntryType.ORGANISATION;
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntryType.PERSON;
            case "vessel" -> EntryType.VESSEL;
            case "aircraft" -> EntryType.AIRCRAFT;
            case "entity" -> EntryType.ORGANISATION;
            default -> throw ListFormatException.atLine(file, row.line(), "SDN_Type", "unknown type '" + written + "'");
        };
    }

    private static Alias.Quality aliasQuality(Path file, OfacCsvRows.Row row) throws ListFormatException {
        String type = row.value(2) == null ? "" : DOTS_AND_SPACES.matcher(row.value(2).toLowerCase(Locale.ROOT)).replaceAll("");
        String remarks = row.value(4) == null ? "" : row.value(4).toLowerCase(Locale.ROOT);
        if (type.contains("weak") || remarks.contains("weak")) return Alias.Quality.WEAK;
        if (type.equals("aka") || type.equals("fka") || type.equals("nka")) return Alias.Quality.STRONG;
        throw ListFormatException.atLine(file, row.line(), "alt_type", "unknown alias type '" + row.cells().get(2) + "'");
    }

    /** One SDN entry while its rows from the four files are gathered. */
    private static final class Draft {
        private final String reference;
        private final long line;
        private final EntryType type;
        private final String name;
        private final List<String> programs = new ArrayList<>();
        private final Set<Alias> aliases = new LinkedHashSet<>();
        private final Set<String> imoNumbers = new LinkedHashSet<>();
        private final StringBuilder remarks = new StringBuilder();
        private String flag;

        private Draft(String reference, long line, EntryType type, String name) {
            this.reference = reference;
            this.line = line;
            this.type = type;
            this.name = Text.clean(name);
        }

        private void programs(String written) {
            if (written == null) return;
            for (String program : PROGRAM_SEPARATOR.split(written)) {
                String clean = program.replace("[", "").replace("]", "").strip();
                if (!clean.isEmpty() && !programs.contains(clean)) programs.add(clean);
            }
        }

        private ListEntry toEntry() {
            String text = Text.clean(remarks.toString());
            Set<String> birthDates = new LinkedHashSet<>();
            Set<String> nationalities = new LinkedHashSet<>();
            OfacRemarks.birthDates(text, birthDates);
            OfacRemarks.nationalities(text, nationalities);
            if (flag != null) nationalities.add(flag);
            ImoNumbers.collect(text, imoNumbers);
            return new ListEntry(reference, type, name, List.copyOf(aliases), programs, List.copyOf(birthDates),
                    List.copyOf(nationalities), List.copyOf(imoNumbers), text);
        }
    }
}
