package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Three shapes of q17: a refusal to tell ("but declined to name them", "would not say where") is the speaker's and no
 * part of what was said; an Arabic verbal noun after the subject of a verb-subject-object sentence is the verb's object,
 * not the speaker's adjective ("وانتقد وزير المالية التقرير"); a person's pronoun before any speaker is named stands for
 * the person a sentence opened with (rule 26 of dev).
 */
class RefusalsObjectsAndOpeningPersonsTest {

    @Test
    void aRefusalAfterTheStatementIsNoPartOfIt() {
        assertThat(QuoteFinderTest.EN.find("The minister confirmed that two officers had been suspended but declined to name them."))
                .extracting(QuoteClaim::quote).containsExactly("two officers had been suspended");
        assertThat(QuoteFinderTest.EN.find("The governor said the road would reopen on Friday but would not say when repairs would end."))
                .extracting(QuoteClaim::quote).containsExactly("the road would reopen on Friday");
    }

    @Test
    void aSpeechVerbAfterARefusalReportsNothing() {
        assertThat(QuoteFinderTest.EN.find("The police chief confirmed the arrests but would not say where the men were being held."))
                .isEmpty();
        assertThat(QuoteFinderTest.EN.find("The spokesman declined to say whether the talks had failed."))
                .isEmpty();
    }

    @Test
    void aConjunctionBeforeOtherWordsKeepsTheStatementWhole() {
        assertThat(QuoteFinderTest.EN.find("The bank's president said inflation was under control but would not hesitate to act."))
                .extracting(QuoteClaim::quote).containsExactly("inflation was under control but would not hesitate to act");
    }

    @Test
    void anArabicVerbalNounAfterTheSubjectIsTheObject() {
        assertThat(QuoteFinderTest.AR.find("وانتقد وزير المالية التقرير ووصفه بأنه «مضلل ولا يستند إلى أرقام صحيحة»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزير المالية"));
        assertThat(QuoteFinderTest.AR.find("وانتقد الوزير التقرير ووصفه بأنه «مليء بالأخطاء»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الوزير"));
        assertThat(QuoteFinderTest.AR.find("وانتقد وزير الداخلية التصريحات ووصفها بأنها «غير مسؤولة»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزير الداخلية"));
    }

    @Test
    void anArabicStatementNounAfterTheSubjectIsTheObject() {
        assertThat(QuoteFinderTest.AR.find("وانتقد المتحدث باسم الحكومة البيان، قائلاً إنه «لا يعكس الحقيقة»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("المتحدث باسم الحكومة"));
    }

    @Test
    void anAdjectiveOrAGenitiveOfThatShapeStaysInTheName() {
        assertThat(QuoteFinderTest.AR.find("وقال وزير التعليم العالي إن الجامعات ستفتح أبوابها الأسبوع المقبل."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزير التعليم العالي"));
        assertThat(QuoteFinderTest.AR.find("وقالت وزارة الدفاع التركية في بيان إن قواتها «حيّدت» سبعة مسلحين."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزارة الدفاع التركية"));
    }

    @Test
    void aPronounBeforeAnyNamedSpeakerIsThePersonTheTextOpenedWith() {
        assertThat(QuoteFinderTest.EN.find("Kenyan runner Mary Wambui won the Berlin half marathon on Sunday. "
                + "\"The crowd pushed me over the last kilometre,\" she said."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Mary Wambui"));
    }

    @Test
    void aPassiveSubjectIsNoSuchPerson() {
        assertThat(QuoteFinderTest.EN.find("Ali Hassan was killed in the blast on Sunday. \"He was a kind man,\" she said."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("she"));
    }

    @Test
    void aStandInBeforeAnyNamedSpeakerIsThePersonTheTextOpenedWith() {
        assertThat(QuoteFinderTest.EN.find("Norway's Karsten Lund won the 1,500 metres on Wednesday. Britain's Tom Ashworth took "
                + "silver. \"I felt strong over the last lap,\" the 24-year-old told reporters after the race."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("Karsten Lund");
                    assertThat(c.speaker().asWritten()).isEqualTo("the 24-year-old");
                });
        assertThat(QuoteFinderTest.EN.find("Amina Yusuf lost her home in the floods last week. \"We have nothing left,\" the mother of three said."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Amina Yusuf"));
    }

    @Test
    void aStandInWithNoOneNamedBeforeIsTheSpeakerAsWritten() {
        assertThat(QuoteFinderTest.EN.find("\"I felt strong from the first kilometre,\" the 24-year-old told reporters."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the 24-year-old"));
    }
}
