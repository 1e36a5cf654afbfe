package org.corroborate.eval;

import java.util.Map;
import java.util.TreeMap;

/** True positives, false positives and false negatives per claim type, and the rates. */
final class Scores {
    private final Map<String, int[]> byType = new TreeMap<>();

    void add(String type, int truePositives, int falsePositives, int falseNegatives) {
        int[] s = byType.computeIfAbsent(type, t -> new int[3]);
        s[0] += truePositives;
        s[1] += falsePositives;
        s[2] += falseNegatives;
    }

    /** Adds every figure of {@code other} to this one's. */
    void addAll(Scores other) {
        other.byType.forEach((type, s) -> add(type, s[0], s[1], s[2]));
    }

    double precision(String type) {
        int[] s = byType.getOrDefault(type, new int[3]);
        return s[0] + s[1] == 0 ? 1.0 : (double) s[0] / (s[0] + s[1]);
    }

    double recall(String type) {
        int[] s = byType.getOrDefault(type, new int[3]);
        return s[0] + s[2] == 0 ? 1.0 : (double) s[0] / (s[0] + s[2]);
    }

    String table(String title) {
        StringBuilder out = new StringBuilder("| " + title + " | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|\n");
        byType.forEach((type, s) -> out.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f |%n",
                type, s[0], s[1], s[2], precision(type), recall(type))));
        return out.toString();
    }
}
