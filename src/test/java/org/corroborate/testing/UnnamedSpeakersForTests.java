package org.corroborate.testing;

import java.nio.file.Path;

import org.corroborate.extract.RuleKinds;
import org.corroborate.extract.quote.UnnamedSpeakers;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;

/** The speech packs' unnamed speakers of the project's {@code rules/}, loaded once for the comparison tests. */
public final class UnnamedSpeakersForTests {
    private UnnamedSpeakersForTests() {
    }

    private static final class Holder {
        static final UnnamedSpeakers SHAPES =
                UnnamedSpeakers.of(RulePacks.load(RuleSource.directory(Path.of("rules")), RuleKinds.ALL));
    }

    public static UnnamedSpeakers shipped() {
        return Holder.SHAPES;
    }
}
