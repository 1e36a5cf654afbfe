package org.corroborate.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.Language;
import org.corroborate.gazetteer.Tokens.Token;

/**
 * Finds names in a tokenised text, longest first, for one language. Built once into a trie of
 * words, so a text costs one map lookup per word (and per proclitic reading of an Arabic word),
 * plus one per further word of a name that starts there.
 *
 * <p>Arabic: the first word may carry the proclitics و / ف and then ب / ل / ك (وبحلب، لحلب، فالموصل);
 * ل before an article drops its alef (للموصل = ل + الموصل). The match starts after the proclitic,
 * so the span covers the name only. English: names match case-insensitively, except that a
 * capitalised name word needs a capital in the text (Turkey, not turkey) and an all-capitals
 * word needs exactly that (IS, not is); an Arabic article in front of a name (al-Raqqa, Al Raqqa,
 * ar-Raqqa) is optional in the text and included in the span.
 *
 * @param <T> what a name stands for (a place, an entity, a country code)
 */
final class NameMatcher<T> {
    private static final Set<String> ARTICLES = Set.of("al", "el");
    /** Sun-letter forms of the article, taken only when hyphenated (ar-Raqqa), as "as" and "at" are English words. */
    private static final Set<String> HYPHENATED_ARTICLES = Set.of("ad", "adh", "an", "ar", "as", "ash", "at", "ath",
            "az", "ed", "en", "er", "es", "esh", "et", "ez");

    /**
     * One name a target answers to; {@code needsCue}: only after a place cue; {@code needsContext}:
     * only when the text names the target's country elsewhere (checked by the caller, who knows it).
     */
    record Target<T>(T value, String name, boolean needsCue, boolean needsContext) {
    }

    /** A name found: the words it covers, its span in the normalised text and what it may stand for. */
    record Match<T>(int firstToken, int lastToken, int start, int end, List<Target<T>> targets) {
    }

    /**
     * A node of the word trie: the names that end here (their spellings' shapes, their targets, or a
     * stop phrase), and the words that continue a longer name.
     */
    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(2);
        final List<String[]> shapes = new ArrayList<>(1);
        final List<Target<T>> targets = new ArrayList<>(1);
        boolean name;
        boolean stop;
    }

    /** How an Arabic word may open: the stem after its proclitics, their length, whether one is ب / ل / ك. */
    private record Reading(String stem, int cliticLength, boolean preposition) {
    }

    private final Language language;
    private final Node<T> root = new Node<>();
    private final Set<String> cues;

    NameMatcher(Language language, Set<String> cues) {
        this.language = language;
        this.cues = Set.copyOf(cues);
    }

    void add(String name, T value, boolean needsCue, boolean needsContext) {
        Node<T> node = node(name);
        node.name = true;
        node.targets.add(new Target<>(value, name, needsCue, needsContext));
    }

    void add(String name, T value) {
        add(name, value, false, false);
    }

    /** A phrase that contains a name but is not one (صحن حمص): found, it hides the name. */
    void addStop(String phrase) {
        node(phrase).stop = true;
    }

    private Node<T> node(String name) {
        List<Token> words = Tokens.ofName(name);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a name needs a word: '" + name + "'");
        }
        Node<T> node = root;
        for (Token word : words) {
            node = node.next.computeIfAbsent(word.folded(), w -> new Node<>());
        }
        node.shapes.add(words.stream().map(Token::text).toArray(String[]::new));
        return node;
    }

    /** Every name in {@code tokens}, left to right, the longest at each word, none overlapping. */
    List<Match<T>> find(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> match = matchAt(tokens, i);
            if (match == null && language == Language.EN && isArticle(tokens.get(i)) && i + 1 < tokens.size()) {
                Match<T> after = matchAt(tokens, i + 1);
                match = after == null ? null : new Match<>(i, after.lastToken(), tokens.get(i).start(), after.end(),
                        after.targets());
            }
            if (match == null) {
                i++;
                continue;
            }
            if (!match.targets().isEmpty()) {
                out.add(match);
            }
            i = match.lastToken() + 1;
        }
        return out;
    }

    /** The longest name starting at word {@code i}; a stop phrase yields a match with no targets. */
    private Match<T> matchAt(List<Token> tokens, int i) {
        Match<T> best = null;
        for (Reading reading : readings(tokens.get(i))) {
            if (reading.cliticLength() > 0 && reading.stem().length() < 2) {
                continue; // a proclitic leaves at least two letters: ب + ي is not a name
            }
            Node<T> node = root.next.get(reading.stem());
            for (int last = i; node != null; node = ++last < tokens.size() ? node.next.get(tokens.get(last).folded()) : null) {
                if ((best != null && last <= best.lastToken()) || !(node.name || node.stop) || !caseFits(node, tokens, i)) {
                    continue;
                }
                List<Target<T>> targets = node.stop ? List.of() : usable(node, tokens, i, reading);
                if (node.stop || !targets.isEmpty()) {
                    best = new Match<>(i, last, tokens.get(i).start() + reading.cliticLength(), tokens.get(last).end(), targets);
                }
            }
        }
        return best;
    }

    private boolean caseFits(Node<T> node, List<Token> tokens, int i) {
        return language != Language.EN || node.shapes.stream().anyMatch(shape -> sameCase(shape, tokens, i));
    }

    private List<Target<T>> usable(Node<T> node, List<Token> tokens, int i, Reading reading) {
        boolean cued = reading.preposition() || (i > 0 && isCue(tokens.get(i - 1)));
        return cued ? node.targets : node.targets.stream().filter(t -> !t.needsCue()).toList();
    }

    private boolean isCue(Token token) {
        for (Reading reading : readings(token)) {
            if (cues.contains(reading.stem())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCase(String[] shape, List<Token> tokens, int i) {
        for (int k = 0; k < shape.length; k++) {
            if (!sameCase(shape[k], tokens.get(i + k).text())) {
                return false;
            }
        }
        return true;
    }

    /** Turkey needs a capital T; IS and SDF need all capitals; lower-case name words (al, ez) take any case. */
    private static boolean sameCase(String shape, String word) {
        if (shape.length() >= 2 && shape.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch))) {
            return shape.equals(word);
        }
        return !Character.isUpperCase(shape.charAt(0)) || Character.isUpperCase(word.charAt(0))
                || !Character.isLetter(word.charAt(0));
    }

    private static boolean isArticle(Token token) {
        return ARTICLES.contains(token.folded()) || (token.hyphenAfter() && HYPHENATED_ARTICLES.contains(token.folded()));
    }

    private List<Reading> readings(Token token) {
        String word = token.folded();
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(word, 0, false));
        if (language == Language.AR) {
            prepositions(word, 0, out);
            if (word.startsWith("و") || word.startsWith("ف")) {
                out.add(new Reading(word.substring(1), 1, false));
                prepositions(word.substring(1), 1, out);
            }
        }
        return out;
    }

    /** ب / ل / ك attached to {@code word}; ل before the article leaves one lam (للموصل). */
    private static void prepositions(String word, int offset, List<Reading> out) {
        if (word.length() < 3) {
            return;
        }
        char first = word.charAt(0);
        if (first == 'ب' || first == 'ل' || first == 'ك') {
            out.add(new Reading(word.substring(1), offset + 1, true));
        }
        if (word.startsWith("لل")) {
            out.add(new Reading("ا" + word.substring(1), offset + 1, true));
        }
    }
}
