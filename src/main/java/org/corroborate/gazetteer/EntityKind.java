package org.corroborate.gazetteer;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a named entity is: who may speak, claim or be counted in a report ({@code ngo}: rights groups and monitors). */
public enum EntityKind {
    ARMED_GROUP, MINISTRY, AGENCY, MILITARY, POLICE, GOVERNMENT, INTERNATIONAL_ORG, HUMANITARIAN, NGO, MEDIA;

    @JsonCreator
    public static EntityKind fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
