package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corroborate.text.WordTable;

/**
 * Which rules may match where: rules are tried only at the start of a word they may begin with
 * (or of a run of digits), so the text is read once, a hash lookup per word, and each rule runs
 * only where it has a chance. This keeps the date pass linear and fast on long texts.
 *
 * <p>A word of the pattern is not enough: "of" is a word of {@code (?:the )?{day} of {month}} but
 * never begins a match. A rule whose first words are known ({@link CompiledRule#starts()})
 * is tried only where the word, or the word after a clitic, begins with one of them; at a whole
 * first word such as "the", only when the next word begins as the rule's second may.
 */
final class RuleIndex {
    /** Arabic conjunctions and prepositions written onto a word (والخميس، بالأمس): up to two are tried off. */
    private static final int MAX_CLITIC = 2;
    private static final int[] NONE = new int[0];

    /** How many words {@link #keptByWord} holds at most: the words that begin a rule, with clitics, are far fewer. */
    private static final int MAX_KEPT = 100_000;
    /** How many next words each whole first word ({@link Kept#byNext}) keeps what they let in for at most. */
    private static final int MAX_NEXT = 4_096;

    private final WordTable<int[]> byWord;
    /**
     * Per word of {@link #byWord}, what {@link Prefixes#kept} makes of it, worked out when the
     * index is built: a word of the text that is one is looked up once, where it stands, rather
     * than cut out, lowered and looked up again in {@link #keptByWord}.
     */
    private final WordTable<Kept> keptByIndexWord;
    private final int[] digitRules;
    private final Prefixes firstWords;
    /** What {@link Prefixes#kept} made of each word met so far, in lower case. */
    private final java.util.concurrent.ConcurrentHashMap<String, Kept> keptByWord = new java.util.concurrent.ConcurrentHashMap<>();
    /** How many letters of a clitic are tried off a word: none in a language without clitics. */
    private final int clitic;

    /** {@code clitics}: whether the rules may begin after a clitic (the grammar has a part {@code clitic}). */
    RuleIndex(List<CompiledRule> rules, boolean clitics) {
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
        this.byWord = WordTable.of(index);
        this.digitRules = digits.stream().mapToInt(Integer::intValue).toArray();
        this.clitic = clitics ? MAX_CLITIC : 0;
        this.firstWords = new Prefixes(rules, clitic);
        Map<String, Kept> kept = new HashMap<>();
        index.keySet().forEach(word -> kept.put(word, firstWords.kept(word, candidates(word))));
        this.keptByIndexWord = WordTable.of(kept);
    }

    int[] digitRules() {
        return digitRules;
    }

