package dev.tandem.screening.core.match;

/**
 * Optimal-string-alignment distance (Levenshtein plus transposition of two adjacent letters), computed only up to a
 * bound so that clearly different tokens are rejected early.
 */
final class EditDistance {

    /** Three rows of the dynamic programme, reused per thread (tokens are short). */
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][]{new int[64], new int[64], new int[64]});

    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b}, or {@code max + 1} if it exceeds {@code max}. */
    static int bounded(CharSequence a, CharSequence b, int max) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        if (n == 0 || m == 0) return Math.max(n, m) <= max ? Math.max(n, m) : max + 1;
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 1) {
            rows = new int[][]{new int[m + 1], new int[m + 1], new int[m + 1]};
            ROWS.set(rows);
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) v = Math.min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= max ? prev[m] : max + 1;
    }
}
