package org.corroborate.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.corroborate.eval.XrefEvalTest.Expected;
import org.corroborate.eval.XrefEvalTest.Predicted;

/** Precision and recall of flags per kind and overall; each prediction matches at most one expectation. */
record XrefScores(List<Predicted> predictedFlags, List<Expected> expectedFlags, Set<Predicted> matchedPredicted,
                  Set<Expected> matchedExpected) {

    static XrefScores of(List<Predicted> predicted, List<Expected> expected) {
        Set<Predicted> usedP = new HashSet<>();
        Set<Expected> usedE = new HashSet<>();
        for (Expected e : expected) {
            predicted.stream()
                    .filter(p -> !usedP.contains(p) && p.article().equals(e.article()) && p.kind().equals(e.kind())
                            && overlap(p, e) > 0)
                    .max(java.util.Comparator.comparingInt(p -> overlap(p, e)))
                    .ifPresent(p -> {
                        usedP.add(p);
                        usedE.add(e);
                    });
        }
        return new XrefScores(predicted, expected, usedP, usedE);
    }

    /** Characters the flagged claim's span shares with the expected evidence: the closest claim wins when several overlap. */
    private static int overlap(Predicted p, Expected e) {
        return Math.min(p.end(), e.end()) - Math.max(p.start(), e.start());
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>(XrefEvalTest.KINDS);
        keys.add("overall");
        return keys;
    }

    int expected(String key) {
        return (int) expectedFlags.stream().filter(e -> is(key, e.kind())).count();
    }

    int predicted(String key) {
        return (int) predictedFlags.stream().filter(p -> is(key, p.kind())).count();
    }

    int matched(String key) {
        return (int) matchedExpected.stream().filter(e -> is(key, e.kind())).count();
    }

    double precision(String key) {
        return predicted(key) == 0 ? 1.0 : (double) matched(key) / predicted(key);
    }

    double recall(String key) {
        return expected(key) == 0 ? 1.0 : (double) matched(key) / expected(key);
    }

    List<Expected> missed() {
        return expectedFlags.stream().filter(e -> !matchedExpected.contains(e)).toList();
    }

    List<Predicted> spurious() {
        return predictedFlags.stream().filter(p -> !matchedPredicted.contains(p)).toList();
    }

    private static boolean is(String key, String kind) {
        return key.equals("overall") || key.equals(kind);
    }
}