    /** The rules that may begin with the word {@code s[from, to)}, as written or without a clitic. */
    int[] forWord(String s, int from, int to) {
        // Looked up where it stands: most words begin no rule, and need no string of their own. The word is read once,
        // for its hash in lower case, and each rest of it without a clitic hashed from that (WordTable.withoutFirst).
        boolean byChar = true;
        int hash = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            byChar &= WordTable.lowersAlone(c);
            hash = 31 * hash + WordTable.lower(c);
        }
        Kept indexWord = byChar ? keptByIndexWord.getLowerCase(s, from, to, hash) : keptByIndexWord.getLowerCase(s, from, to);
        if (indexWord != null) {
            return indexWord.at(s, to); // its candidates are those of candidates(word), as below
        }
        if (clitic == 0) {
            return NONE; // no word of the index, and none without a clitic either
        }
        if (!byChar) {
            String word = s.substring(from, to).toLowerCase(Locale.ROOT);
            return keep(word, candidates(word), s, to);
        }
        int[] found = null;
        for (int k = 1; k <= clitic && to - from - k >= 2; k++) {
            hash = WordTable.withoutFirst(hash, WordTable.lower(s.charAt(from + k - 1)), to - from - k);
            int[] stripped = byWord.getLowerCase(s, from + k, to, hash);
            if (stripped != null) {
                found = found == null ? stripped : union(found, stripped);
            }
        }
        return found == null ? NONE : keep(s.substring(from, to).toLowerCase(Locale.ROOT), found, s, to);
    }

    /** The rules {@link #byWord} gives {@code word}, as written or without a clitic; null when none. */
    private int[] candidates(String word) {
        int[] found = byWord.get(word);
        for (int k = 1; k <= clitic && word.length() - k >= 2; k++) {
            int[] stripped = byWord.get(word.substring(k));
            if (stripped != null) {
                found = found == null ? stripped : union(found, stripped);
            }
        }
        return found;
    }

    /**
     * Of the {@code candidates} of {@code word} (null: none), those that may begin it here, where
     * {@code to} ends it in {@code s}. What the word alone decides is worked out once per word
     * and kept ({@link Kept}); only the rules that look at the next word look at it each time.
     */
    private int[] keep(String word, int[] candidates, String s, int to) {
        if (candidates == null) {
            return NONE;
        }
        Kept kept = keptByWord.get(word);
        if (kept == null) {
            kept = firstWords.kept(word, candidates);
            if (keptByWord.size() < MAX_KEPT) {
                keptByWord.put(word, kept);
            }
        }
        return kept.at(s, to);
    }

    /** The rules of {@code a} and then those of {@code b} not in {@code a}. */
    private static int[] union(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        int n = a.length;
        for (int r : b) {
            if (!contains(a, r)) {
                out[n++] = r;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean contains(int[] rules, int rule) {
        for (int r : rules) {
            if (r == rule) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rules' first-word prefixes as a tree of letters, each node with the rules a prefix ending
     * there belongs to; and the rules' whole first words ("the") with what the next word must begin with.
     */
    private static final class Prefixes {
        private final Node root = new Node();
        /** Rules that may begin with any word. */
        private final BitSet anyWord = new BitSet();
        private final Map<String, WholeWord> wholeWords = new HashMap<>();
        /** How many letters of a clitic a match may begin after. */
        private final int clitic;

        /**
         * The rules that may begin with one whole word: by what the word after it begins with, a
         * tree whose nodes hold the rules a prefix ending there lets in; and those that a number after it lets in.
         */
        private record WholeWord(Node next, BitSet beforeDigits) {
            WholeWord() {
                this(new Node(), new BitSet());
            }
        }

        Prefixes(List<CompiledRule> rules, int clitic) {
            this.clitic = clitic;
            for (int r = 0; r < rules.size(); r++) {
                FirstWords.Starts starts = rules.get(r).starts();
                if (starts.any()) {
                    anyWord.set(r);
                }
                for (String prefix : starts.prefixes()) {
                    root.add(prefix, 0).rules.set(r);
                }
                for (Map.Entry<String, FirstWords.Following> whole : starts.wholeWords().entrySet()) {
                    WholeWord entry = wholeWords.computeIfAbsent(whole.getKey(), w -> new WholeWord());
                    for (String prefix : whole.getValue().prefixes()) {
                        entry.next.add(prefix, 0).rules.set(r);
                    }
                    if (whole.getValue().digit()) {
                        entry.beforeDigits.set(r);
                    }
                }
            }
        }

        /**
         * What decides which of {@code candidates} may begin {@code word} (in lower case) or, in a
         * language with clitics, the word after a clitic of up to two letters: the rules its
         * letters let in, and the whole words whose rules ask the next word.
         */
        Kept kept(String word, int[] candidates) {
            BitSet possible = new BitSet();
            possible.or(anyWord);
            List<WholeWord> wholes = new ArrayList<>();
            for (int k = 0; k <= clitic && k < word.length(); k++) {
                root.collect(word, k, possible);
                WholeWord whole = wholeWords.get(k == 0 ? word : word.substring(k));
                if (whole != null) {
                    wholes.add(whole);
                }
            }
            return new Kept(candidates, possible, wholes.toArray(WholeWord[]::new), filter(candidates, possible),
                    wholes.isEmpty() ? null : new java.util.concurrent.ConcurrentHashMap<>());
        }

        /**
         * The word after one to three spaces (as a space of a pattern reads them) from {@code at},
         * in lower case: letters, or digits; null when there is none.
         */
        private static String nextWord(String s, int at) {
            int i = at;
            while (i < s.length() && i - at < 3 && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == at || i >= s.length()) {
                return null;
            }
            int end = i;
            boolean digits = isDigit(s.charAt(i));
            while (end < s.length() && (digits ? isDigit(s.charAt(end)) : Character.isLetter(s.charAt(end)))) {
                end++;
            }
            return end == i ? null : s.substring(i, end).toLowerCase(Locale.ROOT);
        }

        /** What {@code \s} (without Unicode classes) and the no-break spaces of a pattern's space match. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '\u00A0' || c == '\u202F';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** Of {@code candidates}, those in {@code possible}; {@code candidates} itself when that is all of them. */
    private static int[] filter(int[] candidates, BitSet possible) {
        int[] out = new int[candidates.length];
        int n = 0;
        for (int r : candidates) {
            if (possible.get(r)) {
                out[n++] = r;
            }
        }
        return n == out.length ? candidates : Arrays.copyOf(out, n);
    }

    /**
     * What a word decides of its {@code candidates}: the rules its own letters let in
     * ({@code possible}, never changed), and the whole words it is, with or without a clitic, whose
     * rules the word after it may let in too. {@code alone}: the candidates when no next word does.
     * {@code byNext}: what {@link #at} made of each next word met so far, up to {@link #MAX_NEXT} (null when
     * no whole word asks one): "the", "in", "on" open a dozen rules each and stand before the same words again and again.
     */
    private record Kept(int[] candidates, BitSet possible, Prefixes.WholeWord[] wholes, int[] alone,
                        Map<String, int[]> byNext) {
        /** The candidates that may begin the word that {@code to} ends in {@code s}. */
        int[] at(String s, int to) {
            if (wholes.length == 0) {
                return alone;
            }
            String next = Prefixes.nextWord(s, to);
            if (next == null) {
                return alone;
            }
            int[] known = byNext.get(next);
            if (known == null) {
                known = withNext(next);
                if (byNext.size() < MAX_NEXT) {
                    byNext.put(next, known);
                }
            }
            return known;
        }

        /** The candidates that may begin the word when {@code next} (in lower case, not empty) follows it. */
        private int[] withNext(String next) {
            BitSet more = (BitSet) possible.clone();
            for (Prefixes.WholeWord whole : wholes) {
                whole.next.collect(next, 0, more);
                if (Prefixes.isDigit(next.charAt(0))) {
                    more.or(whole.beforeDigits);
                }
            }
            return filter(candidates, more);
        }
    }

    /** A letter of a prefix tree: the letters that may follow, sorted, and the rules a prefix ending here belongs to. */
    private static final class Node {
        private char[] letters = new char[0];
        private Node[] children = new Node[0];
        private final BitSet rules = new BitSet();

        Node add(String prefix, int at) {
            if (at == prefix.length()) {
                return this;
            }
            char c = prefix.charAt(at);
            int k = Arrays.binarySearch(letters, c);
            if (k < 0) {
                k = -k - 1;
                letters = insert(letters, k, c);
                children = insert(children, k, new Node());
            }
            return children[k].add(prefix, at + 1);
        }

        private Node child(char c) {
            int k = Arrays.binarySearch(letters, c);
            return k >= 0 ? children[k] : null;
        }

        /** Adds the rules of every prefix of {@code word} from {@code at} on. */
        void collect(String word, int at, BitSet out) {
            Node node = this;
            for (int i = at; node != null; i++) {
                out.or(node.rules);
                node = i < word.length() ? node.child(word.charAt(i)) : null;
            }
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] out = new char[a.length + 1];
            System.arraycopy(a, 0, out, 0, at);
            out[at] = c;
            System.arraycopy(a, at, out, at + 1, a.length - at);
            return out;
        }

        private static Node[] insert(Node[] a, int at, Node n) {
            Node[] out = new Node[a.length + 1];
            System.arraycopy(a, 0, out, 0, at);
            out[at] = n;
            System.arraycopy(a, at, out, at + 1, a.length - at);
            return out;
        }
    }
}
