package org.corroborate.extract.quote;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Gender and number agreement between a speaker pronoun, or the verb of a dropped subject, and the
 * earlier speakers it may stand for: "he said" stands for a person, not a ministry; "it said" for a
 * body, not a man; "they said" for several people or a body; Arabic "وقالت" for a feminine speaker
 * (الوزارة، الحكومة), "وقال" for a masculine one (وزير الداخلية، الجيش). The words and endings are the
 * speech pack's ({@link SpeechRules}); what they cannot tell is {@link Kind#UNKNOWN}, which agrees with
 * everything, so a speaker is passed over only when the pack says it disagrees.
 */
final class Agreement {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** What a speaker is, or what a pronoun or verb asks its speaker to be. */
    enum Kind {
        /** One person (he, she; the spokesman). */
        PERSON,
        /** A body (it; the ministry, the police). */
        BODY,
        /** Several people (officials, witnesses). */
        PLURAL,
        /** They: several people or a body. */
        PLURAL_OR_BODY,
        /** Arabic grammatical masculine (قال؛ وزير، الجيش). */
        MASCULINE,
        /** Arabic grammatical feminine (قالت؛ الوزارة، الحكومة). */
        FEMININE,
        /** Nothing known: agrees with anything. */
        UNKNOWN
    }

    private final Lexicon lexicon;
    private final boolean english;

    Agreement(Lexicon lexicon, boolean english) {
        this.lexicon = lexicon;
        this.english = english;
    }

    /**
     * What the speaker written as {@code pronoun} (normalised; null when the subject is dropped) of
     * the verb {@code verb} (normalised, may be null) asks of the speaker it stands for: in English
     * the pronoun's, in Arabic the verb's gender. {@link Kind#UNKNOWN} when it asks nothing.
     */
    Kind demand(String pronoun, String verb) {
        if (english) {
            if (pronoun == null) {
                return Kind.UNKNOWN;
            }
            return lexicon.isPersonPronoun(pronoun) ? Kind.PERSON : lexicon.isBodyPronoun(pronoun) ? Kind.BODY
                    : lexicon.isPluralPronoun(pronoun) ? Kind.PLURAL_OR_BODY : Kind.UNKNOWN;
        }
        return pronoun == null && verb != null ? verbGender(verb) : Kind.UNKNOWN;
    }

    /**
     * What the speaker named {@code candidate} (as written) is: its kind in English, its gender in Arabic.
     * Worked out once per speaker by the caller, who asks {@link #agrees} of every later pronoun with it.
     */
    Kind kind(String candidate) {
        return english ? englishKind(candidate) : arabicGender(candidate);
    }

    /** Whether a speaker of {@code kind} ({@link #kind}) may be what {@code demand} asks for. */
    static boolean agrees(Kind demand, Kind kind) {
        return switch (demand) {
            case PERSON -> kind != Kind.BODY && kind != Kind.PLURAL;
            case BODY -> kind != Kind.PERSON && kind != Kind.PLURAL;
            case PLURAL_OR_BODY -> kind != Kind.PERSON;
            case MASCULINE -> kind != Kind.FEMININE;
            case FEMININE -> kind != Kind.MASCULINE;
            default -> true;
        };
    }

    /**
     * An English speaker's kind from its head, the words before the first head preposition or
     * speaker stop after its first word ("the Ministry" of "the Ministry of Interior", "a spokesman"
     * of "a spokesman for the ministry"): a body when the head's last word is a body noun, one person
     * when it is a person noun, several when it is a person noun's plural; failing those, one person
     * when any word of the head is a person noun ("Interior Minister Ali Saleh").
     */
    Kind englishKind(String candidate) {
        String[] words = WHITESPACE.split(Lexicon.norm(candidate));
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (lexicon.isHeadPreposition(words[i]) || lexicon.isStop(words[i])) {
                end = i;
                break;
            }
        }
        String last = words[end - 1];
        if (lexicon.isBodyNoun(last)) {
            return Kind.BODY;
        }
        if (lexicon.isPersonNoun(last)) {
            return Kind.PERSON;
        }
        if (lexicon.isPluralPersonNoun(last)) {
            return Kind.PLURAL;
        }
        for (int i = 0; i < end - 1; i++) {
            if (lexicon.isPersonNoun(words[i])) {
                return Kind.PERSON;
            }
        }
        return Kind.UNKNOWN;
    }

    /**
     * An Arabic speaker's grammatical gender, its first word's: masculine names with a feminine
     * ending (أسامة) first, then nouns of either gender (مصادر), then the feminine nouns (الأمم،
     * الجمعية) and the speaker heads with a feminine ending (الوزارة) or made feminine by one
     * (المتحدثة), then the other speaker heads (وزير، الجيش) as masculine; other words tell nothing:
     * a family name may end in ة too (سامر الشكعة).
     */
    Kind arabicGender(String candidate) {
        String[] words = WHITESPACE.split(Lexicon.norm(candidate).strip());
        String head = words[0];
        if (head.isEmpty()) {
            return Kind.UNKNOWN;
        }
        if (lexicon.isMasculineNoun(head)) {
            return Kind.MASCULINE;
        }
        if (lexicon.isEitherGenderNoun(head)) {
            return Kind.UNKNOWN;
        }
        if (lexicon.isFeminineNoun(head) || lexicon.hasFeminineEnding(head) && (lexicon.isHead(head)
                || lexicon.isHead(lexicon.withoutFeminineEnding(head)))) {
            return Kind.FEMININE; // "الوزارة", "المتحدثة"; a name with the ending ("الشكعة") tells nothing
        }
        return lexicon.isHead(head) ? Kind.MASCULINE : Kind.UNKNOWN;
    }

    /**
     * The gender of an Arabic speech verb (with or without its proclitic): feminine when it is a
     * listed verb with a feminine suffix added (قالت) or its masculine prefix changed to the feminine
     * one (تقول), masculine when adding the suffix or changing the prefix gives a listed verb (قال,
     * يقول); unknown otherwise (قالوا, a participle).
     */
    Kind verbGender(String verb) {
        for (String suffix : lexicon.feminineVerbSuffixes()) {
            if (verb.length() > suffix.length() + 1 && verb.endsWith(suffix)
                    && lexicon.verb(verb.substring(0, verb.length() - suffix.length())) != null) {
                return Kind.FEMININE;
            }
            if (lexicon.verb(verb + suffix) != null) {
                return Kind.MASCULINE;
            }
        }
        List<String> feminine = lexicon.feminineVerbPrefixes();
        List<String> masculine = lexicon.masculineVerbPrefixes();
        for (String form : List.of(verb, lexicon.withoutProclitic(verb))) {
            for (int i = 0; i < feminine.size(); i++) { // paired one to one: SpeechRules rejects lists of unequal length
                if (form.startsWith(feminine.get(i))
                        && lexicon.verb(masculine.get(i) + form.substring(feminine.get(i).length())) != null) {
                    return Kind.FEMININE;
                }
                if (form.startsWith(masculine.get(i))
                        && lexicon.verb(feminine.get(i) + form.substring(masculine.get(i).length())) != null) {
                    return Kind.MASCULINE;
                }
            }
        }
        return Kind.UNKNOWN;
    }
}
