package org.corroborate.gazetteer;

import java.util.List;
import java.util.Objects;

import org.corroborate.api.Span;

/**
 * A named entity found in a text, with the original span of its name (without an attached
 * proclitic: لتنظيم داعش → تنظيم داعش), the gazetteer's spelling that matched, its country key when
 * it has one, and the other entities of that name when the name is ambiguous.
 */
public record EntityMention(String key, EntityKind kind, String country, String text, Span span, String name,
                            List<String> alternatives) {
    public EntityMention {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(span, "span");
        alternatives = List.copyOf(alternatives);
    }
}
