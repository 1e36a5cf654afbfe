package org.corroborate.api;

/**
 * A span of the article's plain text: UTF-16 code-unit indices (Java {@code String} indices),
 * {@code start} inclusive, {@code end} exclusive (CONTRACT.md "Text and spans").
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
