package org.corroborate.text;

/**
 * A word or a punctuation mark of the normalised text: {@code start}/{@code end} index the
 * normalised string; {@code word} is lower-cased for matching.
 */
public record Token(String word, int start, int end, boolean punctuation) {

    /** The tokens of {@code normalized} between {@code from} and {@code to}. */
    public static java.util.List<Token> of(String normalized, int from, int to) {
        java.util.List<Token> tokens = new java.util.ArrayList<>();
        int i = from;
        while (i < to) {
            int c = normalized.codePointAt(i);
            int n = Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                int s = i;
                while (i < to && (Character.isLetterOrDigit(normalized.codePointAt(i))
                        || Character.getType(normalized.codePointAt(i)) == Character.NON_SPACING_MARK
                        || isInnerJoiner(normalized, i, to))) {
                    i += Character.charCount(normalized.codePointAt(i));
                }
                tokens.add(new Token(normalized.substring(s, i).toLowerCase(java.util.Locale.ROOT), s, i, false));
            } else if (!Character.isWhitespace(c)) {
                tokens.add(new Token(normalized.substring(i, i + n), i, i + n, true));
                i += n;
            } else {
                i += n;
            }
        }
        return tokens;
    }

    /** An apostrophe, hyphen or dot between letters stays inside the word (U.S., al-Assad). */
    private static boolean isInnerJoiner(String s, int i, int to) {
        char c = s.charAt(i);
        return (c == '\'' || c == '-' || c == '.' || c == '\u2019') && i > 0 && i + 1 < to
                && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }
}
