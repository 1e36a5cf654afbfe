package org.corroborate.verify;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** A claim's standing against the corpus (CONTRACT.md "Check report"). */
public enum Verdict {
    CORROBORATED, CONTRADICTED, UNVERIFIED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
