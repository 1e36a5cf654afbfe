package org.corroborate.extract.number;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.text.WordTable;

/**
 * The normalised text cut into words, digit groups and single signs, in one linear pass. Digit
 * groups are matched with the pack's digit pattern, anchored at the first digit of a run so it
 * never rescans; whitespace is skipped but remembered ({@link #spaceBefore}) because "10k" and
 * "10 k", "ب50" and "ب 50" read differently.
 */
final class Tokens {
    static final int WORD = 0;
    static final int DIGITS = 1;
    static final int SIGN = 2;
    /** No number word is longer; longer letter runs are never looked up. */
    static final int LONGEST_WORD = 40;

    /**
     * Chars per token the arrays are first made for: a word and its space take five or more in
     * English and Arabic prose, so most texts never grow them (growing, copying six arrays, was a
     * good part of what cutting a long text cost).
     */
    private static final int CHARS_PER_TOKEN = 4;

    private final String text;
    private int size;
    private int[] types;
    private int[] starts;
    private int[] ends;
    private boolean[] spaces;
    private String[] keys;
    /** Per token: a digit group, a sign, or a word some number, ordinal or unit of time may open with. */
    private boolean[] opens;

    private Tokens(String text, int length) {
        this.text = text;
        int capacity = length / CHARS_PER_TOKEN + 16;
        this.types = new int[capacity];
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.spaces = new boolean[capacity];
        this.keys = new String[capacity];
        this.opens = new boolean[capacity];
    }

    /**
     * The tokens of {@code normalized[from, to)}; positions stay those of the whole text. A word is
     * marked as opening ({@link #opens}) when its lookup key is in {@code openingWords} (a table whose
     * values are its keys), and then takes the table's key as its own: the lookups that follow find
     * their hash code made and never cut the word out of the text.
     */
    static Tokens of(String normalized, Pattern digits, int from, int to, WordTable<String> openingWords) {
        Tokens tokens = new Tokens(normalized, to - from);
        Matcher matcher = digits.matcher(normalized).useTransparentBounds(true);
        int n = to;
        boolean space = true;
        int i = from;
        while (i < n) {
            char c = normalized.charAt(i);
            if (c < TABLE_SIZE ? SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            int end;
            int type;
            int lowerHash = 0; // of a word, as WordTable.getLowerCase would hash it, made as its chars are read
            boolean byChar = true;
            if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(normalized.charAt(i + 1))
                    && (i == 0 || !isDigit(normalized.charAt(i - 1))))) {
                matcher.region(i, n);
                end = matcher.lookingAt() && matcher.end() > i ? matcher.end() : digitRunEnd(normalized, i);
                type = DIGITS;
            } else if (isLetter(c)) {
                end = i + 1;
                lowerHash = WordTable.lower(c);
                byChar = WordTable.lowersAlone(c);
                char d;
                while (end < n && isLetter(d = normalized.charAt(end))) {
                    lowerHash = 31 * lowerHash + WordTable.lower(d);
                    byChar &= WordTable.lowersAlone(d);
                    end++;
                }
                type = WORD;
            } else {
                end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                type = SIGN;
            }
            Object opening = type != WORD || end - i > LONGEST_WORD ? null
                    : byChar ? openingWords.getLowerCase(normalized, i, end, lowerHash) : openingWords.getLowerCase(normalized, i, end);
            tokens.add(type, i, end, space, type != WORD || opening != null);
            if (opening != null) {
                tokens.keys[tokens.size - 1] = (String) opening; // the table's own key: no string made, its hash known
            } else if (type == SIGN && end - i == 1 && c < ONE_CHAR_KEYS.length) {
                tokens.keys[tokens.size - 1] = ONE_CHAR_KEYS[c];
            }
            space = false;
            i = end;
        }
        return tokens;
    }

    /** Below this (Latin and Arabic), what a char is is read from tables made once. */
    private static final int TABLE_SIZE = 0x800;
    /** {@link Character#isLetter(char)} of each char below {@link #TABLE_SIZE}. */
    private static final boolean[] LETTER = new boolean[TABLE_SIZE];
    /** {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)} of each char below {@link #TABLE_SIZE}. */
    private static final boolean[] SPACE = new boolean[TABLE_SIZE];
    /** The key of each one-char sign below {@link #TABLE_SIZE} (a comma, a full stop, a dash), made once rather than per token. */
    private static final String[] ONE_CHAR_KEYS = new String[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            LETTER[c] = Character.isLetter(c);
            SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
            ONE_CHAR_KEYS[c] = String.valueOf(c).toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isLetter(char c) {
        return c < TABLE_SIZE ? LETTER[c] : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitRunEnd(String s, int i) {
        int end = i;
        while (end < s.length() && (isDigit(s.charAt(end)) || end == i)) {
            end++;
        }
        return end;
    }

    private void add(int type, int start, int end, boolean space, boolean opening) {
        if (size == types.length) {
            int grown = size * 2;
            types = Arrays.copyOf(types, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            spaces = Arrays.copyOf(spaces, grown);
            keys = Arrays.copyOf(keys, grown);
            opens = Arrays.copyOf(opens, grown);
        }
        types[size] = type;
        starts[size] = start;
        ends[size] = end;
        spaces[size] = space;
        opens[size] = opening;
        size++;
    }

    int size() {
        return size;
    }

    int type(int i) {
        return types[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean spaceBefore(int i) {
        return spaces[i];
    }

    /** Directly after the previous token, with no space between. */
    boolean attached(int i) {
        return i > 0 && !spaces[i];
    }

    /**
     * False for a word that nothing read from it could start with (most words of a text): no
     * lookup made at the first token of a number, ordinal, qualifier or unit of time would find
     * it, so it is skipped without making its key.
     */
    boolean opens(int i) {
        return opens[i];
    }

    boolean isWord(int i) {
        return i < size && types[i] == WORD;
    }

    boolean isDigits(int i) {
        return i < size && types[i] == DIGITS;
    }

    /** The text of the token as written (normalised, case kept). */
    String raw(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The lookup key: lower case; {@code null} for words too long to be a number word. */
    String key(int i) {
        if (i >= size || ends[i] - starts[i] > LONGEST_WORD) {
            return null;
        }
        String key = keys[i];
        if (key == null) {
            key = raw(i).toLowerCase(Locale.ROOT);
            keys[i] = key;
        }
        return key;
    }
}
