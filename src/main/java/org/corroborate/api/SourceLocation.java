package org.corroborate.api;

import java.util.Objects;

/**
 * Where a paragraph came from in the source markup, so a CMS can highlight its own HTML: a CSS
 * path that selects the source element and the offset (UTF-16 code units) into that element's
 * DOM {@code textContent} at which the paragraph's text begins. Inside a paragraph, runs of
 * white space of the source are collapsed to one space.
 */
public record SourceLocation(String cssPath, int offset) {
    public SourceLocation {
        Objects.requireNonNull(cssPath, "cssPath");
        if (cssPath.isBlank()) {
            throw new IllegalArgumentException("cssPath must not be blank");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }
}
