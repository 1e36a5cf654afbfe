package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speakers the plain-reader sets dev20 and dev21 found cut or misread (q15, 2026-11-30): a title whose genitive begins
 * with a preposition's letter (رئيس لجنة، رئيس بلدية), "in it" before a quotation, a definite noun standing for the
 * speaker it heads, and an English second predicate after ", but".
 */
class TitlesAndSecondPredicatesTest {

    @Test
    void aTitleGoesOnThroughAHeadThatBeginsWithAPrepositionsLetter() {
        assertThat(QuoteFinderTest.AR.find("وقال رئيس لجنة الصحة النيابية إن المستشفيات تعاني نقصاً في الأدوية."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("رئيس لجنة الصحة النيابية"));
        assertThat(QuoteFinderTest.AR.find("وأكد رئيس بلدية صيدا أن المياه ستعود إلى الأحياء خلال يومين."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("رئيس بلدية صيدا"));
    }

    @Test
    void aPrepositionStillEndsTheSpeaker() {
        assertThat(QuoteFinderTest.AR.find("وقال الوزير لوكالة الأنباء إن المفاوضات مستمرة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الوزير"));
    }

    @Test
    void inItBeforeAQuotationLeavesTheIssuingBodyTheSpeaker() {
        assertThat(QuoteFinderTest.AR.find("وتبنت الجماعة التفجير في بيان قالت فيه إنه استهدف «مقراً للاستخبارات»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("الجماعة");
                    assertThat(c.quote()).isEqualTo("مقراً للاستخبارات");
                });
    }

    @Test
    void aDefiniteNounStandsForTheSpeakerItHeads() {
        assertThat(QuoteFinderTest.AR.find("تراجعت أسعار القمح هذا الأسبوع، بحسب مصادر تجارية. "
                + "وقالت المصادر إن المخزون يكفي حتى الصيف."))
                .extracting(c -> c.speaker().text()).containsExactly("مصادر تجارية", "مصادر تجارية");
        assertThat(QuoteFinderTest.AR.find("أكد عميد كلية الطب أن الامتحانات ستجري في موعدها. وأضاف العميد أن القاعات جاهزة."))
                .extracting(c -> c.speaker().text()).containsExactly("عميد كلية الطب", "عميد كلية الطب");
    }

    @Test
    void aDefiniteSpeakerHeadNamesItsOwnSpeaker() {
        assertThat(QuoteFinderTest.AR.find("قال رئيس الوزراء إن الحكومة باقية. وقال الرئيس إن الانتخابات ستجري في موعدها."))
                .extracting(c -> c.speaker().text()).containsExactly("رئيس الوزراء", "الرئيس");
    }

    @Test
    void aSecondPredicateAfterButIsTheSubjects() {
        assertThat(QuoteFinderTest.EN.find("The governor praised the rescue teams, but warned that more rain was expected."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The governor");
                    assertThat(c.quote()).isEqualTo("more rain was expected");
                });
        assertThat(QuoteFinderTest.EN.find("The mayor said the bridge was safe, but warned that repairs were overdue."))
                .extracting(c -> c.speaker().text() + " | " + c.quote())
                .containsExactly("The mayor | the bridge was safe", "The mayor | repairs were overdue");
    }

    @Test
    void anAgeAndARelativeAsideAfterTheNameLeaveTheName() {
        assertThat(QuoteFinderTest.EN.find("Mayor Ana Ruiz, 47, who was re-elected in May, said the bridge would reopen next week."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("Mayor Ana Ruiz");
                    assertThat(c.quote()).isEqualTo("the bridge would reopen next week");
                });
    }

    @Test
    void theMinistryIsTheMinistryNamedBeforeNotTheLastSource() {
        assertThat(QuoteFinderTest.AR.find("فرضت وزارة الداخلية الليبية حظراً للتجوال في المدينة. وقتل شخصان في اشتباكات ليلية، "
                + "بحسب مصادر طبية. وقالت الوزارة إن قواتها استعادت السيطرة على الطريق الساحلي."))
                .extracting(c -> c.speaker().text()).containsExactly("مصادر طبية", "وزارة الداخلية الليبية");
    }
}
