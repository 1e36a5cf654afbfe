package org.corroborate.gazetteer;

import java.util.Objects;

import org.corroborate.api.Span;

/** A demonym found in a text ("الأميركيين", "Iraqi"): the ISO 3166 alpha-2 code, upper case, and the original span. */
public record NationalityMention(String code, String text, Span span) {
    public NationalityMention {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
    }
}
