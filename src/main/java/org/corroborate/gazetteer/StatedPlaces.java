package org.corroborate.gazetteer;

import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Language;
import org.corroborate.api.Span;
import org.corroborate.rules.RulePacks;

/**
 * A place a sentence states that the gazetteer does not know: "A man was killed by a bus in Leeds
 * on Tuesday", «قتل شخصان في بلدة كفر نبل». The count claim then carries these words as its
 * location, with no key, rather than the place of an earlier sentence (Madrid).
 *
 * <p>Read conservatively, because a wrong place is worse than none:
 * <ul>
 * <li>English: "in/near/at/outside the town (village, city, district, province, county, camp, …)
 * of <i>Name</i>", or "in/near/at/outside <i>Name</i>" where the capitalised words are followed by the
 * sentence's end, punctuation, or a word that cannot continue a noun phrase ("on", "and",
 * "after", "district"): "in Leeds on Tuesday", "near Damboa, in the north-east"; not "in Syrian
 * custody", "in Israeli strikes" (a noun follows), not "in March", "in Tuesday's attack",
 * "in Parliament", not an acronym ("in UN custody").</li>
 * <li>Arabic: only after a word saying what kind of place follows, with في or the clitic ب:
 * «في مدينة X», «ببلدة X», «قرب قرية X», «في محافظة X», «في مخيم X». A bare «في X» is not read:
 * nothing in the script marks a proper noun, and «في X» is mostly not a place. X is one word, two
 * when the first opens a compound name (كفر، بيت، دير، عين، تل، أبو …: «في قرية بيت أمر»); never
 * a word that describes rather than names («في مدينة أخرى»، «في قرية مجاورة»).</li>
 * </ul>
 * The caller decides what wins: a known place in the same sentence does (it has a key and may
 * contain the stated one: "in the village of Kafr Nabl in Idlib province").
 *
 * <p>The words are rule data, the {@code places} files of the packs ({@link PlaceWords}:
 * {@code rules/en/places.yaml}, {@code rules/ar/places.yaml}); the patterns they fill are here. Both
 * languages' patterns are tried on every text, whatever its language. Built once per set of packs ({@link Gazetteer#statedPlaces()}); immutable.
 */
public final class StatedPlaces {

    private static final String UPPER_WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*";
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** "in/near … (the town of) Name"; null when no English words are loaded. */
    private final Pattern englishPattern;
    /** Where a match of {@link #englishPattern} may start ({@link Openers}); null: anywhere. */
    private final Openers englishFirst;
    /** Whether every English preposition is written in ASCII letters: then a stretch without one holds no English place. */
    private final boolean asciiPrepositions;
    /** Words after "in Name" that end the name: a preposition, a conjunction, a time, a kind of place. */
    private final Set<String> endsName;
    /** Capitalised words after "in" that are not places. */
    private final Set<String> notPlaces;
    /** Words that open a name but are none alone: "in North Kivu", "in Central Java", not "in North". */
    private final Set<String> openers;

    /** {@link #kindWords()}. */
    private final Set<String> kindWords;

    /** «في مدينة X»; null when no Arabic words are loaded. */
    private final Pattern arabicPattern;
    /** Where a match of {@link #arabicPattern} may start ({@link Openers}); null: anywhere. */
    private final Openers arabicFirst;
    /** Words that open a compound Arabic place name: «كفر نبل», «بيت حانون», «عين عيسى». */
    private final Set<String> arOpeners;
    /** Words after «في مدينة» that describe or point rather than name. */
    private final Set<String> arNotNames;

