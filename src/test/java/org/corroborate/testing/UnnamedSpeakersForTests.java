package org.corroborate.testing;


import org.corroborate.extract.quote.UnnamedSpeakers;

/** The speech packs' unnamed speakers of the project's {@code rules/}, loaded once for the comparison tests. */
public final class UnnamedSpeakersForTests {
    private UnnamedSpeakersForTests() {
    }

    private static final class Holder {
        static final UnnamedSpeakers SHAPES =
                UnnamedSpeakers.of(ShippedRules.packs());
    }

    public static UnnamedSpeakers shipped() {
        return Holder.SHAPES;
    }
}
