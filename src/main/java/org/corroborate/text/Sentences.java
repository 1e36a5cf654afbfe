package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences for attribution: at line breaks, and after . ! ? ؟ followed by
 * white space — but never inside a quotation («…», “…”, "…"), never after a single capital
 * letter (U.S.) and never after a common English abbreviation (Dec., Gen., Mr.) or the Arabic "د." (Dr.).
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
        return !initial && !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
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
