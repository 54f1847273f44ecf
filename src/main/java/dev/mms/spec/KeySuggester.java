package dev.mms.spec;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid key a user most likely meant when they typed an unknown one. */
public final class KeySuggester {

    private final List<String> candidates;

    public KeySuggester(List<String> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /**
     * In order: the same key ignoring case, '_' and '-' ({@code source_id} → sourceId); a key that starts with or
     * contains the typed one ({@code srcDb} → srcDbName, shortest first); a key sharing a long start with it
     * ({@code enableVerify} → enableVerification); the closest by edit distance when the
     * distance is small for the key's length ({@code tableWhitlist} → tableWhiteList).
     */
    public Optional<String> suggest(String typed) {
        String wanted = normalize(typed);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : candidates) {
            if (normalize(candidate).equals(wanted)) {
                return Optional.of(candidate);
            }
        }
        if (wanted.length() >= 3) {
            Optional<String> containing = candidates.stream()
                    .filter(c -> normalize(c).contains(wanted))
                    .min(Comparator.comparingInt((String c) -> normalize(c).startsWith(wanted) ? 0 : 1)
                            .thenComparingInt(String::length));
            if (containing.isPresent()) {
                return containing;
            }
        }
        int longestShared = candidates.stream().mapToInt(c -> sharedPrefix(normalize(c), wanted)).max().orElse(0);
        if (longestShared >= Math.max(4, (wanted.length() + 1) / 2)) {
            return candidates.stream().filter(c -> sharedPrefix(normalize(c), wanted) == longestShared).findFirst();
        }
        int allowed = Math.max(2, wanted.length() / 3);
        return candidates.stream()
                .filter(c -> distance(normalize(c), wanted) <= allowed)
                .min(Comparator.comparingInt(c -> distance(normalize(c), wanted)));
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
