package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.text.WordTable;

/**
 * The literal words a rule's match must follow, read from a pattern that begins with a lookbehind
 * ({@code (?<=(?:in|since|the) ){year}}): such a rule can only match where the text just before the
 * match ends with one of them, which a few char comparisons tell, without a run of the regex
 * engine. Nothing else filters these rules, since their words sit outside the match: the English
 * year rule alone was tried at every number of an article, and matched at almost none.
 *
 * <p>Only a lookbehind that is an alternation of plain letters and spaces is read, optionally with
 * the alternatives in one non-capturing group followed by more letters and spaces
 * ({@code (?<=(?:on|by) )}, {@code (?<=on )}); anything else (a placeholder, a class, an escape, a
 * quantifier, flags) gives no filter. A space stands for one to three whitespace characters, as
 * {@link DateGrammar} expands it. Letters compare as the pattern does: exactly, or after ASCII
 * folding when the rules ignore case (the text's chars are then folded as they are compared, as
 * {@link Needles#foldAscii} folds them).
 */
final class Lookbehind {
    /** Per alternative, its letters and spaces; a space is {@code ' '}. */
    private final String[] alternatives;
    /** Whether the alternatives are in ASCII lower case, and the text's ASCII capitals compare lowered. */
    private final boolean foldCase;

    private Lookbehind(String[] alternatives, boolean foldCase) {
        this.alternatives = alternatives;
        this.foldCase = foldCase;
    }

    /**
     * The lookbehind {@code pattern} (normalised, placeholders not expanded) begins with, or null
     * when it begins with none or with one this class does not read.
     */
    static Lookbehind of(String pattern, boolean ignoreCase) {
        if (!pattern.startsWith("(?<=")) {
            return null;
        }
        int close = pattern.indexOf(')', 4);
        if (close < 0) {
            return null;
        }
        String inner = pattern.substring(4, close);
        String tail = "";
        if (inner.startsWith("(?:")) {
            // "(?:in|since) " : the group closes at `close`; what follows it, up to the lookbehind's end, is the tail.
            int end = pattern.indexOf(')', close + 1);
            if (end < 0) {
                return null;
            }
            inner = pattern.substring(7, close);
            tail = pattern.substring(close + 1, end);
        }
        if (!plain(tail, false)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String alternative : inner.split("\\|", -1)) {
            if (!plain(alternative, true)) {
                return null;
            }
            String whole = alternative + tail;
            out.add(ignoreCase ? Needles.foldAscii(whole) : whole);
        }
        return out.isEmpty() ? null : new Lookbehind(out.toArray(String[]::new), ignoreCase);
    }

    /** Whether {@code text} is letters and spaces only (not empty when {@code nonEmpty}). */
    private static boolean plain(String text, boolean nonEmpty) {
        if (nonEmpty && text.isEmpty()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} ends at {@code at} with one of the alternatives, its letters compared as the pattern's are. */
    boolean holdsAt(String text, int at) {
        for (String alternative : alternatives) {
            if (endsWith(text, at, alternative, alternative.length(), foldCase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[.., at)} ends with {@code alternative[0, length)}, a space being one to three whitespace chars. */
    private static boolean endsWith(String text, int at, String alternative, int length, boolean foldCase) {
        if (length == 0) {
            return true;
        }
        char c = alternative.charAt(length - 1);
        if (c != ' ') {
            return at > 0 && (foldCase ? WordTable.lower(text.charAt(at - 1)) : text.charAt(at - 1)) == c
                    && endsWith(text, at - 1, alternative, length - 1, foldCase);
        }
        for (int k = 1; k <= 3 && at - k >= 0 && isSpace(text.charAt(at - k)); k++) {
            if (endsWith(text, at - k, alternative, length - 1, foldCase)) {
                return true;
            }
        }
        return false;
    }

    /** What a pattern's space matches: {@code \s} without Unicode classes, and the no-break spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u202F';
    }
}
