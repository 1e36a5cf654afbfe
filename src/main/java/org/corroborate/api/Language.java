package org.corroborate.api;

import java.util.Locale;

/** The languages Corroborate reads. Anything else is refused as {@code unsupported-language}. */
public enum Language {
    AR("ar"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used on the wire: {@code ar} or {@code en}. */
    public String code() {
        return code;
    }

    /** Parses {@code ar}/{@code en} (any case); rejects everything else with a clear message. */
    public static Language fromCode(String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return language;
                }
            }
        }
        throw new InputRejectedException("unsupported-language",
                "unsupported language '" + code + "': Corroborate reads ar and en");
    }

    @Override
    public String toString() {
        return code;
    }
}
