package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A lexicon ready for matching: its words as one alternation (longest first), and their values. */
final class Lexicon {
    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, and every date read calls it. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final String name;
    private final String alternation;
    private final Pattern leading;
    private final Map<String, String> values;
    private final boolean ignoreCase;

    private Lexicon(String name, String alternation, Map<String, String> values, int flags) {
        this.name = name;
        this.alternation = alternation;
        this.leading = Pattern.compile(alternation, flags);
        this.values = values;
        this.ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
    }

    static Lexicon of(DateLexicon source, int flags) {
        Map<String, String> values = new HashMap<>();
        List<String> words = new ArrayList<>();
        source.values().forEach((value, variants) -> variants.forEach(variant -> {
            String word = DateGrammar.normalize(variant.strip());
            values.put(key(word), value);
            words.add(word);
        }));
        Trie trie = new Trie();
        words.forEach(word -> trie.add(key(word)));
        return new Lexicon(source.name(), trie.regex(), values, flags);
    }

    String name() {
        return name;
    }

    /**
     * The first token of every word, in lower case: a match of the lexicon begins with one of
     * them. Only the first: the later tokens of long names ("night of power", "isra and mi'raj")
     * would make every "of" and "and" of a text a place to try the rules that use the lexicon.
     */
    Set<String> tokens() {
        Set<String> out = new HashSet<>();
        for (String word : values.keySet()) {
            for (String token : word.split("[^\\p{L}\\p{N}]+")) {
                if (!token.isEmpty()) {
                    out.add(token);
                    break;
                }
            }
        }
        return out;
    }

    /** The words, normalised, in lower case, spaces collapsed. */
    Set<String> words() {
        return values.keySet();
    }

    /** The words as a regular expression (no group). */
    String alternation() {
        return alternation;
    }

    /**
     * The value of the first lexicon word in {@code text}, or null. Nearly always the text is a
     * word (a rule's capture of the lexicon): that is looked up before a regex runs. The regex
     * would find the same word, all of it, since the alternation is a prefix tree tried longest first.
     */
    String firstValueIn(String text) {
        String whole = values.get(ignoreCase ? text.toLowerCase(Locale.ROOT) : text);
        if (whole != null) {
            return whole;
        }
        Matcher m = leading.matcher(text);
        return m.find() ? values.get(key(m.group())) : null;
    }

    private static String key(String word) {
        return WHITESPACE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /**
     * The words as a prefix tree, written as a regular expression: at each letter only the
     * branches that continue the word are tried (a flat alternation of 90 ordinals tries all 90 at
     * every word), and a longer word is preferred to its prefix ("الثالث عشر" over "الثالث").
     */
    private static final class Trie {
        private final java.util.TreeMap<Character, Trie> children = new java.util.TreeMap<>();
        private boolean terminal;

        void add(String word) {
            Trie node = this;
            for (char c : word.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new Trie());
            }
            node.terminal = true;
        }

        String regex() {
            List<String> branches = new ArrayList<>();
            children.forEach((c, child) -> branches.add(escape(c) + child.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            String body = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return terminal ? "(?:" + body + ")?" : body;
        }

        /** Quotes a regex metacharacter; a space inside a word matches one to three whitespace characters. */
        private static String escape(char c) {
            if (c == ' ') {
                return "\\s{1,3}";
            }
            return "\\.[](){}*+?^$|/-".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