    private StatedPlaces(List<PlaceWords> en, List<PlaceWords> ar) {
        Set<String> kindWords = new LinkedHashSet<>();
        for (List<PlaceWords> files : List.of(en, ar)) {
            kindWords.addAll(words(files, PlaceWords::kinds));
            kindWords.addAll(words(files, PlaceWords::otherKinds));
        }
        this.kindWords = Collections.unmodifiableSet(kindWords);
        List<String> prepositions = words(en, PlaceWords::prepositions);
        asciiPrepositions = prepositions.stream().allMatch(p -> p.chars().allMatch(c -> c < 0x80));
        List<String> kinds = words(en, PlaceWords::kinds);
        englishFirst = Openers.of(prepositions, true);
        if (prepositions.isEmpty() || kinds.isEmpty()) {
            englishPattern = null;
        } else {
            List<String> prefixes = words(en, PlaceWords::namePrefixes);
            List<String> particles = words(en, PlaceWords::nameParticles);
            String upperWord = (prefixes.isEmpty() ? "" : "(?:" + alternatives(prefixes) + ")?") + UPPER_WORD;
            englishPattern = Pattern.compile("(?<![\\p{L}\\p{Nd}])(?i:" + alternatives(prepositions) + ")\\s+(?:(?i:the)\\s+(?<kind>(?i:"
                    + alternatives(kinds) + "))\\s+of\\s+)?(?<name>" + upperWord + "(?:\\s+"
                    + (particles.isEmpty() ? "" : "(?:(?:" + alternatives(particles) + ")\\s+)?") + upperWord + "){0,3})");
        }
        endsName = lowerCase(words(en, PlaceWords::nameEnds));
        notPlaces = lowerCase(words(en, PlaceWords::notNames));
        openers = lowerCase(words(en, PlaceWords::nameOpeners));
        List<String> arPrepositions = words(ar, PlaceWords::prepositions);
        List<String> arKinds = words(ar, PlaceWords::kinds);
        List<String> clitics = words(ar, PlaceWords::clitics);
        arabicFirst = Openers.of(java.util.stream.Stream.concat(arPrepositions.stream(), clitics.stream()).toList(), false);
        if (arPrepositions.isEmpty() || arKinds.isEmpty()) {
            arabicPattern = null;
        } else {
            arabicPattern = Pattern.compile("(?<![\\u0621-\\u065F\\u0670-\\u06D3])(?:(?:" + alternatives(arPrepositions) + ")\\s+"
                    + (clitics.isEmpty() ? "" : "|" + alternatives(clitics)) + ")(?:" + alternatives(arKinds) + ")\\s+"
                    + "(?<name>" + PlaceWords.ARABIC_WORD + ")(?:\\s+(?<second>" + PlaceWords.ARABIC_WORD + "))?");
        }
        arOpeners = Set.copyOf(words(ar, PlaceWords::compoundOpeners));
        arNotNames = Set.copyOf(words(ar, PlaceWords::notNames));
    }

    /**
     * The words saying what kind of place a name is, of both languages as written ({@code kinds} and
     * {@code other_kinds}): two accounts of one place may write or leave them out ("the town of
     * Damboa" and "Damboa", «مخيم الزعتري» and «الزعتري»), so the claim comparison sets them aside.
     */
    public Set<String> kindWords() {
        return kindWords;
    }

    /** The stated-place reader of the {@code places} files of {@code packs} (rules/en/places.yaml, rules/ar/places.yaml). */
    public static StatedPlaces of(RulePacks packs) {
        return new StatedPlaces(packs.forLanguage(Language.EN, PlaceWords.class),
                packs.forLanguage(Language.AR, PlaceWords.class));
    }

    /** One list's entries over all files of a language, stripped, each once, in file order. */
    private static List<String> words(List<PlaceWords> files, Function<PlaceWords, List<String>> list) {
        Set<String> out = new LinkedHashSet<>();
        files.forEach(f -> list.apply(f).forEach(w -> out.add(w.strip())));
        return List.copyOf(out);
    }

