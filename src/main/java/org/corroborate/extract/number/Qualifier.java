package org.corroborate.extract.number;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How a hedging or bounding phrase before a number changes it (CONTRACT.md "Mentions"). */
public enum Qualifier {
    /** about N → value N, approximate. */
    APPROXIMATE,
    /** at least N → min N. */
    AT_LEAST,
    /** more than N → min N+1 (for whole numbers; min N otherwise). */
    MORE_THAN,
    /** up to N → max N. */
    UP_TO,
    /** fewer than N → max N-1 (for whole numbers; max N otherwise). Not in the contract's list; the mirror of more than. */
    LESS_THAN,
    /** nearly N → value N, max N, approximate. */
    NEARLY,
    /**
     * between N and M → min N, max M (not approximate). Only when "and" and a larger second
     * number follow; otherwise the first number stands alone, unqualified.
     */
    RANGE;

    @JsonCreator
    public static Qualifier of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
