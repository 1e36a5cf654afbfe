package org.corroborate.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.Language;
import org.corroborate.gazetteer.Tokens.Token;
import org.corroborate.text.WordTable;

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
    /** No article above is longer: most words are told apart by their length alone. */
    private static final int LONGEST_ARTICLE = 3;

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

    /**
     * Words looked up where they stand in the text, as {@link NameMatcher#cliticLength} reads them: a word as
     * written, and (for the reading of ل before the article, للموصل = ل + الموصل) a word that starts
     * with the article by what follows the article. No stem is cut out of a word to look it up.
     */
    private record FirstWords<V>(WordTable<V> asWritten, WordTable<V> afterArticle) {
        static <V> FirstWords<V> of(Map<String, V> words) {
            Map<String, V> afterArticle = new HashMap<>();
            words.forEach((word, value) -> {
                if (word.startsWith(ARTICLE)) {
                    afterArticle.put(word.substring(ARTICLE.length()), value);
                }
            });
            return new FirstWords<>(WordTable.of(words), WordTable.of(afterArticle));
        }

        /** What the reading {@code kind} of {@code word}, its proclitics {@code cliticLength} chars long, finds. */
        V get(String word, int kind, int cliticLength) {
            if (kind == AFTER_LAM || kind == AFTER_CONJUNCTION_LAM) {
                return afterArticle.get(word, cliticLength + 1, word.length());
            }
            return cliticLength == 0 ? asWritten.get(word) : asWritten.get(word, cliticLength, word.length());
        }
    }

    private static final String ARTICLE = "ال";

    /*
     * How a word may open, tried in this order: as written; in Arabic after ب / ل / ك, after ل
     * before the article (which then keeps one lam), after و / ف, and after و / ف and then either.
     */
    private static final int AS_WRITTEN = 0;
    private static final int AFTER_PREPOSITION = 1;
    private static final int AFTER_LAM = 2;
    private static final int AFTER_CONJUNCTION = 3;
    private static final int AFTER_CONJUNCTION_PREPOSITION = 4;
    private static final int AFTER_CONJUNCTION_LAM = 5;

    private final Language language;
    private final Node<T> root = new Node<>();
    private final FirstWords<String> cues;
    /** The first words of the names; made again on the first search after a name is added. */
    private volatile FirstWords<Node<T>> firstWords;

    NameMatcher(Language language, Set<String> cues) {
        this.language = language;
        Map<String, String> cueWords = new HashMap<>();
        cues.forEach(cue -> cueWords.put(cue, cue));
        this.cues = FirstWords.of(cueWords);
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
        firstWords = null;
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
        return find(tokens, null);
    }

    /**
     * {@link #find(List)}, where a name may start only at the words {@code opening} marks (made by
     * {@link Openings#of(List)} of openings that include this matcher's, so a word it leaves out
     * opens none of its names); null: at any word.
     */
    List<Match<T>> find(List<Token> tokens, boolean[] opening) {
        FirstWords<Node<T>> first = firstWords;
        if (first == null) {
            first = FirstWords.of(root.next);
            firstWords = first;
        }
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> match = opening == null || opening[i] ? matchAt(first, tokens, i) : null;
            if (match == null && language == Language.EN && i + 1 < tokens.size() && (opening == null || opening[i + 1])
                    && isArticle(tokens.get(i))) {
                Match<T> after = matchAt(first, tokens, i + 1);
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

    /**
     * The first words of the names of several matchers of one language, each word and reading looked
     * up once for all of them: a text's places, demonyms and entities were each sought by looking
     * every word of it up, three lookups a word where almost every word opens no name. Made once all
     * their names are added (a name added later is missed).
     */
    static final class Openings {
        private final Language language;
        private final FirstWords<Boolean> words;

        private Openings(Language language, FirstWords<Boolean> words) {
            this.language = language;
            this.words = words;
        }

        static Openings of(Language language, List<NameMatcher<?>> matchers) {
            Map<String, Boolean> first = new HashMap<>();
            for (NameMatcher<?> matcher : matchers) {
                if (matcher.language != language) {
                    throw new IllegalArgumentException("a matcher of " + matcher.language + " among " + language);
                }
                matcher.root.next.keySet().forEach(word -> first.put(word, Boolean.TRUE));
            }
            return new Openings(language, FirstWords.of(first));
        }

        /** Per token, whether a name of one of the matchers may start there, read as {@link #matchAt} reads it. */
        boolean[] of(List<Token> tokens) {
            boolean[] out = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).folded();
                for (int kind = AS_WRITTEN; kind < readingsOf(language) && !out[i]; kind++) {
                    int cliticLength = readableCliticLength(word, kind);
                    out[i] = cliticLength >= 0 && words.get(word, kind, cliticLength) != null;
                }
            }
            return out;
        }
    }

    /** The longest name starting at word {@code i}; a stop phrase yields a match with no targets. */
    private Match<T> matchAt(FirstWords<Node<T>> first, List<Token> tokens, int i) {
        Match<T> best = null;
        String word = tokens.get(i).folded();
        for (int kind = AS_WRITTEN; kind < readingsOf(language); kind++) {
            int cliticLength = readableCliticLength(word, kind);
            if (cliticLength < 0) {
                continue;
            }
            boolean preposition = afterPreposition(kind);
            Node<T> node = first.get(word, kind, cliticLength);
            for (int last = i; node != null; node = ++last < tokens.size() ? node.next.get(tokens.get(last).folded()) : null) {
                if ((best != null && last <= best.lastToken()) || !(node.name || node.stop) || !caseFits(node, tokens, i)) {
                    continue;
                }
                List<Target<T>> targets = node.stop ? List.of() : usable(node, tokens, i, preposition);
                if (node.stop || !targets.isEmpty()) {
                    best = new Match<>(i, last, tokens.get(i).start() + cliticLength, tokens.get(last).end(), targets);
                }
            }
        }
        return best;
    }

    private boolean caseFits(Node<T> node, List<Token> tokens, int i) {
        return language != Language.EN || node.shapes.stream().anyMatch(shape -> sameCase(shape, tokens, i));
    }

    private List<Target<T>> usable(Node<T> node, List<Token> tokens, int i, boolean preposition) {
        boolean cued = preposition || (i > 0 && isCue(tokens.get(i - 1)));
        return cued ? node.targets : node.targets.stream().filter(t -> !t.needsCue()).toList();
    }

    private boolean isCue(Token token) {
        String word = token.folded();
        for (int kind = AS_WRITTEN; kind < readingsOf(language); kind++) {
            int cliticLength = cliticLength(word, kind);
            if (cliticLength >= 0 && cues.get(word, kind, cliticLength) != null) {
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
        return token.folded().length() <= LONGEST_ARTICLE && (ARTICLES.contains(token.folded())
                || (token.hyphenAfter() && HYPHENATED_ARTICLES.contains(token.folded())));
    }

    /** How many kinds of reading a word of the language has: in Arabic, with its proclitics. */
    private static int readingsOf(Language language) {
        return language == Language.AR ? AFTER_CONJUNCTION_LAM + 1 : AS_WRITTEN + 1;
    }

    /**
     * The length of the proclitics the reading {@code kind} takes off {@code word}, or -1 when the
     * word cannot be read so: ب / ل / ك only before at least two more letters, ل before the article
     * only in لل.
     */
    private static int cliticLength(String word, int kind) {
        return switch (kind) {
            case AS_WRITTEN -> 0;
            case AFTER_PREPOSITION -> word.length() >= 3 && isPreposition(word.charAt(0)) ? 1 : -1;
            case AFTER_LAM -> word.length() >= 3 && word.startsWith("لل") ? 1 : -1;
            case AFTER_CONJUNCTION -> isConjunction(word.charAt(0)) ? 1 : -1;
            case AFTER_CONJUNCTION_PREPOSITION ->
                    isConjunction(word.charAt(0)) && word.length() >= 4 && isPreposition(word.charAt(1)) ? 2 : -1;
            default -> isConjunction(word.charAt(0)) && word.length() >= 4 && word.startsWith("لل", 1) ? 2 : -1;
        };
    }

    /**
     * {@link #cliticLength}, or -1 also when the proclitics leave fewer than two letters: ب + ي is
     * not a name. Both {@link #matchAt} and {@link Openings#of(List)} read a word so.
     */
    private static int readableCliticLength(String word, int kind) {
        int cliticLength = cliticLength(word, kind);
        return cliticLength > 0 && stemLength(word, kind, cliticLength) < 2 ? -1 : cliticLength;
    }

    /** The length of the stem the reading leaves: ل before the article gives back the article's alef. */
    private static int stemLength(String word, int kind, int cliticLength) {
        return word.length() - cliticLength + (kind == AFTER_LAM || kind == AFTER_CONJUNCTION_LAM ? 1 : 0);
    }

    private static boolean afterPreposition(int kind) {
        return kind == AFTER_PREPOSITION || kind == AFTER_LAM || kind == AFTER_CONJUNCTION_PREPOSITION
                || kind == AFTER_CONJUNCTION_LAM;
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }
}
