package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.corroborate.api.Language;
import org.corroborate.rules.RulePacks;

/**
 * Speakers that name no one: a pronoun or a common noun ("he", "the organisation", "المنظمة") whose
 * antecedent the extractor could not find. Such a speaker may agree with a report, never contradict
 * one (a {@code speaker_mismatch} needs two names). The shapes are the speech packs'
 * {@code unnamed_speakers}, where {@code *} stands for one word ("the *") or the rest of one ("ال*").
 */
public final class UnnamedSpeakers implements Predicate<String> {
    private final Pattern shapes;

    private UnnamedSpeakers(Pattern shapes) {
        this.shapes = shapes;
    }

    /** The shapes of every language's speech packs, together: a speaker is checked in either language. */
    public static UnnamedSpeakers of(RulePacks packs) {
        List<String> alternatives = new ArrayList<>();
        for (Language language : Language.values()) {
            for (SpeechRules file : packs.forLanguage(language, SpeechRules.class)) {
                file.unnamedSpeakers().forEach(shape -> alternatives.add(regex(shape)));
            }
        }
        return new UnnamedSpeakers(alternatives.isEmpty() ? null
                : Pattern.compile("(?iu)(?:" + String.join("|", alternatives) + ")"));
    }

    /** "the *" → {@code \Qthe\E\s+\p{L}+}; "ال*" → {@code \Qال\E\p{L}+}. */
    static String regex(String shape) {
        return WordShapes.regex(shape, '*', "\\p{L}+"); // one star, ending its word (SpeechRules#validate)
    }

    /** Whether {@code speaker} (as written; null: none) names no one. */
    @Override
    public boolean test(String speaker) {
        return speaker == null || shapes != null && shapes.matcher(speaker.strip()).matches();
    }
}
