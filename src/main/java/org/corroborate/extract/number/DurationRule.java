package org.corroborate.extract.number;

import java.math.BigDecimal;
import java.util.Map;

import org.corroborate.api.Grain;
import org.corroborate.rules.Examples;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Rule;

/**
 * A unit of time for durations: {@code words} are the forms written after a count, each with how
 * many {@code unit}s one of it is (years: 1, decades: 10); {@code duals} are dual forms that count
 * two by themselves (سنتين، يومين), and {@code singles} forms that count one by themselves
 * (أسبوع), as written (no clitic, no article), each with the same kind of factor.
 */
public record DurationRule(String id, String name, Grain unit, Map<String, BigDecimal> words,
                           @OptionalKey Map<String, BigDecimal> duals, @OptionalKey Map<String, BigDecimal> singles,
                           Examples examples) implements Rule {
    public DurationRule {
        words = Map.copyOf(words);
        duals = duals == null ? Map.of() : Map.copyOf(duals);
        singles = singles == null ? Map.of() : Map.copyOf(singles);
    }
}
