package org.corroborate.extract.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.corroborate.rules.Examples;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Regex;
import org.corroborate.rules.Rule;

/**
 * One rule of a {@code numbers} file: a group of words playing one {@link NumberRole} in the
 * number grammar. Depending on the role it carries {@code words} (form to value), {@code forms}
 * (forms without a value), {@code ranges} (form to [min, max]) or a {@code pattern}.
 */
public record NumberRule(String id, String name, NumberRole role,
                         @OptionalKey Map<String, BigDecimal> words,
                         @OptionalKey List<String> forms,
                         @OptionalKey Map<String, List<BigDecimal>> ranges,
                         @OptionalKey @Regex String pattern,
                         Examples examples) implements Rule {
    public NumberRule {
        words = words == null ? Map.of() : ordered(words);
        forms = forms == null ? List.of() : List.copyOf(forms);
        ranges = ranges == null ? Map.of() : ordered(ranges);
    }

    /** An unmodifiable copy in the file's order, so problems are reported where the file repeats itself. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
