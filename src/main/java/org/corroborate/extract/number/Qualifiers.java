package org.corroborate.extract.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The qualifier phrases of a language, matched word by word before a number. */
final class Qualifiers {

    record Phrase(String[] words, Qualifier effect, String rule) {
    }

    /** A phrase found from token {@code start} to {@code end} (exclusive). */
    record Match(int start, int end, Qualifier effect, String rule) {
    }

    private final Map<String, Lexicon.Found<List<Phrase>>> byFirstWord;
    private final Map<String, List<Phrase>> afterByFirstWord = new HashMap<>();
    private final Lexicon lexicon;

    Qualifiers(List<QualifierFile> files, Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, List<Phrase>> phrases = new HashMap<>();
        for (QualifierFile file : files) {
            for (QualifierRule rule : file.rules()) {
                rule.phrases().forEach(p -> add(phrases, p, rule));
                rule.phrasesAfter().forEach(p -> add(afterByFirstWord, p, rule));
            }
        }
        phrases.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
        afterByFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
        byFirstWord = lexicon.withClitics(phrases);
    }

    private static void add(Map<String, List<Phrase>> into, String phrase, QualifierRule rule) {
        String[] words = phrase.strip().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            words[w] = Lexicon.key(words[w]);
        }
        into.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, rule.effect(), rule.id()));
    }

    /** The first words of the phrases written before a number, with a clitic or not. */
    Set<String> openingWords() {
        return byFirstWord.keySet();
    }

    /**
     * A phrase after a number ending at token {@code end}: right after it, or after one or two words
     * that are not numbers (the noun it counts and its adjective: 12 شخصا على الأقل، 40 جندياً مالياً
     * على الأقل); null if none.
     */
    Match after(Tokens t, int end) {
        Match direct = afterAt(t, end);
        if (direct != null || !t.isWord(end) || lexicon.lookup(t.key(end)) != null) {
            return direct;
        }
        Match one = afterAt(t, end + 1);
        if (one != null || end + 1 >= t.size() || !t.isWord(end + 1) || lexicon.lookup(t.key(end + 1)) != null) {
            return one;
        }
        return afterAt(t, end + 2); // "40 جندياً مالياً على الأقل": the noun and its adjective
    }

    private Match afterAt(Tokens t, int i) {
        List<Phrase> candidates = i < t.size() ? afterByFirstWord.get(t.key(i)) : null;
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            if (matches(t, i, phrase.words())) {
                return new Match(i, i + phrase.words().length, phrase.effect(), phrase.rule());
            }
        }
        return null;
    }

    /** The longest phrase starting at token i (its first word may carry a clitic: بنحو), or null. */
    Match at(Tokens t, int i) {
        String key = t.key(i);
        Lexicon.Found<List<Phrase>> found = key == null ? null : byFirstWord.get(key);
        if (found == null) {
            return null;
        }
        for (Phrase phrase : found.value()) {
            if (matches(t, i, phrase.words())) {
                return new Match(i, i + phrase.words().length, phrase.effect(), phrase.rule());
            }
        }
        return null;
    }

    private static boolean matches(Tokens t, int i, String[] words) {
        if (i + words.length > t.size()) {
            return false;
        }
        for (int w = 1; w < words.length; w++) {
            if (!words[w].equals(t.key(i + w))) {
                return false;
            }
        }
        return true;
    }
}
