package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A lexicon ready for matching: its words as one alternation (longest first), and their values. */
final class Lexicon {
    private final String name;
    private final String alternation;
    private final Pattern leading;
    private final Map<String, String> values;

    private Lexicon(String name, String alternation, Map<String, String> values, int flags) {
        this.name = name;
        this.alternation = alternation;
        this.leading = Pattern.compile(alternation, flags);
        this.values = values;
    }

    static Lexicon of(DateLexicon source, int flags) {
        Map<String, String> values = new HashMap<>();
        List<String> words = new ArrayList<>();
        source.values().forEach((value, variants) -> variants.forEach(variant -> {
            String word = DateGrammar.normalize(variant.strip());
            values.put(key(word), value);
            words.add(word);
        }));
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> escaped = words.stream().map(Lexicon::escape).distinct().toList();
        return new Lexicon(source.name(), String.join("|", escaped), values, flags);
    }

    String name() {
        return name;
    }

    /** The words as a regular expression (no group). */
    String alternation() {
        return alternation;
    }

    /** The value of the first lexicon word in {@code text}, or null. */
    String valueAtStart(String text) {
        Matcher m = leading.matcher(text);
        return m.find() ? values.get(key(m.group())) : null;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Quotes regex metacharacters; a space inside a word matches one to three whitespace characters. */
    private static String escape(String word) {
        StringBuilder out = new StringBuilder();
        for (String piece : word.split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append("\\s{1,3}");
            }
            out.append(piece.replaceAll("([\\\\.\\[\\](){}*+?^$|/-])", "\\\\$1"));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
