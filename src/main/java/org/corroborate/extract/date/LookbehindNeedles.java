package org.corroborate.extract.date;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Text a rule's leading lookbehind must see within its reach before a match, when {@link Lookbehind} cannot read the
 * lookbehind word for word ({@code (?<=(?:توفي|قضى)[^.،؛]{0,60} |…)بعد …}): the needles of its body ({@link
 * Needles}), one of which every match of it contains, and the most chars it can match ({@link Needles#maxLength}).
 * The regex engine tries such a lookbehind at every place up to its length before the match, and the death rule's
 * two failed tries per benchmark article cost more than a quarter of Arabic date regex time; where none of the
 * needles lies wholly in the stretch the lookbehind could cover, the rule cannot match and is not run.
 *
 * <p>Read only when the pattern begins with a lookbehind and has no alternation outside it (the lookbehind then
 * holds for every match); otherwise, or when the body promises no needle or no bounded length, null.
 */
final class LookbehindNeedles {
    private final String[] needles;
    /** The most chars the lookbehind's body matches. */
    private final int maxLength;
    /** Whether the text's letters compare ignoring case (a looser test than the pattern's ASCII folding: never stricter). */
    private final boolean ignoreCase;

    /** The most chars a clitic before the match may take: the lookbehind looks from that far past the place tried. */
    private final int lead;

    private LookbehindNeedles(String[] needles, int maxLength, boolean ignoreCase, int lead) {
        this.needles = needles;
        this.maxLength = maxLength;
        this.ignoreCase = ignoreCase;
        this.lead = lead;
    }

    /**
     * The needles of the lookbehind {@code pattern} (normalised, placeholders not expanded) begins with, or null;
     * {@code lead}: the most chars a clitic before the pattern takes ({@link Needles#UNBOUNDED}: no filter).
     */
    static LookbehindNeedles of(String pattern, Function<String, String> parts, Function<String, Lexicon> lexicons,
                                boolean ignoreCase, int lead) {
        if (!pattern.startsWith("(?<=")) {
            return null;
        }
        int close = RegexPatternWalk.groupEnd(pattern, 0);
        List<Integer> bars = close < 0 ? null : RegexPatternWalk.bars(pattern, close + 1);
        if (bars == null || !bars.isEmpty()) {
            return null; // an alternative after the lookbehind need not follow it
        }
        String body = pattern.substring(4, close);
        List<Map<String, Integer>> sets = Needles.of(body, parts, lexicons, ignoreCase, 0);
        int length = Needles.maxLength(body, parts, lexicons);
        if (sets == null || length == Needles.UNBOUNDED || lead == Needles.UNBOUNDED) {
            return null;
        }
        Map<String, Integer> rarest = sets.get(0);
        if (rarest.isEmpty() || rarest.containsKey("")) {
            return null;
        }
        return new LookbehindNeedles(rarest.keySet().stream().sorted().toArray(String[]::new), length, ignoreCase, lead);
    }

    /**
     * Whether one of the needles lies wholly in {@code text[start - maxLength, start + lead)}: where the lookbehind
     * looks from ({@code start}, or up to {@code lead} chars on past a clitic) it matches at most {@code maxLength}
     * chars before, and a match of it contains a needle. False: the rule cannot match at {@code start}.
     */
    boolean mayHoldAt(String text, int start) {
        int from = Math.max(0, start - maxLength);
        int to = Math.min(text.length(), start + lead);
        for (String needle : needles) {
            for (int p = from; p + needle.length() <= to; p++) {
                if (text.regionMatches(ignoreCase, p, needle, 0, needle.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The needles, the body's most chars, the folding and the lead, as a test compares them. */
    @Override
    public String toString() {
        return java.util.Arrays.toString(needles) + " max " + maxLength + (ignoreCase ? " folded" : "") + " lead " + lead;
    }
}
