package org.corroborate.text;

/**
 * A word or a punctuation mark of the normalised text: {@code start}/{@code end} index the
 * normalised string; {@code word} is lower-cased for matching.
 */
public record Token(String word, int start, int end, boolean punctuation) {

    /** Below this, whether a char is part of a word or a space is read from a table (Latin and Arabic). */
    private static final int TABLE_SIZE = 0x800;
    private static final boolean[] WORD_CHAR = new boolean[TABLE_SIZE];
    private static final boolean[] SPACE = new boolean[TABLE_SIZE];
    /** A mark below the table size as a string, made once rather than per token (commas, full stops). */
    private static final String[] MARKS = new String[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            WORD_CHAR[c] = isWordCodePoint(c);
            SPACE[c] = Character.isWhitespace(c);
            MARKS[c] = WORD_CHAR[c] || SPACE[c] ? null : String.valueOf(c);
        }
    }

    /**
     * Chars per token the list is first made for: a word and its space take five or more in
     * English and Arabic prose, so the list of most sentences never grows.
     */
    private static final int CHARS_PER_TOKEN = 4;

    /** The tokens of {@code normalized} between {@code from} and {@code to}. */
    public static java.util.List<Token> of(String normalized, int from, int to) {
        java.util.List<Token> tokens = new java.util.ArrayList<>((to - from) / CHARS_PER_TOKEN + 4);
        int i = from;
        while (i < to) {
            int c = normalized.codePointAt(i);
            int n = Character.charCount(c);
            if (isWordChar(c)) {
                int s = i;
                boolean byChar = true; // as WordTable.lowersByChar: every char ASCII or Arabic
                boolean capital = false;
                while (i < to) {
                    char d = normalized.charAt(i);
                    if (d < TABLE_SIZE) { // never a surrogate
                        if (!WORD_CHAR[d] && !isInnerJoiner(normalized, i, to)) {
                            break;
                        }
                        byChar &= WordTable.lowersAlone(d);
                        capital |= d >= 'A' && d <= 'Z';
                        i++;
                    } else {
                        int e = normalized.codePointAt(i);
                        if (!isWordChar(e) && !isInnerJoiner(normalized, i, to)) {
                            break;
                        }
                        byChar = false;
                        i += Character.charCount(e);
                    }
                }
                tokens.add(new Token(lowerCase(normalized, s, i, byChar, capital), s, i, false));
            } else if (!(c < TABLE_SIZE ? SPACE[c] : Character.isWhitespace(c))) {
                tokens.add(new Token(c < TABLE_SIZE ? MARKS[c] : normalized.substring(i, i + n), i, i + n, true));
                i += n;
            } else {
                i += n;
            }
        }
        return tokens;
    }

    /**
     * {@code text[from, to)} as {@code toLowerCase(Locale.ROOT)} gives it, cut out once: most words
     * have no capital, and one in ASCII and Arabic ({@code byChar}, as {@link WordTable#lowersByChar}
     * tells) is lowered a char at a time. {@code capital}: whether the word has an ASCII capital,
     * both read as the word was found, so its chars are not gone over again.
     */
    private static String lowerCase(String text, int from, int to, boolean byChar, boolean capital) {
        if (!byChar) {
            return text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        }
        if (!capital) {
            return text.substring(from, to);
        }
        char[] lower = new char[to - from];
        text.getChars(from, to, lower, 0);
        for (int k = 0; k < lower.length; k++) {
            lower[k] = WordTable.lower(lower[k]);
        }
        return new String(lower);
    }

    /** A letter, a digit or a non-spacing mark: what words are made of. */
    private static boolean isWordChar(int c) {
        return c < TABLE_SIZE ? WORD_CHAR[c] : isWordCodePoint(c);
    }

    private static boolean isWordCodePoint(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** An apostrophe, hyphen or dot between letters stays inside the word (U.S., al-Assad). */
    private static boolean isInnerJoiner(String s, int i, int to) {
        char c = s.charAt(i);
        return (c == '\'' || c == '-' || c == '.' || c == '\u2019') && i > 0 && i + 1 < to
                && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }
}
