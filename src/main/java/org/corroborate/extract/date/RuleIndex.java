package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rules may match where: rules are tried only at the start of a word they may begin with
 * (or of a run of digits), so the text is read once, a hash lookup per word, and each rule runs
 * only where it has a chance. This keeps the date pass linear and fast on long texts.
 *
 * <p>A word of the pattern is not enough: "of" is a word of {@code (?:the )?{day} of {month}} but
 * never begins a match. A rule whose first words are known ({@link CompiledRule#firstPrefixes()})
 * is tried only where the word, or the word after a clitic, begins with one of them.
 */
final class RuleIndex {
    /** Arabic conjunctions and prepositions written onto a word (والخميس، بالأمس): up to two are tried off. */
    private static final int MAX_CLITIC = 2;
    private static final int[] NONE = new int[0];

    private final Map<String, int[]> byWord;
    private final int[] digitRules;
    private final Prefixes firstWords;

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
        this.firstWords = new Prefixes(rules);
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
        return found == null ? NONE : firstWords.keep(found, word);
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                .distinct().toArray();
    }

    /** The rules' first-word prefixes as a tree of letters, each node with the rules a prefix ending there belongs to. */
    private static final class Prefixes {
        private final Node root = new Node();
        /** Rules that may begin with any word. */
        private final BitSet anyWord = new BitSet();

        Prefixes(List<CompiledRule> rules) {
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).firstPrefixes().isEmpty()) {
                    anyWord.set(r);
                }
                for (String prefix : rules.get(r).firstPrefixes()) {
                    root.add(prefix, 0).rules.set(r);
                }
            }
        }

        /** Of {@code candidates}, those that may begin {@code word} or the word after a clitic of up to two letters. */
        int[] keep(int[] candidates, String word) {
            BitSet possible = (BitSet) anyWord.clone();
            for (int k = 0; k <= MAX_CLITIC && k < word.length(); k++) {
                root.collect(word, k, possible);
            }
            int[] out = new int[candidates.length];
            int n = 0;
            for (int r : candidates) {
                if (possible.get(r)) {
                    out[n++] = r;
                }
            }
            return n == out.length ? candidates : Arrays.copyOf(out, n);
        }
    }

    private static final class Node {
        private final Map<Character, Node> children = new HashMap<>();
        private final BitSet rules = new BitSet();

        Node add(String prefix, int at) {
            return at == prefix.length() ? this : children.computeIfAbsent(prefix.charAt(at), c -> new Node()).add(prefix, at + 1);
        }

        /** Adds the rules of every prefix of {@code word} from {@code at} on. */
        void collect(String word, int at, BitSet out) {
            Node node = this;
            for (int i = at; node != null; i++) {
                out.or(node.rules);
                node = i < word.length() ? node.children.get(word.charAt(i)) : null;
            }
        }
    }
}
