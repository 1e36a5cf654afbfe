package org.corroborate.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.corroborate.api.Language;

/**
 * The names of a place or entity, or the demonyms of a country, per language. Both keys are
 * required so that the same key is found in Arabic and English reports; emptiness is reported by
 * the file's validation, with its line, rather than thrown here.
 */
public record Names(List<String> ar, List<String> en) {
    static final Names NONE = new Names(List.of(), List.of());

    public Names {
        ar = copy(ar);
        en = copy(en);
    }

    /** Unmodifiable, but keeping a null entry ({@code ar: [~]}) for validation to report with its line. */
    private static List<String> copy(List<String> names) {
        return names == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(names));
    }

    public List<String> of(Language language) {
        return language == Language.AR ? ar : en;
    }
}
