package org.corroborate.gazetteer;

import java.util.Objects;

import org.corroborate.rules.OptionalKey;

/**
 * A named entity: armed group, ministry, agency, international organisation, news agency.
 * {@code key} is lower-case dotted ({@code isis}, {@code iq.interior_ministry}); {@code country},
 * when set, is the key of a country in the gazetteer.
 */
public record Entity(String key, EntityKind kind, @OptionalKey String country, Names names,
                     @OptionalKey Names needsCue) {
    public Entity {
        Objects.requireNonNull(names, "names");
        needsCue = needsCue == null ? Names.NONE : needsCue;
    }
}
