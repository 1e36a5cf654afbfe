package org.corroborate.extract.number;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;

/** The shipped rule packs and a recogniser per language, loaded once for all tests. */
public final class Recognizers {
    private static final RulePacks PACKS = RulePacks.load(RuleSource.directory(Path.of("rules")), RuleKinds.ALL);
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
