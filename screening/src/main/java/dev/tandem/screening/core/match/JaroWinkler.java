package dev.tandem.screening.core.match;

/**
 * Jaro–Winkler similarity (prefix scale 0.1, prefix up to 4 characters), in [0, 1]. Used as the plain baseline in the
 * evaluation; the matcher itself uses edit distance with explicit bounds, which explains better.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) return 1.0;
        int n = a.length(), m = b.length();
        if (n == 0 || m == 0) return 0.0;
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        boolean[] matchedA = new boolean[n];
        boolean[] matchedB = new boolean[m];
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - window), to = Math.min(m - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0;
        for (int i = 0, j = 0; i < n; i++) {
            if (!matchedA[i]) continue;
            while (!matchedB[j]) j++;
            if (a.charAt(i) != b.charAt(j)) transpositions++;
            j++;
        }
        double jaro = ((double) matches / n + (double) matches / m + (matches - transpositions / 2.0) / matches) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(n, m)) && a.charAt(i) == b.charAt(i); i++) prefix++;
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}
