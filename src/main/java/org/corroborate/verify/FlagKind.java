package org.corroborate.verify;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The discrepancies a flag names (CONTRACT.md "Check report"), each with its severity. */
public enum FlagKind {
    COUNT_MISMATCH(Severity.HIGH),
    DATE_MISMATCH(Severity.MEDIUM),
    QUOTE_MISMATCH(Severity.MEDIUM),
    SPEAKER_MISMATCH(Severity.HIGH);

    private final Severity severity;

    FlagKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public enum Severity {
        HIGH, MEDIUM, LOW;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
