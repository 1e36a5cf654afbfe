package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/** Attributions of article paragraphs: inverted "said X", a title and name in apposition, "what he called". */
class ParagraphQuotesTest {

    @Test
    void aLongNameAfterAnInvertedSaidIsTheSpeakerNotTheQuote() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("The bus plunged into a gorge after the driver lost control, said Reasi police chief Mohita Sharma.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("The bus plunged into a gorge after the driver lost control");
            assertThat(c.speaker().text()).isEqualTo("Reasi police chief Mohita Sharma");
            assertThat(c.direct()).isFalse();
        });
    }

    @Test
    void aTitleAndANameInAppositionBeforeAFinalSaid() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("The road was closed near the town of Afgoye on Friday, a military officer,"
                + " Captain Abdirahman Ali, said. The convoy was carrying supplies to troops on the front line, he said.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("The road was closed near the town of Afgoye on Friday",
                "The convoy was carrying supplies to troops on the front line");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("Captain Abdirahman Ali");
    }

    @Test
    void whatHeCalledIsTheSentencesSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Interior Minister Fadi Haddad said the kingdom would show \"no mercy\""
                + " to what he called \"the merchants of death\".");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("no mercy", "the merchants of death");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("Interior Minister Fadi Haddad");
        claims = QuoteFinderTest.AR.find("وقال وزير الداخلية فادي حداد إن المملكة «لن ترحم» من وصفهم بـ«تجار الموت».");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("لن ترحم", "تجار الموت");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("وزير الداخلية فادي حداد");
    }

    @Test
    void aDescriptionWithAnObjectPronounIsTheSpeakersOfTheSentence() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("أكدت زعيمة المعارضة لانا هورامي أن كتلتها ستقاطع الحكومة، ووصفتها بأنها «شركة عائلية».");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactlyInAnyOrder("كتلتها ستقاطع الحكومة", "شركة عائلية");
        assertThat(claims).extracting(c -> c.speaker().text()).doesNotContain("الحكومة");
    }

    @Test
    void aDescriptionAfterAVerbOfNoSpeechIsTheSentencesSubjects() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("ورحبت حكومة إقليم كردستان بالقرار في بيان، ووصفته بأنه «انتصار لجميع العراقيين».");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("انتصار لجميع العراقيين");
            assertThat(c.speaker().text()).isEqualTo("حكومة إقليم كردستان");
        });
    }

    @Test
    void aTitleAndANameInAppositionBeforeSaidOnADay() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Sudan's warring parties will hold a new round of indirect talks in Jeddah next week,"
                + " the U.N. envoy for Sudan, Ramtane Idris, said on Tuesday.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("Sudan's warring parties will hold a new round of indirect talks in Jeddah next week");
            assertThat(c.speaker().text()).isEqualTo("Ramtane Idris");
        });
    }

    @Test
    void whereTheWordsWereSpokenIsNoSpeaker() {
        // "وأوضح في …": the subject is dropped, and في opens where it was said, not who said it
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("قال رئيس البلدية إن المياه عادت إلى الأحياء الشرقية."
                + " وأوضح في حديث لإذاعة محلية أن أعمال الصيانة ستنتهي قريباً.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("المياه عادت إلى الأحياء الشرقية",
                "أعمال الصيانة ستنتهي قريباً");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("رئيس البلدية");
    }

    @Test
    void aRelativeClauseOnTheSubjectIsNoStatement() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Okafor, who ran the port authority until 2021, said he had done nothing wrong.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("he had done nothing wrong");
            assertThat(c.speaker().text()).isEqualTo("Okafor");
        });
    }

    @Test
    void theSubjectOfTwoJoinedVerbsSpeaks() {
        // "X, 61, toured the site and said …": the verb phrase before "and said" is no speaker, nor is the age
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Mensah, 61, toured the damaged ward and said repairs would take \"several months\".");
        assertThat(claims).filteredOn(QuoteClaim::direct).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("several months");
            assertThat(c.speaker().text()).isEqualTo("Mensah");
        });
    }

    @Test
    void aNameThatActivistsGiveIsTheirQuote() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وتقول منظمات حقوقية إن أكثر من 100 شخص قُتلوا في زاهدان في حملة قمع لاحتجاجات يسميها ناشطون «الجمعة الدامية».");
        assertThat(claims).filteredOn(QuoteClaim::direct).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("الجمعة الدامية");
            assertThat(c.speaker().text()).isEqualTo("ناشطون");
        });
    }
}
