package org.corroborate.extract.date;

import java.util.List;
import java.util.Map;

/**
 * A named list of words with their values, e.g. {@code month}: {@code 11: [نوفمبر, تشرين الثاني]}.
 * Patterns refer to it as a placeholder ({@code {month}}); the engine turns it into an alternation,
 * longest variant first, and reads a matched word back to its value.
 */
public record DateLexicon(String name, Map<String, List<String>> values) {
    public DateLexicon {
        values = Map.copyOf(values);
    }
}
