package org.corroborate.extract.number;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads ordinals: digits with a suffix (21st), ordinal words (الأول، third), Arabic compounds
 * (الحادي عشر، الخامس والعشرين), English compounds (twenty-first), and Arabic definite tens
 * (العشرون).
 */
final class OrdinalParser {

    record Entry(OrdinalRole role, long value, String rule) {
    }

    /** An ordinal read from token {@code start} to {@code end} (exclusive). */
    record Parse(int start, int end, long value, String rule) {
    }

    private final Map<String, Entry> words = new HashMap<>();
    private final Map<String, Entry> teenSuffixes = new HashMap<>();
    private final Set<String> digitSuffixes = new HashSet<>();
    private final Map<String, String> definiteTens = new HashMap<>();
    private String digitSuffixRule;
    private final Lexicon lexicon;
    private final Map<String, Lexicon.Found<Entry>> wordsWithClitics;
    /** Tens and an ordinal unit written as one word (twentyfifth), and definite tens (العشرون). */
    private final Map<String, Parse> joined = new HashMap<>();

    OrdinalParser(List<OrdinalFile> files, Lexicon lexicon) {
        this.lexicon = lexicon;
        for (OrdinalFile file : files) {
            for (OrdinalRule rule : file.rules()) {
                switch (rule.role()) {
                    case DIGIT_SUFFIX -> {
                        rule.forms().forEach(f -> digitSuffixes.add(Lexicon.key(f)));
                        digitSuffixRule = rule.id();
                    }
                    case DEFINITE_TENS -> rule.forms().forEach(f -> definiteTens.put(Lexicon.key(f), rule.id()));
                    case TEEN_SUFFIX -> rule.words().forEach((w, v) ->
                            teenSuffixes.put(Lexicon.key(w), new Entry(rule.role(), v, rule.id())));
                    default -> rule.words().forEach((w, v) ->
                            words.put(Lexicon.key(w), new Entry(rule.role(), v, rule.id())));
                }
            }
        }
        wordsWithClitics = lexicon.withClitics(words);
        lexicon.tens().forEach((tens, value) -> {
            words.forEach((unit, entry) -> {
                if (entry.role() == OrdinalRole.WORD && entry.value() >= 1 && entry.value() <= 9) {
                    joined.putIfAbsent(tens + unit, new Parse(0, 1, value.longValue() + entry.value(), entry.rule()));
                }
            });
            definiteTens.forEach((prefix, rule) ->
                    joined.putIfAbsent(prefix + tens, new Parse(0, 1, value.longValue(), rule)));
        });
    }

    /** Every key {@link #parse} looks up at its first token, besides the cardinal tens of the lexicon. */
    Set<String> openingWords() {
        Set<String> out = new HashSet<>(wordsWithClitics.keySet());
        out.addAll(joined.keySet());
        return out;
    }

    Parse parse(Tokens t, int i) {
        if (t.isDigits(i)) {
            return digitsWithSuffix(t, i);
        }
        if (!t.isWord(i)) {
            return null;
        }
        Lexicon.Found<Entry> found = t.key(i) == null ? null : wordsWithClitics.get(t.key(i));
        if (found != null) {
            Parse compound = compound(t, i, found.value());
            if (compound != null) {
                return compound;
            }
            if (found.value().role() == OrdinalRole.WORD) {
                return new Parse(i, i + 1, found.value().value(), found.value().rule());
            }
        }
        Parse english = tensThenUnit(t, i);
        if (english != null) {
            return english;
        }
        Parse word = t.key(i) == null ? null : joined.get(t.key(i));
        return word == null ? null : new Parse(i, i + 1, word.value(), word.rule());
    }

    private Parse digitsWithSuffix(Tokens t, int i) {
        if (!t.isWord(i + 1) || !t.attached(i + 1) || !digitSuffixes.contains(t.key(i + 1))) {
            return null;
        }
        String raw = t.raw(i);
        if (raw.length() > 9 || !raw.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return new Parse(i, i + 2, Long.parseLong(raw), digitSuffixRule);
    }

    /** الحادي عشر (unit + teen suffix), الخامس والعشرين (unit + و + tens). */
    private Parse compound(Tokens t, int i, Entry unit) {
        if (unit.value() < 1 || unit.value() > 9) {
            return null;
        }
        Entry teen = t.isWord(i + 1) ? teenSuffixes.get(t.key(i + 1)) : null;
        if (teen != null) {
            return new Parse(i, i + 2, teen.value() + unit.value(), unit.rule());
        }
        int k = i + 1;
        boolean connected = false;
        if (lexicon.isConnector(t.key(k))) {
            connected = true;
            k++;
        }
        Lexicon.Hit tens = t.isWord(k) ? lexicon.lookup(t.key(k)) : null;
        if (tens == null || !tens.has(NumberRole.TENS)) {
            return null;
        }
        if (!connected && !lexicon.conjoins(tens.clitic())) {
            return null;
        }
        return new Parse(i, k + 1, tens.get(NumberRole.TENS).value().longValue() + unit.value(), unit.rule());
    }

    /** twenty-first, thirty first: cardinal tens, a connector or a space, an ordinal unit. */
    private Parse tensThenUnit(Tokens t, int i) {
        Lexicon.Hit tens = lexicon.lookup(t.key(i));
        if (tens == null || !tens.has(NumberRole.TENS) || !tens.clitic().isEmpty()) {
            return null;
        }
        int k = i + 1;
        if (lexicon.isConnector(t.key(k)) && t.type(k) == Tokens.SIGN) {
            k++;
        }
        Entry unit = t.isWord(k) ? words.get(t.key(k)) : null;
        if (unit == null || unit.role() != OrdinalRole.WORD || unit.value() < 1 || unit.value() > 9) {
            return null;
        }
        return new Parse(i, k + 1, tens.get(NumberRole.TENS).value().longValue() + unit.value(), unit.rule());
    }

}
