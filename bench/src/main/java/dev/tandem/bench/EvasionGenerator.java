package dev.tandem.bench;

import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.name.korean.HanjaReadings;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates the labelled evasion set: names of the Korean variant set ({@code korean-variants.csv}) disguised the ways
 * a screening can be dodged, written as CSV with the same columns ({@code query,expected_reference,type,kind,label,
 * derived_from}). Deterministic: the same variant set and tables give the same file.
 * Run: {@code java -cp ... dev.tandem.bench.EvasionGenerator [output.csv]}.
 * <p>
 * Positives, from each DPRK entry's listed name (persons and entities): {@code zero_width} (a zero-width space after
 * the first letter of every word, "R\u200Bi Y\u200Bong M\u200Bu"), {@code invisible_mix} (three of: zero-width
 * non-joiner and joiner, word joiner, soft hyphen, byte-order mark, LRM, RLM, variation selector, combining grapheme
 * joiner, a tag character, at random places), {@code bidi_controls} (the name inside an embedding or isolate),
 * {@code cyrillic} and {@code greek} (one to three letters replaced by look-alikes of that script),
 * {@code all_look_alikes} (every letter that has a Cyrillic or Greek look-alike replaced), {@code full_width},
 * {@code math_bold}, {@code unicode_spaces} (each space replaced by one or two no-break, ideographic, en, em, thin or
 * figure spaces), {@code letter_spaced} ("R i Y o n g M u"), {@code joined_caps} ("RIYONGMU", persons only) and
 * {@code combined} (zero-width spaces, a Cyrillic look-alike and full-width letters in one name). From the Hangul
 * form of each Korean person (kind hangul_north of the variant set): {@code hanja} (each syllable written with a Hanja
 * whose first Korean reading it is; for family names the customary Hanja, 김 金, 리 李, 최 崔 ...; a plausible spelling,
 * not the person's verified Hanja) and {@code hangul_zero_width} (zero-width spaces between the syllables).
 * <p>
 * Hard negatives: every negative of the variant set disguised by one evasion chosen at random among zero-width,
 * Cyrillic, Greek, full-width and unicode spaces, kind {@code neg_disguised}: they must still hit nothing.
 */
public final class EvasionGenerator {

    static final Path DEFAULT_OUTPUT = Paths.get("bench/src/main/resources/dev/tandem/bench/evasion-variants.csv");
    private static final long SEED = 20261125L;
    private static final String[] INVISIBLES = {"\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF", "\u200E", "\u200F",
            "\uFE0F", "\u034F", "\uDB40\uDC20"};
    private static final String[] SPACES = {"\u00A0", "\u3000", "\u2002", "\u2003", "\u2009", "\u2007"};
    private static final Map<String, String> SURNAME_HANJA = surnameHanja();

    private final Map<Character, List<String>> cyrillic = new TreeMap<>();
    private final Map<Character, List<String>> greek = new TreeMap<>();
    private final Map<Character, String> hanjaOfSyllable = new HashMap<>();

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Paths.get(args[0]) : DEFAULT_OUTPUT;
        List<KoreanVariant> rows = new EvasionGenerator().generate(readVariants());
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                     .setHeader("query", "expected_reference", "type", "kind", "label", "derived_from").get())) {
            for (KoreanVariant r : rows) {
                csv.printRecord(r.query(), r.expectedReference(), r.type(), r.kind(), r.match() ? "match" : "no_match",
                        r.derivedFrom());
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (KoreanVariant row : rows) counts.computeIfAbsent(row.kind(), k -> new int[1])[0]++;
        System.out.println("wrote " + rows.size() + " rows to " + output);
        counts.forEach((kind, n) -> System.out.println("  " + kind + " " + n[0]));
    }

    EvasionGenerator() throws IOException {
        loadLookAlikes();
        loadHanja();
    }

    static List<CSVRecord> readVariants() throws IOException {
        try (Reader in = new InputStreamReader(EvasionGenerator.class.getResourceAsStream("korean-variants.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    List<KoreanVariant> generate(List<CSVRecord> variants) {
        Map<String, CSVRecord> listed = new LinkedHashMap<>();
        Map<String, CSVRecord> hangul = new LinkedHashMap<>();
        List<CSVRecord> negatives = new ArrayList<>();
        for (CSVRecord r : variants) {
            if (r.get("label").equals("match")) {
                listed.putIfAbsent(r.get("expected_reference"), r);
                if (r.get("kind").equals("hangul_north")) hangul.putIfAbsent(r.get("expected_reference"), r);
            } else {
                negatives.add(r);
            }
        }
        List<KoreanVariant> rows = new ArrayList<>();
        int index = 0;
        for (CSVRecord r : listed.values()) {
            Random random = new Random(SEED + index++);
            String name = r.get("derived_from");
            String ref = r.get("expected_reference");
            EntryType type = EntryType.valueOf(r.get("type"));
            add(rows, zeroWidth(name), ref, type, "zero_width", name);
            add(rows, invisibles(name, random), ref, type, "invisible_mix", name);
            add(rows, random.nextBoolean() ? "\u202B" + name + "\u202C" : "\u2067" + name + "\u2069", ref, type, "bidi_controls", name);
            add(rows, lookAlikes(name, cyrillic, 1 + random.nextInt(3), random), ref, type, "cyrillic", name);
            add(rows, lookAlikes(name, greek, 1 + random.nextInt(3), random), ref, type, "greek", name);
            add(rows, allLookAlikes(name, random), ref, type, "all_look_alikes", name);
            add(rows, fullWidth(name), ref, type, "full_width", name);
            add(rows, mathBold(name), ref, type, "math_bold", name);
            add(rows, unicodeSpaces(name, random), ref, type, "unicode_spaces", name);
            add(rows, letterSpaced(title(name)), ref, type, "letter_spaced", name);
            if (type == EntryType.PERSON) add(rows, name.replaceAll("[\\s-]+", "").toUpperCase(), ref, type, "joined_caps", name);
            add(rows, combined(name, random), ref, type, "combined", name);
        }
        for (CSVRecord r : hangul.values()) {
            String name = r.get("query");
            String hanja = hanja(name);
            if (hanja != null) add(rows, hanja, r.get("expected_reference"), EntryType.PERSON, "hanja", name);
            add(rows, String.join("\u200B", name.split("")), r.get("expected_reference"), EntryType.PERSON, "hangul_zero_width", name);
        }
        for (CSVRecord r : negatives) {
            Random random = new Random(SEED + index++);
            String name = r.get("query");
            String disguised;
            switch (random.nextInt(5)) {
                case 0: disguised = zeroWidth(name); break;
                case 1: disguised = lookAlikes(name, cyrillic, 1 + random.nextInt(3), random); break;
                case 2: disguised = lookAlikes(name, greek, 1 + random.nextInt(3), random); break;
                case 3: disguised = fullWidth(name); break;
                default: disguised = unicodeSpaces(name, random);
            }
            rows.add(new KoreanVariant(disguised, "", EntryType.valueOf(r.get("type")), "neg_disguised", false, name));
        }
        return rows;
    }

    private static void add(List<KoreanVariant> rows, String query, String ref, EntryType type, String kind, String from) {
        if (query != null && !query.equals(from)) rows.add(new KoreanVariant(query, ref, type, kind, true, from));
    }

    static String zeroWidth(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            out.append(name.charAt(i));
            boolean wordStart = Character.isLetter(name.charAt(i)) && (i == 0 || !Character.isLetter(name.charAt(i - 1)));
            if (wordStart && i + 1 < name.length() && Character.isLetter(name.charAt(i + 1))) out.append('\u200B');
        }
        return out.toString();
    }

    private static String invisibles(String name, Random random) {
        StringBuilder out = new StringBuilder(name);
        for (int k = 0; k < 3; k++) {
            int at = 1 + random.nextInt(Math.max(1, out.length() - 1));
            while (at < out.length() && Character.isLowSurrogate(out.charAt(at))) at++;
            out.insert(at, INVISIBLES[random.nextInt(INVISIBLES.length)]);
        }
        return out.toString();
    }

    private static String lookAlikes(String name, Map<Character, List<String>> table, int count, Random random) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) if (table.containsKey(name.charAt(i))) places.add(i);
        if (places.isEmpty()) return null;
        StringBuilder out = new StringBuilder(name);
        for (int k = 0; k < count && !places.isEmpty(); k++) {
            int at = places.remove(random.nextInt(places.size()));
            List<String> options = table.get(name.charAt(at));
            out.replace(at, at + 1, options.get(random.nextInt(options.size())));
        }
        return out.toString();
    }

    private String allLookAlikes(String name, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            List<String> options = new ArrayList<>(cyrillic.getOrDefault(c, List.of()));
            options.addAll(greek.getOrDefault(c, List.of()));
            out.append(options.isEmpty() ? String.valueOf(c) : options.get(random.nextInt(options.size())));
        }
        return out.toString();
    }

    static String fullWidth(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) out.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        return out.toString();
    }

    static String mathBold(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c >= 'A' && c <= 'Z') out.appendCodePoint(0x1D400 + c - 'A');
            else if (c >= 'a' && c <= 'z') out.appendCodePoint(0x1D41A + c - 'a');
            else out.append(c);
        }
        return out.toString();
    }

    private static String unicodeSpaces(String name, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c != ' ') {
                out.append(c);
                continue;
            }
            int n = 1 + random.nextInt(2);
            for (int k = 0; k < n; k++) out.append(SPACES[random.nextInt(SPACES.length)]);
        }
        return out.toString().equals(name) ? name + SPACES[0] : out.toString();
    }

    /** "Ri Yong-Mu" → "R i Y o n g M u"; words without letters ("39") stay whole. */
    static String letterSpaced(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty()) continue;
            if (word.chars().noneMatch(Character::isLetter)) {
                out.append(out.length() > 0 ? " " : "").append(word);
                continue;
            }
            for (char c : word.toCharArray()) {
                if (!Character.isLetter(c)) continue;
                if (out.length() > 0) out.append(' ');
                out.append(c);
            }
        }
        return out.toString();
    }

    private String combined(String name, Random random) {
        String disguised = lookAlikes(name, cyrillic, 1, random);
        disguised = zeroWidth(disguised == null ? name : disguised);
        int space = disguised.indexOf(' ');
        return space < 0 ? fullWidth(disguised) : fullWidth(disguised.substring(0, space)) + disguised.substring(space);
    }

    /** "RI YONG-MU" → "Ri Yong-Mu": letter-spacing is only readable with the case of a written name. */
    static String title(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean start = i == 0 || name.charAt(i - 1) == ' ' || name.charAt(i - 1) == '-';
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    String hanja(String hangul) {
        StringBuilder out = new StringBuilder();
        String family = null;
        for (int len = Math.min(2, hangul.length() - 1); len >= 1 && family == null; len--) {
            family = SURNAME_HANJA.get(hangul.substring(0, len));
            if (family != null) {
                out.append(family);
                hangul = hangul.substring(len);
            }
        }
        for (char c : hangul.toCharArray()) {
            String h = hanjaOfSyllable.get(c);
            if (h == null) return null;
            out.append(h);
        }
        return family == null ? null : out.toString();
    }

    private void loadLookAlikes() throws IOException {
        for (String line : resourceLines(dev.tandem.screening.core.name.NameAnalyzer.class, "look-alikes.tsv")) {
            String[] cells = line.split("\t");
            if (cells[2].length() != 1 || cells[1].length() != 1) continue;
            Map<Character, List<String>> table = cells[3].equals("Cyrillic") ? cyrillic : cells[3].equals("Greek") ? greek : null;
            if (table != null) table.computeIfAbsent(cells[2].charAt(0), k -> new ArrayList<>()).add(cells[1]);
        }
    }

    /** For each syllable, the lowest code point among the basic Hanja (tag E) whose first and basic reading it is. */
    private void loadHanja() throws IOException {
        HanjaReadings readings = HanjaReadings.standard();
        for (String line : resourceLines(HanjaReadings.class, "hanja-readings.tsv")) {
            String[] cells = line.split("\t");
            int cp = cells[1].codePointAt(0);
            if (!cells[2].contains("E") || cp > 0xFFFF || cp >= 0xF900) continue;
            List<String> read = readings.of(cp);
            // the basic (E) reading must be the one the library reads first, so that the row tests the reading itself
            if (read.isEmpty() || !cells[2].contains(read.get(0) + ":0E") && !cells[2].contains(read.get(0) + ":0EN")) continue;
            hanjaOfSyllable.merge(read.get(0).charAt(0), cells[1], (a, b) -> a.codePointAt(0) <= b.codePointAt(0) ? a : b);
        }
    }

    private static List<String> resourceLines(Class<?> owner, String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) if (!line.startsWith("#") && !line.isBlank()) lines.add(line);
        }
        return lines;
    }

    private static Map<String, String> surnameHanja() {
        Map<String, String> m = new HashMap<>();
        String pairs = "김金 리李 박朴 최崔 정鄭 강姜 조趙 윤尹 장張 림林 한韓 오吳 서徐 신申 권權 황黃 안安 송宋 전全 홍洪 류柳 고高 "
                + "문文 량梁 손孫 백白 허許 남南 심沈 로盧 하河 곽郭 성成 차車 주朱 우禹 구具 민閔 라羅 진陳 지池 엄嚴 원元 방方 "
                + "현玄 함咸 태太 명明 석石 계桂 려呂 연延 기奇 위魏 표表 옥玉 마馬 탁卓 추秋 천千 공孔 채蔡 변卞 염廉 동董 왕王 "
                + "편片 승承 도都 룡龍 목睦 부夫 감甘 양楊 용龍 육陸 인印 봉奉 은殷 길吉 여余 소蘇 설薛 나羅 임林 이李 유柳";
        for (String pair : pairs.split(" ")) m.putIfAbsent(pair.substring(0, 1), pair.substring(1));
        return Map.copyOf(m);
    }
}
