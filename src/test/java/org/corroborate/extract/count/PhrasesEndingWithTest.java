package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.corroborate.api.Language;
import org.corroborate.rules.RulePacks;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The index of the lexicon's phrases by their last word gives, for any token, exactly the phrases
 * that {@code SentenceReader.endsWithPhrase} could match there, in list order: a phrase's last word
 * as written, or a one-word phrase under a proclitic (وأفرج for أفرج).
 */
class PhrasesEndingWithTest {
    private static final RulePacks PACKS = ShippedRules.packs();

    @Test
    void listsEveryPhraseThatMayEndAtAWordAndNoOther() {
        for (Language language : Language.values()) {
            CountLexicon lexicon = new CountLexicon(PACKS.forLanguage(language, CountRules.class));
            for (List<List<String>> phrases : List.of(lexicon.cancels(), lexicon.tollRises(), lexicon.earlierTolls(),
                    lexicon.previousTolls(), lexicon.notActions(), lexicon.agents(), lexicon.pastClauses(),
                    lexicon.relativePassives())) {
                Set<String> words = new LinkedHashSet<>(List.of("", "the", "قتل", "xyz"));
                phrases.forEach(p -> p.forEach(w -> {
                    words.add(w);
                    words.add("و" + w);
                    words.add("ف" + w);
                }));
                for (String word : words) {
                    assertThat(lexicon.phrasesEndingWith(phrases, word)).as(language + " " + word)
                            .containsExactly(everyPhraseEndingWith(lexicon, phrases, word));
                }
            }
        }
    }

    @Test
    void readsAOneWordPhraseUnderItsProclitic() {
        CountLexicon lexicon = new CountLexicon(PACKS.forLanguage(Language.AR, CountRules.class));
        List<List<String>> cancels = lexicon.cancels();
        int oneWord = IntStream.range(0, cancels.size()).filter(i -> cancels.get(i).size() == 1).findFirst().orElseThrow();
        String word = cancels.get(oneWord).get(0);
        assertThat(lexicon.phrasesEndingWith(cancels, "و" + word)).contains(oneWord);
        assertThat(lexicon.sameWord(word, "و" + word, true)).isTrue();
        assertThat(lexicon.sameWord(word, "و" + word, false)).isFalse();
        assertThat(lexicon.sameWord(word, "وو" + word, true)).isFalse();
    }

    /** What trying every phrase finds: its last word is the token, or it has one word that the token is after a proclitic. */
    private static int[] everyPhraseEndingWith(CountLexicon lexicon, List<List<String>> phrases, String word) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            List<String> p = phrases.get(i);
            String last = p.get(p.size() - 1);
            if (last.equals(word) || (p.size() == 1 && last.equals(lexicon.withoutProclitic(word)))) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
