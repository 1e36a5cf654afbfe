package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.corroborate.api.Language;
import org.corroborate.rules.RulePacks;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The action phrases a word may begin, narrowed by the word after it, are exactly those of the
 * word whose second word (if any) is that next word, in the same order: what
 * {@code SentenceReader.findActions} tries, so what it finds is what trying every phrase found.
 */
class ActionsStartingWithTest {
    private static final RulePacks PACKS = ShippedRules.packs();

    @Test
    void narrowsAWordsPhrasesToThoseTheNextWordMayContinue() {
        for (Language language : Language.values()) {
            CountLexicon lexicon = new CountLexicon(PACKS.forLanguage(language, CountRules.class));
            Set<String> words = new LinkedHashSet<>(List.of("the", "of", "were", "قتل", "فجر", "لقوا", "في", "xyz"));
            Set<String> nexts = new LinkedHashSet<>(List.of("killed", "the", "xyz"));
            for (String word : List.copyOf(words)) {
                for (CountLexicon.ActionPhrase p : lexicon.actionsStartingWith(word)) {
                    p.words().forEach(nexts::add);
                }
                words.add("و" + word);
            }
            int narrowed = 0;
            for (String word : words) {
                List<CountLexicon.ActionPhrase> all = lexicon.actionsStartingWith(word);
                for (String next : nexts) {
                    List<CountLexicon.ActionPhrase> expected = new ArrayList<>();
                    all.stream().filter(p -> p.words().size() == 1 || p.words().get(1).equals(next)).forEach(expected::add);
                    assertThat(lexicon.actionsStartingWith(word, next)).as(language + " " + word + " " + next)
                            .containsExactlyElementsOf(expected);
                    narrowed += all.size() - expected.size();
                }
                assertThat(lexicon.actionsStartingWith(word, null)).as(language + " " + word + " at the end")
                        .containsExactlyElementsOf(all.stream().filter(p -> p.words().size() == 1).toList());
            }
            assertThat(narrowed).as(language + ": some phrase is left out somewhere").isPositive();
        }
    }
}
