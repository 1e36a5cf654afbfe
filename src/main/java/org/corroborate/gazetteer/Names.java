package org.corroborate.gazetteer;

import java.util.List;

import org.corroborate.api.Language;

/**
 * The names of a place or entity, or the demonyms of a country, per language. Both keys are
 * required so that the same key is found in Arabic and English reports; emptiness is reported by
 * the file's validation, with its line, rather than thrown here.
 */
public record Names(List<String> ar, List<String> en) {
    public Names {
        ar = ar == null ? List.of() : List.copyOf(ar);
        en = en == null ? List.of() : List.copyOf(en);
    }

    static final Names NONE = new Names(List.of(), List.of());

    public List<String> of(Language language) {
        return language == Language.AR ? ar : en;
    }
}
