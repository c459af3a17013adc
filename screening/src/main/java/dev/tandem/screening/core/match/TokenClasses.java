package dev.tandem.screening.core.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Titles, particles, stop words, country words and the prior weights of common tokens, from
 * {@code token-classes.tsv}. Immutable and thread-safe.
 */
final class TokenClasses {

    enum Kind { TITLE, PARTICLE, STOPWORD, COUNTRY, COMMON }

    private static final TokenClasses STANDARD = load("token-classes.tsv");

    private final Map<String, Set<Kind>> kinds;
    private final Map<String, Double> priorWeights;

    private TokenClasses(Map<String, Set<Kind>> kinds, Map<String, Double> priorWeights) {
        this.kinds = Map.copyOf(kinds);
        this.priorWeights = Map.copyOf(priorWeights);
    }

    static TokenClasses standard() {
        return STANDARD;
    }

    /** The role of a token that is not a legal form. */
    TokenRole role(String token, boolean organisation) {
        Set<Kind> k = kinds.get(token);
        if (k == null) return TokenRole.NAME;
        if (organisation) {
            if (k.contains(Kind.STOPWORD)) return TokenRole.STOPWORD;
            if (k.contains(Kind.PARTICLE)) return TokenRole.PARTICLE;
            if (k.contains(Kind.COUNTRY)) return TokenRole.COUNTRY;
            return TokenRole.NAME;
        }
        if (k.contains(Kind.TITLE)) return TokenRole.TITLE;
        if (k.contains(Kind.PARTICLE) || k.contains(Kind.STOPWORD)) return TokenRole.PARTICLE;
        return TokenRole.NAME;
    }

    /** The prior weight of a name token: below 1 for common given names, family names and organisation words. */
    double priorWeight(String token) {
        return priorWeights.getOrDefault(token, 1.0);
    }

    private static TokenClasses load(String resource) {
        Map<String, Set<Kind>> kinds = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        try (InputStream in = TokenClasses.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                Kind kind = Kind.valueOf(cols[1].strip());
                kinds.computeIfAbsent(cols[0].strip(), t -> EnumSet.noneOf(Kind.class)).add(kind);
                if (kind == Kind.COMMON) weights.put(cols[0].strip(), Double.parseDouble(cols[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TokenClasses(kinds, weights);
    }
}
