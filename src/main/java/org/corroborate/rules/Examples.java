package org.corroborate.rules;

import java.util.List;

/**
 * A rule's examples. {@code positive}: texts it must recognise, each with what it must yield;
 * {@code negative}: texts it must not recognise.
 */
public record Examples(List<Example> positive, List<String> negative) {
    public Examples {
        positive = List.copyOf(positive);
        negative = negative == null ? List.of() : List.copyOf(negative);
    }
}
