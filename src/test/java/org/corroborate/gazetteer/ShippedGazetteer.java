package org.corroborate.gazetteer;


import org.corroborate.rules.RulePacks;
import org.corroborate.testing.ShippedRules;

/** The shipped gazetteer, loaded and validated once for all tests. */
final class ShippedGazetteer {
    static final RulePacks PACKS = ShippedRules.packs();
    static final Gazetteer GAZETTEER = Gazetteer.of(PACKS);

    private ShippedGazetteer() {
    }
}
