package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Speech inside a relative aside reports the aside's words only, without its relative word in the speaker; the quoted
 * words of a description ("calling it “…”") are the sentence subject's, never the object's, and no group of
 * opinion-holders' (rule 3).
 */
class RelativeAsidesAndDescriptionsTest {

    @Test
    void aStatementInsideARelativeAsideEndsWithTheAside() {
        assertThat(QuoteFinderTest.EN.find("The mayor, who said 12 people were killed, resigned on Friday."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("12 people were killed");
                    assertThat(c.speaker().text()).isEqualTo("The mayor");
                });
        assertThat(QuoteFinderTest.EN.find("The mayor, who told reporters the bridge would reopen in May, resigned on Friday."))
                .extracting(QuoteClaim::quote).containsExactly("the bridge would reopen in May");
    }

    @Test
    void theRelativeWordIsNoPartOfTheSpeaker() {
        assertThat(QuoteFinderTest.EN.find("The blaze, which the fire brigade said started in a kitchen, destroyed three homes."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("started in a kitchen");
                    assertThat(c.speaker().text()).isEqualTo("the fire brigade");
                });
    }

    @Test
    void theWordsOfADescriptionAreTheSubjects() {
        assertThat(QuoteFinderTest.EN.find("The minister criticised the plan, calling it \"a disaster for farmers\"."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("a disaster for farmers");
                    assertThat(c.speaker().text()).isEqualTo("The minister");
                    assertThat(c.direct()).isTrue();
                });
    }

    @Test
    void aCommonNameIsNoOnesStatement() {
        assertThat(QuoteFinderTest.EN.find("Farmers in the region have taken to calling it \"the rain-proof seed\".")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Farmers in the valley rejected the scheme, calling it \"a trap\".")).isEmpty();
    }

    @Test
    void aParticipleThatNamesAThingReportsNothing() {
        assertThat(QuoteFinderTest.EN.find(
                "A militant faction calling itself Jaish al-Hind said in a statement that it had carried out the attack \"in revenge for our martyrs\"."))
                .filteredOn(QuoteClaim::direct).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("A militant faction calling itself Jaish al-Hind"));
    }

    @Test
    void aCoordinateVerbAfterACommaIsNoTrailingTag() {
        assertThat(QuoteFinderTest.EN.find(
                "The opposition leader dismissed the report, calling it \"a work of fiction\", and said she would appeal."))
                .extracting(QuoteClaim::quote).containsExactly("a work of fiction", "she would appeal");
    }

    @Test
    void anArabicSubjectEndsBeforeItsVerbsObject() {
        assertThat(QuoteFinderTest.AR.find("ونفت الحركة الاتهامات، زاعمة أن الصور مفبركة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الحركة"));
        assertThat(QuoteFinderTest.AR.find("وزار الرئيس البلدة. وقال إن مقتل طفلين هز المنطقة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الرئيس"));
        assertThat(QuoteFinderTest.AR.find("وانتقد الوزير الخطة ووصفها بـ«الكارثة»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الوزير"));
        assertThat(QuoteFinderTest.AR.find("وانتقد الوزير الخطة، واصفاً إياها بـ«الكارثة على المزارعين»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الوزير"));
    }

    @Test
    void anArabicAdjectiveThatAgreesStaysInTheName() {
        assertThat(QuoteFinderTest.AR.find("وقالت الأمم المتحدة إن الوضع خطير."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الأمم المتحدة"));
        assertThat(QuoteFinderTest.AR.find("وقالت القوات المسلحة إن الهجوم فشل."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("القوات المسلحة"));
        assertThat(QuoteFinderTest.AR.find("وقالت الحركة الإسلامية إن الصور مفبركة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الحركة الإسلامية"));
        assertThat(QuoteFinderTest.AR.find("وقالت وزارة الدفاع التركية في بيان إن قواتها «حيّدت» سبعة مسلحين."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزارة الدفاع التركية"));
    }
}
