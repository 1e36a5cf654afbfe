package org.corroborate.text;

import java.util.List;

/**
 * A normalised text cut into sentences, and each sentence into tokens, once: the count and quote
 * finders of one extraction read the same sentences of the same text, and cutting them twice was
 * a fair share of what they cost. Made for one extraction on one thread; not shared between threads.
 */
public final class SentenceTokens {
    private final NormalizedText text;
    private final List<Sentences.Sentence> sentences;
    private final List<Token>[] tokens;

    @SuppressWarnings("unchecked")
    private SentenceTokens(NormalizedText text) {
        this.text = text;
        this.sentences = List.copyOf(Sentences.of(text.normalized()));
        this.tokens = new List[sentences.size()];
    }

    /** The sentences of {@code text}'s normalised view, to be tokenised as they are asked for. */
    public static SentenceTokens of(NormalizedText text) {
        return new SentenceTokens(text);
    }

    public NormalizedText text() {
        return text;
    }

    /** {@link Sentences#of} of the normalised text. */
    public List<Sentences.Sentence> sentences() {
        return sentences;
    }

    /** {@link Token#of} of sentence {@code i} (unmodifiable). */
    public List<Token> tokens(int i) {
        if (tokens[i] == null) {
            Sentences.Sentence s = sentences.get(i);
            tokens[i] = List.copyOf(Token.of(text.normalized(), s.start(), s.end()));
        }
        return tokens[i];
    }
}
