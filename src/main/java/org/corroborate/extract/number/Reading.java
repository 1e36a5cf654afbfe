package org.corroborate.extract.number;

import java.util.List;

import org.corroborate.api.Mention;
import org.corroborate.api.Span;
import org.corroborate.text.NormalizedText;

/** One text being read: the original, its normalised view, the tokens of one segment, and the mentions found so far. */
record Reading(String text, NormalizedText normalized, Tokens tokens, List<Mention> mentions) {

    /** The original span of tokens {@code [fromToken, toToken)}. */
    Span span(int fromToken, int toToken) {
        int[] span = normalized.toOriginal(tokens.start(fromToken), tokens.end(toToken - 1));
        return new Span(span[0], span[1]);
    }
}
