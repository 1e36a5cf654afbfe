package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.corroborate.api.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Lexicon#speech} reads a word once for what {@link Lexicon#verb}, {@link Lexicon#isSource} and
 * {@link Lexicon#marksStatementSource} each read of it: the same answers for every speech verb, source
 * and statement-source word of the packs, as written and after each proclitic, and for words that are none.
 */
class SpeechLookupTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void answersAsTheThreeLookupsDo(Language language) {
        Lexicon lexicon = language == Language.AR ? QuoteFinderTest.AR_LEXICON : QuoteFinderTest.EN_LEXICON;
        Set<String> words = new LinkedHashSet<>();
        Set<String> proclitics = new LinkedHashSet<>();
        for (SpeechRules file : QuoteFinderTest.PACKS.forLanguage(language, SpeechRules.class)) {
            file.verbs().forEach(group -> group.words().forEach(w -> words.add(Lexicon.norm(w))));
            file.sources().forEach(group -> group.words().forEach(w -> words.add(Lexicon.norm(w))));
            file.proclitics().forEach(p -> proclitics.add(Lexicon.norm(p)));
        }
        lexicon.statementSources().forEach(words::addAll);
        words.addAll(Set.of("the", "flooding", "ministry", ",", "\u00AB", "x", "الوزارة", "و"));
        Set<String> read = new LinkedHashSet<>(words);
        for (String w : words) {
            for (String p : proclitics) {
                read.add(p + w); // "وقال", "وبحسب": with a proclitic, also where the bare word is a verb and a source
            }
        }
        int verbs = 0;
        for (String w : read) {
            Lexicon.Speech speech = lexicon.speech(w);
            assertThat(speech.verb()).as("verb of %s", w).isEqualTo(lexicon.verb(w));
            assertThat(speech.source()).as("source of %s", w).isEqualTo(lexicon.isSource(w));
            assertThat(speech.mark()).as("mark of %s", w).isEqualTo(lexicon.marksStatementSource(w));
            verbs += speech.verb() != null ? 1 : 0;
        }
        assertThat(verbs).as("speech verbs read").isPositive();
    }
}
