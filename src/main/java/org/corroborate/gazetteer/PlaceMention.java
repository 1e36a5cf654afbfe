package org.corroborate.gazetteer;

import java.util.List;
import java.util.Objects;

import org.corroborate.api.Span;

/**
 * A place named in a text. {@code span} and {@code text} are the original text's (the name
 * without an attached proclitic: بتدمر → تدمر); {@code name} is the gazetteer's spelling that
 * matched; {@code alternatives} are the other places of that name, when the name is ambiguous
 * (طرابلس: Libya's, and Lebanon's in {@code alternatives}).
 */
public record PlaceMention(String key, PlaceKind kind, String text, Span span, String name, List<String> alternatives) {
    public PlaceMention {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(span, "span");
        alternatives = List.copyOf(alternatives);
    }
}
