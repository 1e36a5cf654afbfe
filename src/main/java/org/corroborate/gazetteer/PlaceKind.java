package org.corroborate.gazetteer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a place is, and so what it may lie in. First-level divisions go by their local name
 * (governorate in Syria, Iraq, Jordan, Lebanon, Palestine and Yemen; state in Sudan; district, the
 * shabiya, in Libya; province elsewhere).
 */
public enum PlaceKind {
    COUNTRY, REGION, GOVERNORATE, PROVINCE, STATE, DISTRICT, CITY, TOWN, VILLAGE, CAMP, AREA;

    private static final Set<PlaceKind> FIRST_LEVEL = EnumSet.of(GOVERNORATE, PROVINCE, STATE);

    /** Whether a place of this kind may have a parent of kind {@code parent}. */
    public boolean mayLieIn(PlaceKind parent) {
        return switch (this) {
            case COUNTRY -> false;
            case REGION -> parent == COUNTRY || parent == REGION;
            case GOVERNORATE, PROVINCE, STATE -> parent == COUNTRY || parent == REGION;
            // Libya's districts are first-level; Iraq's and Lebanon's qadas lie in a governorate.
            case DISTRICT -> parent == COUNTRY || parent == REGION || FIRST_LEVEL.contains(parent);
            case CITY -> parent == COUNTRY || parent == REGION || parent == DISTRICT || FIRST_LEVEL.contains(parent);
            case TOWN, VILLAGE, CAMP, AREA -> parent != VILLAGE && parent != CAMP;
        };
    }

    @JsonCreator
    public static PlaceKind fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
