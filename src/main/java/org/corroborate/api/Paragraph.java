package org.corroborate.api;

import java.util.Objects;

/**
 * One paragraph of an article's plain text: its text, its span ({@code start} inclusive,
 * {@code end} exclusive, UTF-16 indices into {@link Article#text()}), its role and, for HTML
 * input, where it came from ({@code null} otherwise).
 */
public record Paragraph(String text, int start, int end, ParagraphRole role, SourceLocation source) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit a text of "
                    + text.length() + " chars");
        }
    }
}
