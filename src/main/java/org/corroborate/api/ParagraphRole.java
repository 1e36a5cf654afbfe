package org.corroborate.api;

/** What a paragraph is in its article (CONTRACT.md, {@code paragraphs[].role}). */
public enum ParagraphRole {
    TITLE("title"),
    STANDFIRST("standfirst"),
    BODY("body");

    private final String wireName;

    ParagraphRole(String wireName) {
        this.wireName = wireName;
    }

    /** The name used on the wire: {@code title}, {@code standfirst} or {@code body}. */
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
