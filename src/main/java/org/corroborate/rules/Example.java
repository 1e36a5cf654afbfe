package org.corroborate.rules;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One positive example: the {@code text} and what the engine must yield for it ({@code expect},
 * e.g. {@code {value: 25}} or {@code {start: 2025-12-13, grain: day}}), with an optional
 * {@code reference} date for relative expressions.
 */
public record Example(String text, @OptionalKey JsonNode expect, @OptionalKey String reference) {
    public Example {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an example needs a text");
        }
    }

    /** The expected fields as a map (empty when none). */
    public Map<String, JsonNode> expected() {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        if (expect != null) {
            expect.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }
}
