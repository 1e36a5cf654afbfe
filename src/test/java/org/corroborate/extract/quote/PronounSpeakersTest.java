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

    @Test
    void aBodysNounNoEarlierSpeakerSharesTakesNoPersonsName() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("A village elder said the well had run dry in June."
                + " Separately, the ministry said it would send water tankers to the district.");
        assertThat(claims).filteredOn(c -> c.quote().startsWith("it would")).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the ministry"));
        List<QuoteClaim> same = QuoteFinderTest.EN.find("The Interior Ministry said the border crossing would reopen."
                + " A truck driver said he had waited four days. Later the ministry said the queue had cleared.");
        assertThat(same).filteredOn(c -> c.quote().startsWith("the queue")).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The Interior Ministry"));
    }

    @Test
    void anArabicDroppedSubjectIsTheSubjectOfTheOpeningVerbNotItsObject() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "من جهة أخرى، رفضت النقابة قرار الوزارة، وقالت إن الرواتب لم تصرف منذ شهرين.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("النقابة"));
    }

    @Test
    void wordsOnBannersAreTheProtestersNotAnEarlierSpeakers() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقال وزير المالية إن العجز تراجع هذا العام.\n\n"
                + "وفي المدينة، اعتصم العشرات أمام مقر المحافظة، وحملوا لافتات تقول إن الخبز صار حلما.");
        assertThat(claims).filteredOn(c -> c.quote().startsWith("الخبز")).allSatisfy(
                c -> assertThat(c.speaker().text()).isNotEqualTo("وزير المالية"));
    }

    @Test
    void aPronounAfterASentenceOpeningWithATitledSubjectWhoSaidNothingIsThatSubject() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("The charity said it had run out of tents."
                + "\n\nIn the capital, the interior minister opened a new shelter on Sunday."
                + " Speaking to reporters there he said another two would open within a week.");
        assertThat(claims).filteredOn(c -> c.quote().startsWith("another")).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the interior minister"));
    }

    @Test
    void anArabicDroppedSubjectAfterASentenceOpeningWithATitledSubjectIsThatSubject() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقالت جمعية خيرية إنها وزعت ألف بطانية.\n\n"
                + "وفي زيارة إلى المخيم، افتتح وزير الصحة عيادة متنقلة. وأكد أن العيادة ستعمل على مدار الساعة.");
        assertThat(claims).filteredOn(c -> c.quote().startsWith("العيادة")).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزير الصحة"));
    }
}
