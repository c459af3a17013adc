package dev.tandem.screening.core.match;

import dev.tandem.screening.core.name.NameAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a nationality or country as written ("KP", "Korea, North", "Democratic People's Republic of Korea") to an
 * ISO 3166-1 alpha-2 code: the JDK's ISO codes and English country names, plus {@code country-aliases.tsv}.
 */
final class Countries {

    private static final Countries STANDARD = new Countries();

    private final Map<String, String> codes = new HashMap<>();

    private Countries() {
        for (String code : Locale.getISOCountries()) {
            codes.put(code.toLowerCase(Locale.ROOT), code);
            codes.put(normalise(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        try (InputStream in = Countries.class.getResourceAsStream("country-aliases.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource country-aliases.tsv");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                codes.put(cols[0].strip(), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Countries standard() {
        return STANDARD;
    }

    /** The ISO code, or null if the text names no known country. */
    String code(String text) {
        if (text == null || text.isBlank()) return null;
        return codes.get(normalise(text));
    }

    private static String normalise(String text) {
        return NameAnalyzer.standard().analyse(text).normalised();
    }
}
