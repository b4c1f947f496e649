package dev.abmbridge.core.condition;

/** Levenshtein distance, for "did you mean" hints on misspelt names. */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * The known name closest to what was written, ignoring case, when it is close enough to be a
     * likely misspelling: at most 2 edits, or 3 for names of 8 or more letters.
     */
    public static java.util.Optional<String> closest(String written, java.util.Collection<String> known) {
        String w = String.valueOf(written).toLowerCase(java.util.Locale.ROOT);
        int limit = w.length() >= 8 ? 3 : 2;
        return known.stream()
                .min(java.util.Comparator.comparingInt(k -> between(k.toLowerCase(java.util.Locale.ROOT), w)))
                .filter(k -> between(k.toLowerCase(java.util.Locale.ROOT), w) <= limit);
    }

    /** "did you mean 'x'? " or nothing. */
    public static String didYouMean(String written, java.util.Collection<String> known) {
        return closest(written, known).map(k -> "did you mean '" + k + "'? ").orElse("");
    }

    public static int between(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
