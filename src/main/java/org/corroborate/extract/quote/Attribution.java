package org.corroborate.extract.quote;

import org.corroborate.text.Sentences;

import org.corroborate.api.Span;

/**
 * One attributed statement found in a sentence, in normalised-text coordinates: the quoted or
 * reported words, the speaker's words (null when the verb's subject is dropped), and the span
 * covering both.
 */
record Attribution(Span quote, Span speaker, boolean direct, Sentences.Sentence sentence, int start, int end) {

    static Attribution of(Span quote, Span speaker, boolean direct, Sentences.Sentence sentence) {
        int start = speaker == null ? quote.start() : Math.min(quote.start(), speaker.start());
        int end = speaker == null ? quote.end() : Math.max(quote.end(), speaker.end());
        return new Attribution(quote, speaker, direct, sentence, start, end);
    }
}

/** A named statement source ("بيان صادر عن خلية الإعلام الأمني") seen at {@code position}. */
record Source(int position, Span speaker) {
}
