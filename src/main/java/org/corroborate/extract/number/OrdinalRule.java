package org.corroborate.extract.number;

import java.util.List;
import java.util.Map;

import org.corroborate.rules.Examples;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Rule;

/** One rule of an {@code ordinals} file: ordinal words ({@code words}: form to value) or {@code forms}. */
public record OrdinalRule(String id, String name, OrdinalRole role,
                          @OptionalKey Map<String, Long> words,
                          @OptionalKey List<String> forms,
                          Examples examples) implements Rule {
    public OrdinalRule {
        words = words == null ? Map.of() : Map.copyOf(words);
        forms = forms == null ? List.of() : List.copyOf(forms);
    }
}
