package org.corroborate.gazetteer;

import java.nio.file.Path;

import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;

/** The shipped gazetteer, loaded and validated once for all tests. */
final class ShippedGazetteer {
    static final RulePacks PACKS = RulePacks.load(RuleSource.directory(Path.of("rules")), RuleKinds.ALL);
    static final Gazetteer GAZETTEER = Gazetteer.of(PACKS);

    private ShippedGazetteer() {
    }
}
