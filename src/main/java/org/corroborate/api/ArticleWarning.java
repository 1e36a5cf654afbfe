package org.corroborate.api;

import java.util.Objects;

/**
 * Something a reader of the result should know that did not stop the work, e.g.
 * {@code no-publication-date}. A warning is data, not an exception.
 */
public record ArticleWarning(String code, String message) {
    /** No publication date in the document and none given by the caller. */
    public static final String NO_PUBLICATION_DATE = "no-publication-date";
    /** The publication date is a file's creation date (DOCX, ODT, RTF, PDF metadata), a proxy. */
    public static final String PUBLICATION_DATE_FROM_FILE = "publication-date-from-file";

    public ArticleWarning {
        Objects.requireNonNull(message, "message");
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("warning code must be kebab-case: " + code);
        }
    }
}
