package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences for attribution: at line breaks, and after . ! ? ؟ followed by
 * white space — but never inside a quotation («…», “…”, "…"), never after a single capital
 * letter (U.S.), never after a common English abbreviation (Dec., Gen., Mr.) or the Arabic "د." (Dr.), and never after a
 * dotted abbreviation ("p.m.") that a lower-case word follows.
 */
public final class Sentences {
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "st", "no",
            "brig", "adm", "cmdr", "cpl", "pvt", "supt", "insp", "prof", "rev",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc",
            "د"); // Arabic "د." (دكتور) before a name: "ممثلة المنظمة، د. ليلى …" (blind8 #28)

    /** A sentence: {@code [start, end)} of the text, without surrounding white space. */
    public record Sentence(int start, int end) {
    }

    private Sentences() {
    }

    public static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        boolean inStraight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') {
                depth++;
            } else if ((c == '»' || c == '”') && depth > 0) {
                depth--;
            } else if (c == '"') {
                inStraight = !inStraight;
            } else if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
                depth = 0;
                inStraight = false;
            } else if (depth == 0 && !inStraight && isTerminal(c) && endsSentence(text, i)) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F';
    }

    private static boolean endsSentence(String text, int i) {
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return !initial && !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))
                && !(dotted(text, w, word) && lowercaseNext(text, i + 1));
    }

    /** Whether the word ending at a full stop closes a dotted abbreviation of single letters ("a.m.", "p.m.", "e.g."). */
    private static boolean dotted(String text, int w, String word) {
        return word.length() == 1 && w >= 2 && text.charAt(w - 1) == '.' && Character.isLetter(text.charAt(w - 2));
    }

    /**
     * Whether the next word after white space starts with a lower-case letter: after "a.m."/"p.m." the sentence goes on
     * ("launched between 10 p.m. on Friday and 5 a.m. on Saturday"); before a capital it may end ("… at 5 p.m. Police said").
     */
    private static boolean lowercaseNext(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        return j < text.length() && Character.isLowerCase(text.charAt(j));
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end));
        }
    }
}
