package org.corroborate.gazetteer;

import java.util.Objects;

import org.corroborate.rules.OptionalKey;

/**
 * One place of the gazetteer. {@code key} is stable (claims store it): a country's is its ISO
 * 3166 alpha-2 code in lower case, every other place's starts with its country's key and a dot
 * ({@code sy.homs.palmyra}). {@code parent} is required for everything but a country.
 *
 * <ul>
 *   <li>{@code demonyms} (countries only): Arabic masculine singular nisba forms (سوري), from which
 *       the feminine, dual and plural forms are derived, plus irregular plurals (أتراك); English
 *       forms as written (Syrian, Syrians);</li>
 *   <li>{@code needs_cue}: names that are also common words (تدمر "destroys"), recognised only after
 *       a place cue (في، قرب، مدينة ...) or an attached ب / ل;</li>
 *   <li>{@code needs_context}: names that are common words even after a cue (الخيام "the tents"),
 *       recognised only when the text names the place's country elsewhere (a place or a demonym);
 *       list a longer form (بلدة الخيام) for the other cases;</li>
 *   <li>{@code prefer}: wins over an unrelated place of the same name when the text gives no hint
 *       (عمان: Amman over Oman).</li>
 * </ul>
 */
public record Place(String key, PlaceKind kind, @OptionalKey String parent, Names names,
                    @OptionalKey Names demonyms, @OptionalKey Names needsCue, @OptionalKey Names needsContext,
                    @OptionalKey Boolean prefer) {
    public Place {
        Objects.requireNonNull(names, "names");
        demonyms = demonyms == null ? Names.NONE : demonyms;
        needsCue = needsCue == null ? Names.NONE : needsCue;
        needsContext = needsContext == null ? Names.NONE : needsContext;
        prefer = prefer != null && prefer;
    }
}