    private static Set<String> lowerCase(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /**
     * Where a match of a pattern that opens with a look-behind and then one of some entries ({@link #alternatives})
     * may start: where the first word of one of them stands, in any case with {@code ignoreCase} (the pattern's
     * {@code (?i:)} folds ASCII only, {@link String#regionMatches(boolean, int, String, int, int)} more: a place too
     * many costs a try, one too few would miss). "in Leeds": a match starts only where "in", "near", "outside" or
     * "at" stands, and trying the pattern at every char of every sentence with a count claim was most of what
     * reading a stated place cost.
     */
    private record Openers(BitSet firstChars, String[] firstWords, boolean ignoreCase) {
        /** The openers of {@code entries}; null when one is empty (a match may then start anywhere). */
        static Openers of(List<String> entries, boolean ignoreCase) {
            BitSet first = new BitSet();
            Set<String> words = new LinkedHashSet<>();
            for (String entry : entries) {
                String word = entry.split("\\s+")[0];
                if (word.isEmpty()) {
                    return null;
                }
                words.add(word);
                char c = word.charAt(0);
                first.set(c);
                first.set(Character.toLowerCase(c));
                first.set(Character.toUpperCase(c));
            }
            return new Openers(first, words.toArray(String[]::new), ignoreCase);
        }

        boolean mayStartAt(String text, int i) {
            if (!firstChars.get(text.charAt(i))) {
                return false;
            }
            for (String word : firstWords) {
                if (text.regionMatches(ignoreCase, i, word, 0, word.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Moves {@code m} (of {@code text}) to the first match that starts in {@code [at, to)}, as {@code find()} over
     * the region {@code [from, to)} would find it; false when there is none. Only where {@code first} holds the char
     * is the pattern tried ({@link Openers}; null: everywhere); the look-behind each pattern opens with sees the char before, as in
     * the region, but not before {@code from}.
     */
    private static boolean findFrom(Matcher m, Openers first, String text, int from, int at, int to) {
        if (first == null) {
            return m.region(at, to).useTransparentBounds(at > from).find();
        }
        for (int i = at; i < to; i++) {
            if (first.mayStartAt(text, i) && m.region(i, to).useTransparentBounds(i > from).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The entries as literal alternatives, a phrase's words joined by any whitespace. */
    private static String alternatives(List<String> entries) {
        StringBuilder out = new StringBuilder();
        for (String entry : entries) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            String[] parts = entry.split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                out.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
            }
        }
        return out.toString();
    }

    /** A place stated in {@code text} within {@code [from, to)}: its words and original span, first found. */
    public record Stated(String text, Span span) {
    }

    /**
     * The first place stated in {@code [from, to)} that the gazetteer did not know, or null.
     * {@code taken} says whether a span is already something else the gazetteer knows (a
     * nationality, a named group: "in Houthi attacks").
     */
    public Stated find(String text, int from, int to, Predicate<Span> taken) {
        boolean latin = false;
        boolean arabicLetters = false;
        for (int k = from; k < to && !(latin && arabicLetters); k++) {
            char c = text.charAt(k);
            latin |= c < 0x80 && Character.isLetter(c);
            arabicLetters |= c >= '\u0600' && c <= '\u06FF';
        }
        // each pattern needs its script: the English one a preposition in Latin letters, the Arabic one Arabic words
        Stated english = latin || !asciiPrepositions ? english(text, from, to, taken) : null;
        Stated arabic = arabicLetters ? arabic(text, from, to, taken) : null;
        if (english == null) {
            return arabic;
        }
        return arabic == null || english.span().start() <= arabic.span().start() ? english : arabic;
    }

    private Stated english(String text, int from, int to, Predicate<Span> taken) {
        if (englishPattern == null) {
            return null;
        }
        Matcher m = englishPattern.matcher(text);
        for (int at = from; at < to && findFrom(m, englishFirst, text, from, at, to); at = m.end()) {
            int start = afterPossessor(text, m.start("name"), m.end("name"));
            int end = nameEnd(text, start, m.end("name"));
            if (end <= start) {
                continue;
            }
            String name = text.substring(start, end);
            if (m.group("kind") == null && !endsName(text, end, to)) {
                continue;
            }
            if (name.endsWith("'s") || name.endsWith("’s") || acronym(name) || taken.test(new Span(start, end))) {
                continue;
            }
            return new Stated(name, new Span(start, end));
        }
        return null;
    }

    /** Past a possessor that is a word of its own: "in Kenya's Tana River county" names Tana River. */
    private int afterPossessor(String text, int start, int end) {
        Matcher w = WORD.matcher(text).region(start, end);
        int from = start;
        while (w.find()) {
            String word = w.group();
            if ((word.endsWith("'s") || word.endsWith("’s")) && w.end() < end
                    && !notPlaces.contains(word.substring(0, word.length() - 2).toLowerCase(Locale.ROOT))) {
                from = w.end();
                while (from < end && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
            }
        }
        return from;
    }

    /**
     * The name's end, cut before a word that is not a place ("in Leeds Tuesday"); {@code start} when
     * its first word is one, or when the name would end on a word that only opens one ("in North").
     */
    private int nameEnd(String text, int start, int end) {
        Matcher w = WORD.matcher(text).region(start, end);
        int last = start;
        boolean opened = false;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
            if (notPlaces.contains(word)) {
                break;
            }
            opened = openers.contains(word);
            last = w.end();
        }
        return opened ? start : last;
    }

    /** After "in Name": the sentence's end, punctuation, or a word that ends a name. */
    private boolean endsName(String text, int end, int to) {
        int i = end;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= to) {
            return true;
        }
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
            return c != '\'' && c != '’' && c != '-';
        }
        int j = i;
        while (j < to && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return endsName.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }

    private static boolean acronym(String name) {
        return name.length() <= 5 && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private Stated arabic(String text, int from, int to, Predicate<Span> taken) {
        if (arabicPattern == null) {
            return null;
        }
        Matcher m = arabicPattern.matcher(text);
        for (int at = from; at < to && findFrom(m, arabicFirst, text, from, at, to); at = m.end()) {
            String first = m.group("name");
            if (arNotNames.contains(first)) {
                continue;
            }
            int start = m.start("name");
            int end = m.end("name");
            String second = m.group("second");
            if (second != null && arOpeners.contains(first) && !arNotNames.contains(second)) {
                end = m.end("second");
            }
            Span span = new Span(start, end);
            if (taken.test(span)) {
                continue;
            }
            return new Stated(text.substring(start, end), span);
        }
        return null;
    }
}
