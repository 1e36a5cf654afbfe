package org.corroborate.extract.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corroborate.text.ArabicNormalizer;

/**
 * The speech words of one language, normalised once and ready to match against tokens: verbs,
 * "according to" words, complementizers, speaker stops, anaphors and objects.
 */
final class Lexicon {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private final Map<String, String> verbs = new HashMap<>();
    private final Set<String> sources = new HashSet<>();
    private final Set<String> complementizers = new HashSet<>();
    private final Set<String> stops = new HashSet<>();
    private final Set<String> anaphors = new HashSet<>();
    private final Set<String> objects = new HashSet<>();
    private final Set<String> proclitics = new HashSet<>();
    private final Set<String> stopPrefixes = new HashSet<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> nameLinks = new HashSet<>();
    private final Set<String> nounMarkers = new HashSet<>();
    private final Set<String> participles = new HashSet<>();
    private final Set<String> bodyHeads = new HashSet<>();
    private final Set<String> relatives = new HashSet<>();
    private final List<List<String>> statementSources = new java.util.ArrayList<>();

    Lexicon(List<SpeechRules> files) {
        for (SpeechRules file : files) {
            file.verbs().forEach(group -> group.words().forEach(w -> verbs.put(norm(w), group.id())));
            file.sources().forEach(group -> group.words().forEach(w -> sources.add(norm(w))));
            file.complementizers().forEach(w -> complementizers.add(norm(w)));
            file.speakerStops().forEach(w -> stops.add(norm(w)));
            file.anaphors().forEach(w -> anaphors.add(norm(w)));
            file.objects().forEach(w -> objects.add(norm(w)));
            file.proclitics().forEach(w -> proclitics.add(norm(w)));
            file.stopPrefixes().forEach(w -> stopPrefixes.add(norm(w)));
            file.speakerHeads().forEach(w -> heads.add(norm(w)));
            file.nameLinks().forEach(w -> nameLinks.add(norm(w)));
            file.nounMarkers().forEach(w -> nounMarkers.add(norm(w)));
            file.participles().forEach(w -> participles.add(norm(w)));
            file.bodyHeads().forEach(w -> bodyHeads.add(norm(w)));
            file.relatives().forEach(w -> relatives.add(norm(w)));
            file.statementSources().forEach(p -> statementSources.add(List.of(norm(p).split("\\s+"))));
        }
    }

    static String norm(String word) {
        return NORMALIZER.normalize(word.strip()).normalized().toLowerCase(Locale.ROOT);
    }

    /** The verb group id when {@code word} (possibly with a proclitic) is a speech verb. */
    String verb(String word) {
        return lookup(word, verbs::get);
    }

    boolean isSource(String word) {
        return lookup(word, w -> sources.contains(w) ? w : null) != null;
    }

    boolean isComplementizer(String word) {
        return lookup(word, w -> complementizers.contains(w) ? w : null) != null;
    }

    boolean isStop(String word) {
        return stops.contains(word) || (word.length() > 2 && stops.contains(withoutProclitic(word)))
                || complementizers.contains(word);
    }

    /** An attached preposition ends a name (لوكالة), except as its first word. */
    boolean hasStopPrefix(String word) {
        return word.length() > 3 && stopPrefixes.contains(word.substring(0, 1));
    }

    boolean isNameLink(String word) {
        return nameLinks.contains(word);
    }

    boolean isParticiple(String word) {
        return lookup(word, w -> participles.contains(w) ? w : null) != null;
    }

    boolean relays(String word) {
        String group = verb(word);
        return group != null && group.endsWith(".relay");
    }

    boolean isNounMarker(String word) {
        return nounMarkers.contains(word);
    }

    boolean isHead(String word) {
        return heads.contains(word) || heads.contains(withoutProclitic(word));
    }

    List<List<String>> statementSources() {
        return statementSources;
    }

    /** True when {@code word} may end an organisation's name ("Alliance", "Ministry"). */
    boolean isRelative(String word) {
        return relatives.contains(word);
    }

    boolean isBodyHead(String word) {
        return bodyHeads.contains(norm(word));
    }

    boolean isAnaphor(String phrase) {
        return anaphors.contains(phrase);
    }

    boolean isObject(String word) {
        return objects.contains(word) || objects.contains(withoutProclitic(word));
    }

    private String lookup(String word, java.util.function.Function<String, String> table) {
        String hit = table.apply(word);
        if (hit == null && word.length() > 2 && proclitics.contains(word.substring(0, 1))) {
            hit = table.apply(word.substring(1));
        }
        return hit;
    }

    private String withoutProclitic(String word) {
        return word.length() > 2 && proclitics.contains(word.substring(0, 1)) ? word.substring(1) : word;
    }
}
