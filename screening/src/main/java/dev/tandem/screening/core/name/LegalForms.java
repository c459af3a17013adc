package dev.tandem.screening.core.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of organisation legal forms ("Co.", "Ltd", "Joint Stock Company", "GmbH" ...) from
 * {@code legal-forms.tsv}. Immutable and thread-safe.
 */
public final class LegalForms {

    private static final LegalForms STANDARD = load("legal-forms.tsv");

    /** phrase tokens → canonical form; phrases up to {@link #longest} tokens */
    private final Map<List<String>, String> phrases;
    private final int longest;

    private LegalForms(Map<List<String>, String> phrases) {
        this.phrases = Map.copyOf(phrases);
        this.longest = phrases.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    public static LegalForms standard() {
        return STANDARD;
    }

    /**
     * Marks the tokens that belong to a legal-form phrase, longest phrase first.
     *
     * @return for each token, the canonical legal form it belongs to, or null
     */
    public String[] mark(List<String> tokens) {
        String[] marks = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int len = Math.min(longest, tokens.size() - i); len >= 1 && matched == 0; len--) {
                String canonical = phrases.get(tokens.subList(i, i + len));
                if (canonical != null) {
                    Arrays.fill(marks, i, i + len, canonical);
                    matched = len;
                }
            }
            i += Math.max(matched, 1);
        }
        return marks;
    }

    /** The legal forms written as one word ("corporation", "ltd", "aktiengesellschaft"). */
    public java.util.Set<String> singleWords() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (List<String> phrase : phrases.keySet()) if (phrase.size() == 1) out.add(phrase.get(0));
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Whether a raw text such as "Ltd.", "Co., Ltd" or "S.A.R.L." consists of legal forms only. */
    public boolean isOnlyLegalForm(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (plain.isEmpty()) return false;
        List<String> tokens = List.of(plain.split(" "));
        for (String mark : mark(tokens)) if (mark == null) return false;
        return true;
    }

    private static LegalForms load(String resource) {
        Map<List<String>, String> phrases = new HashMap<>();
        try (InputStream in = LegalForms.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 2) throw new IllegalStateException(resource + ": bad line " + line);
                phrases.put(new ArrayList<>(List.of(cols[0].strip().split(" "))), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LegalForms(phrases);
    }
}
