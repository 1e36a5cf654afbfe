package org.corroborate.extract.number;

import java.util.EnumMap;
import java.util.Map;

import org.corroborate.api.Language;
import org.corroborate.rules.RulePacks;
import org.corroborate.testing.ShippedRules;

/** The shipped rule packs and a recogniser per language, loaded once for all tests. */
public final class Recognizers {
    private static final RulePacks PACKS = ShippedRules.packs();
    private static final Map<Language, NumberRecognizer> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, NumberRecognizer.of(PACKS, language));
        }
    }

    private Recognizers() {
    }

    public static RulePacks packs() {
        return PACKS;
    }

    public static NumberRecognizer of(Language language) {
        return BY_LANGUAGE.get(language);
    }
}
