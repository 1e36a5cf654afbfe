package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rules may match where: rules are tried only at the start of a word they may begin with
 * (or of a run of digits), so the text is read once, a hash lookup per word, and each rule runs
 * only where it has a chance. This keeps the date pass linear and fast on long texts.
 */
final class RuleIndex {
    /** Arabic conjunctions and prepositions written onto a word (والخميس، بالأمس): up to two are tried off. */
    private static final int MAX_CLITIC = 2;
    private static final int[] NONE = new int[0];

    private final Map<String, int[]> byWord;
    private final int[] digitRules;

    RuleIndex(List<CompiledRule> rules) {
        Map<String, List<Integer>> words = new HashMap<>();
        List<Integer> digits = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String word : rules.get(r).startWords()) {
                words.computeIfAbsent(word, w -> new ArrayList<>()).add(r);
            }
            if (rules.get(r).startsWithDigits()) {
                digits.add(r);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        words.forEach((word, list) -> index.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byWord = Map.copyOf(index);
        this.digitRules = digits.stream().mapToInt(Integer::intValue).toArray();
    }

    int[] digitRules() {
        return digitRules;
    }

    /** The rules that may begin with the word {@code s[from, to)}, as written or without a clitic. */
    int[] forWord(String s, int from, int to) {
        String word = s.substring(from, to).toLowerCase(Locale.ROOT);
        int[] found = byWord.get(word);
        for (int k = 1; k <= MAX_CLITIC && word.length() - k >= 2; k++) {
            int[] stripped = byWord.get(word.substring(k));
            if (stripped != null) {
                found = found == null ? stripped : union(found, stripped);
            }
        }
        return found == null ? NONE : found;
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                .distinct().toArray();
    }
}
