package org.corroborate.ingest;

import java.time.LocalDate;

import org.corroborate.api.Language;

/**
 * What the caller knows better than the document: an id, the language, the publication date.
 * Each is {@code null} when not given; a given value always wins over what the document says.
 */
public record ReadOptions(String id, Language lang, LocalDate published) {
    public ReadOptions {
        if (id != null && id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** Nothing given: everything comes from the document. */
    public static ReadOptions none() {
        return new ReadOptions(null, null, null);
    }

    public ReadOptions withId(String value) {
        return new ReadOptions(value, lang, published);
    }

    public ReadOptions withLang(Language value) {
        return new ReadOptions(id, value, published);
    }

    public ReadOptions withPublished(LocalDate value) {
        return new ReadOptions(id, lang, value);
    }
}
