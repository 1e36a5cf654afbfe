package org.corroborate.extract.quote;

import org.corroborate.text.Sentences;

import org.corroborate.api.Span;

/**
 * One attributed statement found in a sentence, in normalised-text coordinates: the quoted or
 * reported words, the speaker's words (null when the verb's subject is dropped), and the span
 * covering both. {@code verb} is the speech verb's word (normalised, with its proclitic) where it
 * is known, else null: the gender of a dropped subject's verb (قالت، يقول) says which earlier
 * speaker it stands for. {@code nounObject}: the words are an announced count's noun phrase, not a
 * clause ("أعلنت الوزارة توقيف تسعة أشخاص"), a quote only as that count's sourcing.
 */
record Attribution(Span quote, Span speaker, boolean direct, Sentences.Sentence sentence, int start, int end, String verb,
                   boolean nounObject) {

    static Attribution of(Span quote, Span speaker, boolean direct, Sentences.Sentence sentence) {
        int start = speaker == null ? quote.start() : Math.min(quote.start(), speaker.start());
        int end = speaker == null ? quote.end() : Math.max(quote.end(), speaker.end());
        return new Attribution(quote, speaker, direct, sentence, start, end, null, false);
    }

    /**
     * This attribution starting at {@code start}, after its speaker: a second predicate's statement ("…, but warned
     * that …") starts at its conjunction, though its speaker is the sentence's subject written before.
     */
    Attribution startingAt(int start) {
        return new Attribution(quote, speaker, direct, sentence, start, end, verb, nounObject);
    }

    /**
     * This attribution as an announced count's noun phrase ("أعلنت الوزارة توقيف تسعة أشخاص"): a quote only as the
     * count's sourcing.
     */
    Attribution asNounObject() {
        return new Attribution(quote, speaker, direct, sentence, start, end, verb, true);
    }

    /** This attribution with its speech verb's word: {@code "وقالت"} in "وقالت إن …". */
    Attribution withVerb(String word) {
        return new Attribution(quote, speaker, direct, sentence, start, end, word, nounObject);
    }
}

/** A named statement source ("بيان صادر عن خلية الإعلام الأمني") seen at {@code position}. */
record Source(int position, Span speaker) {
}
