package dev.tandem.bench;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.name.NameAnalyzer;
import dev.tandem.screening.core.name.korean.HangulRomaniser;
import dev.tandem.screening.core.name.korean.InitialSoundRule;
import dev.tandem.screening.core.name.korean.KoreanSurnames;
import dev.tandem.screening.core.name.korean.SyllableInventory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the labelled Korean variant set from the DPRK entries of the UN list (KPi.* persons, KPe.* entities) and
 * writes it as CSV ({@code query,expected_reference,type,kind,label,derived_from}). Deterministic: the same list gives
 * the same file. Run: {@code java -cp ... dev.tandem.bench.KoreanVariantGenerator [output.csv]}.
 * <p>
 * Person kinds: hangul_north, hangul_south (initial-sound rule; only where it changes the name), rr, mr (with
 * apostrophes and breves), mr_plain, customary_surname, western_order, joined_given, hyphenated, typo (one letter in
 * the longest token if it has four or more letters, else in the given name written together if that has four or
 * more; none for shorter names such as "Ryu Jin", where one letter makes another name). Entity kinds: legal_form,
 * country_prefix, acronym (initials of the words, hyphenated parts counting as words), typo. Hard negatives (label
 * no_match, no expected reference): neg_syllable_changed (one given-name syllable replaced by a different one at
 * least two letters away, so that it cannot pass for a typo), neg_swapped (given-name syllables in another order),
 * neg_official (real South Korean officials), neg_entity_word_changed (the distinctive word of an entity name
 * replaced by a Korean place name). Negatives that coincide with any listed DPRK name are dropped.
 */
public final class KoreanVariantGenerator {

    static final Path DEFAULT_OUTPUT = Paths.get("bench/src/main/resources/dev/tandem/bench/korean-variants.csv");
    private static final long SEED = 20261123L;
    private static final Set<String> STOP = Set.of("of", "the", "and", "for");
    private static final List<String> LEGAL = List.of("corporation", "company", "co", "ltd", "limited", "corp", "inc");
    private static final Set<String> GENERIC = Set.of("korea", "korean", "trading", "corporation", "company", "general",
            "bank", "shipping", "development", "international", "technology", "industry", "department", "ministry",
            "committee", "bureau", "office", "academy", "national", "limited", "ltd", "co", "joint", "venture",
            "commercial", "credit", "group", "companies", "overseas", "project", "energy", "atomic", "economic",
            "foreign", "trade", "center", "banking", "insurance", "shpg", "pte", "corp", "finance", "machinery",
            "equipment", "import", "export", "central", "military", "commission", "workers", "party");
    private static final List<String> PLACES = List.of("Hyesan", "Kanggye", "Wonsan", "Chongjin", "Haeju", "Sariwon",
            "Kimchaek", "Hoeryong", "Manpo", "Songrim", "Kusong", "Tokchon", "Kaechon", "Pyongsong", "Sinpo", "Onchon",
            "Ongjin", "Hamhung", "Kilju", "Musan", "Unryul", "Pukchang");

