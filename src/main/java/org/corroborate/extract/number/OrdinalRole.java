package org.corroborate.extract.number;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What the words of an {@link OrdinalRule} do in the ordinal grammar. */
public enum OrdinalRole {
    /** An ordinal that stands alone and may end a compound: first, الأول، twentieth. */
    WORD,
    /** An ordinal that only counts inside a compound: الحادي (عشر). */
    COMPOUND_UNIT,
    /** Adds ten after an ordinal unit: (الثالث) عشر. */
    TEEN_SUFFIX,
    /** Definite cardinal tens read as ordinals ({@code forms}: the article prefixes): العشرون. */
    DEFINITE_TENS,
    /** Letters written right after digits ({@code forms}): 1st, 22nd, 3rd, 4th. */
    DIGIT_SUFFIX;

    @JsonCreator
    public static OrdinalRole of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
