package org.corroborate.text;

/**
 * Normalises text for matching, once, keeping a map back to the original (after Lucene's
 * {@code ArabicNormalizer}, extended for news text; see STYLE.md "Name every character").
 *
 * <ul>
 *   <li>drops tatweel and harakat (fathatan..sukun, superscript alef);</li>
 *   <li>drops bidi controls (LRM, RLM, ALM, LRE..RLO, LRI..PDI) and zero-width joiners, which
 *       copy-pasted news text carries invisibly (Recognizers-Text issue #2545);</li>
 *   <li>folds alef with hamza above/below and madda, and wasla, to bare alef;</li>
 *   <li>folds alef maksura to yeh, and (with {@link Option#FOLD_TEH_MARBUTA}) teh marbuta to heh;</li>
 *   <li>folds Arabic-Indic and Persian digits to ASCII, and the Arabic decimal and thousands
 *       separators to {@code .} and {@code ,};</li>
 *   <li>folds Persian yeh and keheh to their Arabic forms.</li>
 * </ul>
 * Case is kept: English rules match case-insensitively themselves.
 */
public final class ArabicNormalizer {

    public static final char TATWEEL = '\u0640';
    public static final char FATHATAN = '\u064B';
    public static final char SUKUN = '\u0652';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char FARSI_YEH = '\u06CC';
    public static final char KAF = '\u0643';
    public static final char KEHEH = '\u06A9';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char ARABIC_INDIC_ZERO = '\u0660';
    public static final char PERSIAN_ZERO = '\u06F0';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    public static final char ARABIC_COMMA = '\u060C';

    /** What to fold beyond the defaults. */
    public enum Option {
        /** Teh marbuta to heh: for matching words whose ending is written either way. */
        FOLD_TEH_MARBUTA
    }

    /**
     * Per thread, the last text normalised with and without teh marbuta folding, and its view: the
     * passes of one extraction (numbers, dates, places, nationalities, entities) each normalise the
     * same article, and should pay for it once. Compared by identity, a String being immutable.
     */
    private static final ThreadLocal<NormalizedText[]> LAST = ThreadLocal.withInitial(() -> new NormalizedText[2]);

    /**
     * Shorter texts (the words a lexicon looks up between two passes over an article) are folded
     * without being kept: kept, they pushed the article out, and the next pass folded it again.
     */
    private static final int KEPT_FROM_LENGTH = 64;

    private final boolean foldTehMarbuta;

    public ArabicNormalizer(Option... options) {
        boolean teh = false;
        for (Option option : options) {
            teh |= option == Option.FOLD_TEH_MARBUTA;
        }
        this.foldTehMarbuta = teh;
    }

    public NormalizedText normalize(String text) {
        if (text.length() < KEPT_FROM_LENGTH) {
            return folded(text);
        }
        NormalizedText[] last = LAST.get();
        int slot = foldTehMarbuta ? 1 : 0;
        if (last[slot] == null || last[slot].original() != text) {
            // the two views differ only at a teh marbuta: an English text, and most Arabic ones, are folded once
            NormalizedText other = last[1 - slot];
            last[slot] = other != null && other.original() == text && text.indexOf(TEH_MARBUTA) < 0 ? other : folded(text);
        }
        return last[slot];
    }

    /**
     * What {@code normalize(text.substring(from, to)).normalized()} answers, cut out of {@code text}'s own view when
     * that is the one kept ({@link #normalize} of the article a pass reads): the windows a pass reads around each of
     * an article's dates are then not folded one by one (nor those of the kept view itself, which folds to itself). A
     * text whose view is not kept has only the window folded.
     */
    public String normalizedBetween(String text, int from, int to) {
        NormalizedText kept = LAST.get()[foldTehMarbuta ? 1 : 0];
        if (kept != null && kept.original() == text) {
            return kept.normalizedBetween(from, to);
        }
        if (kept != null && kept.normalized() == text) {
            return text.substring(from, to); // the kept view itself (a pass over it): folded already, it folds to itself
        }
        return folded(text.substring(from, to)).normalized();
    }

    /**
     * What {@code normalize(text.substring(from, to))} answers, its map back included (indices of the window, 0 at
     * {@code from}), cut out of {@code text}'s own view when that is the one kept, as {@link #normalizedBetween} cuts
     * the string: for a reader that finds a word in a window and needs the raw offset where it ends.
     */
    public NormalizedText normalizeBetween(String text, int from, int to) {
        NormalizedText kept = LAST.get()[foldTehMarbuta ? 1 : 0];
        if (kept != null && kept.original() == text) {
            return kept.between(from, to);
        }
        if (kept != null && kept.normalized() == text) {
            return NormalizedText.identity(text.substring(from, to)); // the kept view itself folds to itself
        }
        return folded(text.substring(from, to));
    }

    /**
     * What {@link #normalize} answers for {@code word}, a word or phrase a lexicon looks up (a key), folded without being
     * kept whatever its length: a key cut from an article (the words between two durations) pushed the article out, and
     * the next pass over it folded it again.
     */
    public NormalizedText normalizeWord(String word) {
        return folded(word);
    }

    private NormalizedText folded(String text) {
        if (unchanged(text)) {
            return NormalizedText.identity(text); // no arrays and no second string for a text that folds to itself
        }
        char[] out = new char[text.length()]; // a plain array: a builder checks capacity and coder per char
        int[] offsets = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            offsets[n] = i;
            out[n++] = fold(c);
        }
        offsets[n] = text.length();
        int[] trimmed = n == text.length() ? offsets : java.util.Arrays.copyOf(offsets, n + 1);
        return new NormalizedText(text, new String(out, 0, n), trimmed);
    }

    /** Whether normalising leaves every char of {@code text} as it is (ASCII never changes). */
    private boolean unchanged(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (isDropped(c) || fold(c) != c)) {
                return false;
            }
        }
        return true;
    }

    /** True for the characters the normalised view leaves out. */
    public static boolean isDropped(char c) {
        return c == TATWEEL
                || (c >= FATHATAN && c <= SUKUN)
                || c == SUPERSCRIPT_ALEF
                || isBidiControl(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
    }

    /** LRM, RLM, ALM, the embeddings/overrides U+202A..E and the isolates U+2066..9. */
    public static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private char fold(char c) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA, FARSI_YEH:
                return YEH;
            case KEHEH:
                return KAF;
            case TEH_MARBUTA:
                return foldTehMarbuta ? HEH : c;
            case ARABIC_DECIMAL_SEPARATOR:
                return '.';
            case ARABIC_THOUSANDS_SEPARATOR:
                return ',';
            default:
                break;
        }
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
            return (char) ('0' + (c - ARABIC_INDIC_ZERO));
        }
        if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
            return (char) ('0' + (c - PERSIAN_ZERO));
        }
        return c;
    }
}