    private final HangulGuess guess = new HangulGuess();
    private final HangulRomaniser romaniser = HangulRomaniser.standard();
    private final SyllableInventory inventory = SyllableInventory.standard();
    private final KoreanSurnames surnames = KoreanSurnames.standard();
    private final List<String> listedPersonNames = new ArrayList<>();
    private final Set<String> listedTokens = new HashSet<>();
    private final List<Character> syllablePool = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Paths.get(args[0]) : DEFAULT_OUTPUT;
        ListVersion un = Lists.un(Lists.UN_XML);
        ListVersion ofac = Lists.ofac(Lists.OFAC_SDN_CSV);
        List<KoreanVariant> rows = new KoreanVariantGenerator().generate(un, ofac);
        write(rows, output);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (KoreanVariant row : rows) counts.computeIfAbsent(row.kind(), k -> new int[1])[0]++;
        System.out.println("wrote " + rows.size() + " rows to " + output);
        counts.forEach((kind, n) -> System.out.println("  " + kind + " " + n[0]));
    }

    static boolean isDprk(ListEntry e) {
        return e.reference().startsWith("KPi.") || e.reference().startsWith("KPe.");
    }

    List<KoreanVariant> generate(ListVersion un, ListVersion ofac) {
        for (ListVersion version : List.of(un, ofac)) {
            for (ListEntry e : version.entries()) {
                for (String name : names(e)) listedTokens.addAll(NameAnalyzer.standard().analyse(name).tokens());
            }
        }
        for (ListEntry e : un.entries()) {
            if (isDprk(e) && e.type() == EntryType.PERSON) listedPersonNames.addAll(names(e));
        }
        loadSyllablePool();
        List<KoreanVariant> rows = new ArrayList<>();
        int index = 0;
        for (ListEntry e : un.entries()) {
            if (!isDprk(e)) continue;
            Random random = new Random(SEED + index++);
            if (e.type() == EntryType.PERSON) person(e, random, rows);
            else entity(e, random, rows);
        }
        officials(rows);
        return rows;
    }

    private void person(ListEntry e, Random random, List<KoreanVariant> rows) {
        String[] parts = e.name().strip().split("\\s+");
        String familyRaw = parts[0];
        List<String> givenRaw = List.of(parts).subList(1, parts.length);
        List<String> pieces = new ArrayList<>();
        for (String token : givenRaw) for (String p : token.split("-")) if (!p.isBlank()) pieces.add(plain(p));
        String family = title(plain(familyRaw));
        String ref = e.reference();
        String listed = e.name();

        // the UN often gives a strict McCune–Reischauer alias ("Ch’oe Ch’un Sik"): it says more about the Hangul
        String[] source = parts;
        for (Alias alias : e.aliases()) {
            String a = alias.name();
            if ((a.indexOf('\'') >= 0 || a.indexOf('’') >= 0) && plain(a).equals(plain(e.name()))) {
                source = a.strip().split("\\s+");
            }
        }
        boolean strictMr = String.join(" ", source).matches(".*['’].*");
        String familyHangul = guess.family(source[0], strictMr);
        String givenHangul = guess.given(List.of(source).subList(1, source.length), strictMr);
        if (familyHangul != null && givenHangul != null) {
            String north = familyHangul + givenHangul;
            String south = InitialSoundRule.applyToWord(familyHangul) + InitialSoundRule.applyToWord(givenHangul);
            add(rows, north, ref, EntryType.PERSON, "hangul_north", listed);
            if (!south.equals(north)) add(rows, south, ref, EntryType.PERSON, "hangul_south", listed);
            add(rows, romaniser.revised(south), ref, EntryType.PERSON, "rr", listed);
            add(rows, romaniser.mccuneReischauer(north, true), ref, EntryType.PERSON, "mr", listed);
            add(rows, romaniser.mccuneReischauer(north, false), ref, EntryType.PERSON, "mr_plain", listed);
        }
        String alternative = alternativeSurname(familyRaw);
        if (alternative != null) add(rows, alternative + " " + spaced(pieces), ref, EntryType.PERSON, "customary_surname", listed);
        add(rows, spaced(pieces) + " " + family, ref, EntryType.PERSON, "western_order", listed);
        if (pieces.size() >= 2) {
            add(rows, family + " " + title(String.join("", pieces)), ref, EntryType.PERSON, "joined_given", listed);
            add(rows, family + " " + title(String.join("-", pieces)), ref, EntryType.PERSON, "hyphenated", listed);
        }
        String typo = personTypo(family, pieces, random);
        if (typo != null) add(rows, typo, ref, EntryType.PERSON, "typo", listed);

        String changed = syllableChanged(family, pieces, random);
        if (changed != null) add(rows, changed, "", EntryType.PERSON, "neg_syllable_changed", listed);
        if (pieces.size() >= 2 && !equivalent(pieces.get(0), pieces.get(pieces.size() - 1))) {
            List<String> swapped = new ArrayList<>(pieces);
            Collections.swap(swapped, 0, swapped.size() - 1);
            String query = family + " " + spaced(swapped);
            if (!coincidesWithListed(query)) add(rows, query, "", EntryType.PERSON, "neg_swapped", listed);
        }
    }

    private void entity(ListEntry e, Random random, List<KoreanVariant> rows) {
        String name = e.name().replaceAll("\\s*\\([^)]*\\)", "").strip();
        List<String> tokens = new ArrayList<>(List.of(name.split("\\s+")));
        String ref = e.reference();
        String last = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT).replace(".", "");
        List<String> body = new ArrayList<>(tokens);
        String legal;
        if (LEGAL.contains(last)) {
            body.remove(body.size() - 1);
            legal = Map.of("corporation", "Corp.", "company", "Co., Ltd.", "co", "Company", "ltd", "Limited",
                    "limited", "Ltd", "corp", "Corporation", "inc", "Incorporated").get(last);
        } else {
            legal = "Co., Ltd";
        }
        add(rows, String.join(" ", body) + " " + legal, ref, EntryType.ORGANISATION, "legal_form", name);
        String first = tokens.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("korea") || first.equals("korean")) {
            String prefix = random.nextBoolean() ? "DPRK" : "Choson";
            add(rows, prefix + " " + String.join(" ", tokens.subList(1, tokens.size())), ref, EntryType.ORGANISATION,
                    "country_prefix", name);
        } else {
            add(rows, "Korea " + name, ref, EntryType.ORGANISATION, "country_prefix", name);
        }
        StringBuilder acronym = new StringBuilder();
        for (String t : name.split("[\\s-]+")) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (!STOP.contains(lower) && Character.isLetter(t.charAt(0))) acronym.append(Character.toUpperCase(t.charAt(0)));
        }
        if (acronym.length() >= 3 && acronym.length() <= 6) {
            add(rows, acronym.toString(), ref, EntryType.ORGANISATION, "acronym", name);
        }
        int longest = longestToken(tokens, 5);
        if (longest >= 0) {
            List<String> typo = new ArrayList<>(tokens);
            typo.set(longest, Typos.apply(tokens.get(longest), random));
            add(rows, String.join(" ", typo), ref, EntryType.ORGANISATION, "typo", name);
        }
        int distinctive = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String lower = tokens.get(i).toLowerCase(Locale.ROOT);
            if (GENERIC.contains(lower) || STOP.contains(lower) || lower.length() < 4 || !lower.chars().allMatch(Character::isLetter)) continue;
            if (distinctive < 0 || tokens.get(i).length() > tokens.get(distinctive).length()) distinctive = i;
        }
        if (distinctive >= 0) {
            String original = tokens.get(distinctive).toLowerCase(Locale.ROOT);
            List<String> pool = new ArrayList<>(PLACES);
            Collections.shuffle(pool, random);
            for (String place : pool) {
                String lower = place.toLowerCase(Locale.ROOT);
                if (listedTokens.contains(lower) || levenshtein(lower, original) < 3) continue;
                List<String> changed = new ArrayList<>(tokens);
                changed.set(distinctive, place.toUpperCase(Locale.ROOT));
                add(rows, String.join(" ", changed), "", EntryType.ORGANISATION, "neg_entity_word_changed", name);
                break;
            }
        }
    }

    private void officials(List<KoreanVariant> rows) {
        try (InputStream in = KoreanVariantGenerator.class.getResourceAsStream("south-korean-officials.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) continue;
                if (coincidesWithListed(name)) {
                    System.err.println("dropped official coinciding with a listed name: " + name);
                    continue;
                }
                add(rows, name, "", EntryType.PERSON, "neg_official", "");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another customary spelling of the family name, different from the listed one once normalised. */
    private String alternativeSurname(String familyRaw) {
        String plain = plain(familyRaw);
        for (int id : surnames.ofLatin(plain)) {
            for (String spelling : surnames.spellings(id)) {
                if (!plain(spelling).equals(plain) && spelling.length() > 1) return spelling;
            }
        }
        return null;
    }

    private String personTypo(String family, List<String> pieces, Random random) {
        List<String> tokens = new ArrayList<>();
        tokens.add(family);
        for (String p : pieces) tokens.add(title(p));
        int longest = longestToken(tokens, 4);
        if (longest >= 0) {
            tokens.set(longest, Typos.apply(tokens.get(longest), random));
            return String.join(" ", tokens);
        }
        String joined = title(String.join("", pieces));
        return joined.length() >= 4 ? family + " " + Typos.apply(joined, random) : null;
    }

    /** One given-name syllable replaced by a different one, two or more letters away; null if none qualifies. */
    private String syllableChanged(String family, List<String> pieces, Random random) {
        if (pieces.isEmpty()) return null;
        int position = random.nextInt(pieces.size());
        String original = pieces.get(position);
        List<Character> pool = new ArrayList<>(syllablePool);
        Collections.shuffle(pool, random);
        for (char s : pool) {
            String spelling = plain(romaniser.mccuneReischauer("김" + s, false).substring(4));
            if (SyllableInventory.intersects(inventory.hangul(spelling), inventory.hangul(original))) continue;
            if (levenshtein(spelling, original) < 2) continue;
            List<String> changed = new ArrayList<>(pieces);
            changed.set(position, spelling);
            String query = family + " " + spaced(changed);
            if (levenshtein(String.join("", changed), String.join("", pieces)) < 2 || coincidesWithListed(query)) continue;
            return query;
        }
        return null;
    }

    private boolean coincidesWithListed(String query) {
        String q = String.join("", NameAnalyzer.standard().analyse(query).tokens());
        for (String listed : listedPersonNames) {
            if (KoreanEquality.same(query, listed)) return true;
            String l = String.join("", NameAnalyzer.standard().analyse(listed).tokens());
            if (levenshtein(q, l) <= 1) return true;
        }
        return false;
    }

    private boolean equivalent(String a, String b) {
        return SyllableInventory.intersects(inventory.hangul(a), inventory.hangul(b));
    }

    private void loadSyllablePool() {
        try (InputStream in = HangulGuess.class.getResourceAsStream("given-name-syllables.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String s : line.strip().split("\\s+")) {
                    if (!s.isEmpty() && syllablePool.size() < 80 && !syllablePool.contains(s.charAt(0))) syllablePool.add(s.charAt(0));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(ListEntry e) {
        List<String> out = new ArrayList<>();
        out.add(e.name());
        for (Alias a : e.aliases()) out.add(a.name());
        return out;
    }

    private static int longestToken(List<String> tokens, int minLength) {
        int best = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.length() >= minLength && t.chars().allMatch(Character::isLetter) && (best < 0 || t.length() > tokens.get(best).length())) best = i;
        }
        return best;
    }

    private static void add(List<KoreanVariant> rows, String query, String reference, EntryType type, String kind, String from) {
        rows.add(new KoreanVariant(query, reference, type, kind, !reference.isEmpty(), from));
    }

    static String plain(String raw) {
        return java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static String spaced(List<String> pieces) {
        List<String> out = new ArrayList<>();
        for (String p : pieces) out.add(title(p));
        return String.join(" ", out);
    }

    private static String title(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static void write(List<KoreanVariant> rows, Path output) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                     .setHeader("query", "expected_reference", "type", "kind", "label", "derived_from").get())) {
            for (KoreanVariant row : rows) {
                printer.printRecord(row.query(), row.expectedReference(), row.type(), row.kind(),
                        row.match() ? "match" : "no_match", row.derivedFrom());
            }
        }
    }
}
