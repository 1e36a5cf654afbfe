package org.corroborate.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.RuleKinds;
import org.corroborate.gazetteer.StatedPlaces;
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

    /** The words of kind of place of the shipped {@code places} packs, which the claim comparison sets aside. */
    public static Set<String> placeKinds() {
        return StatedPlaces.of(Packs.PACKS).kindWords();
    }

    /** The casualty and arrest claims {@link #extractor()} finds in {@code text}, published on {@code published}. */
    public static List<CountClaim> counts(String text, Language language, LocalDate published) {
        return extractor().extract(text, language, published).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }
}
