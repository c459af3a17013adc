package dev.tandem.screening.core.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes English numbers one way, so that "Brigade Forty-Four" and "Brigade 44", "First International Bank" and
 * "1st International Bank" compare equal: cardinal number words of {@code number-words.tsv} become digits
 * ("forty four" → "44", "three" → "3"), digit ordinals up to ten become words ("1st" → "first", "3rd" → "third";
 * ordinal words stay words, so initials such as "SEC" for "Second Economic Committee" survive), and larger digit
 * ordinals lose their suffix ("22nd" → "22"). Works on lower-case text whose words are separated by single spaces,
 * so it runs after the other steps.
 * <p>
 * Leaves every other word unchanged, including ordinal words, Roman numerals and number words of other languages.
 */
public final class NumberWordFolding implements NameStep {

    private static final NumberWordFolding STANDARD = new NumberWordFolding();

    private final Map<String, int[]> words = new HashMap<>();
    private final Map<Integer, String> ordinals = new HashMap<>();

    public NumberWordFolding() {
        try (InputStream in = NumberWordFolding.class.getResourceAsStream("number-words.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource number-words.tsv");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                String kind = cols[2].strip();
                int value = Integer.parseInt(cols[1].strip());
                if (kind.equals("ORDINAL")) ordinals.put(value, cols[0].strip());
                else words.put(cols[0].strip(), new int[]{value, kind.equals("UNIT") ? 0 : kind.equals("TEEN") ? 1 : 2});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NumberWordFolding standard() {
        return STANDARD;
    }

    @Override
    public String apply(String name) {
        if (name.isEmpty()) return name;
        String[] tokens = name.split(" ");
        StringBuilder out = new StringBuilder(name.length());
        boolean changed = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String replacement = ordinalDigits(token);
            int[] number = words.get(token);
            if (number != null) {
                int value = number[0];
                int[] next = i + 1 < tokens.length ? words.get(tokens[i + 1]) : null;
                if (number[1] == 2 && next != null && next[1] == 0 && next[0] > 0) {
                    value += next[0];
                    i++;
                }
                replacement = String.valueOf(value);
            }
            if (out.length() > 0) out.append(' ');
            out.append(replacement != null ? replacement : token);
            changed |= replacement != null;
        }
        return changed ? out.toString() : name;
    }

    /** "1st" → "first", "22nd" → "22"; null for anything else. */
    private String ordinalDigits(String token) {
        int n = token.length();
        if (n < 3 || !Character.isDigit(token.charAt(0))) return null;
        String suffix = token.substring(n - 2);
        String digits = token.substring(0, n - 2);
        if (!digits.chars().allMatch(Character::isDigit)) return null;
        if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) return null;
        return digits.length() <= 2 ? ordinals.getOrDefault(Integer.parseInt(digits), digits) : digits;
    }
}
