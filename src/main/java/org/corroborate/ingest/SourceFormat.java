package org.corroborate.ingest;

/** The formats Corroborate reads. Anything else is refused as {@code unsupported-format}. */
public enum SourceFormat {
    TEXT,
    HTML,
    DOCX,
    ODT,
    RTF,
    PDF;

    /** The name an editor knows the format by, e.g. {@code DOCX}. */
    public String displayName() {
        return this == TEXT ? "plain text" : name();
    }
}
