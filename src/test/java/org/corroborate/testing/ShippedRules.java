package org.corroborate.testing;

import java.nio.file.Path;

import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.corroborate.testing.ShippedRules;

/**
 * The project's {@code rules/}, loaded once, and one extractor over them, for every test that reads the shipped packs.
 * An extractor with its packs holds about 26 MB; the tests run in one JVM, and a class's static fields live as long as
 * it, so a test class that loaded its own would keep that much more for the rest of the run (26 of them had, and the
 * suite ran out of its 1 GB heap).
 */
public final class ShippedRules {
    private ShippedRules() {
    }

    private static final class Packs {
        static final RulePacks PACKS = RulePacks.load(RuleSource.directory(Path.of("rules")), RuleKinds.ALL);
    }

    private static final class Extractor {
        static final ClaimExtractor EXTRACTOR = new ClaimExtractor(Packs.PACKS);
    }

    /** The rule packs of {@code rules/}, loaded on first use. */
    public static RulePacks packs() {
        return Packs.PACKS;
    }

    /** An extractor over {@link #packs()}, built on first use. */
    public static ClaimExtractor extractor() {
        return Extractor.EXTRACTOR;
    }
}
