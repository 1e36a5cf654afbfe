package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/** Pronoun and dropped speakers, and the words that look like a speaker but are not one. */
class PronounSpeakersTest {

    @Test
    void aFrontedPhraseBeforeAPronounIsNoPartOfTheSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The mayor visited the flooded district. At a news conference she said the pumps would run all night.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().asWritten()).isEqualTo("she"));
    }

    @Test
    void aPronounTakesTheMostRecentSpeakerEvenWhenThatOneIsADefiniteNounPhrase() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Colonel Idris Mansour said the convoy had reached the camp."
                + " On a radio programme he said the bridge would reopen."
                + " The port director said the cranes had been repaired. He said ships would dock from Friday.");
        assertThat(claims).filteredOn(c -> c.quote().startsWith("ships")).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The port director"));
    }

    @Test
    void arabicNaqalaWithoutAnIsTransportingNotRelaying() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وقال مدير الدفاع المدني إن الطواقم نقلت المصابين إلى مستشفى الميدان، وإن ثلاثة منهم في حالة حرجة.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("مدير الدفاع المدني");
            assertThat(c.quote()).isEqualTo("الطواقم نقلت المصابين إلى مستشفى الميدان، وإن ثلاثة منهم في حالة حرجة");
        });
    }
}
