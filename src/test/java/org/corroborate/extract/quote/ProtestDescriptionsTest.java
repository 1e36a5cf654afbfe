package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Arabic: "احتجاجاً على ما وصفته بـ«…»": the preposition before ما is no describer; the words in marks are the
 * sentence's subject's (the sentences are made up for the test).
 */
class ProtestDescriptionsTest {

    @Test
    void aPrepositionBeforeTheDescribedRelativeIsNoSpeaker() {
        assertThat(QuoteFinderTest.AR.find(
                "وأعلنت نقابة الأطباء، اليوم الإثنين، الإضراب عن العمل في المستشفيات الحكومية، احتجاجاً على ما وصفته بـ«المماطلة في صرف المستحقات»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("نقابة الأطباء");
                    assertThat(c.quote()).isEqualTo("المماطلة في صرف المستحقات");
                    assertThat(c.direct()).isTrue();
                });
        // the describer named before ما stays the speaker
        assertThat(QuoteFinderTest.AR.find("وانتقدت أحزاب المعارضة ما وصفته بـ«التضييق على الحريات العامة»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("أحزاب المعارضة"));
    }

    @Test
    void aPluralDescribingVerbAfterAPrepositionTakesTheSentencesSubject() {
        assertThat(QuoteFinderTest.AR.find(
                "وأضرب سائقو الشاحنات عن العمل، احتجاجاً على ما وصفوه بـ«الرسوم المجحفة على الطرق السريعة»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("سائقو الشاحنات");
                    assertThat(c.quote()).isEqualTo("الرسوم المجحفة على الطرق السريعة");
                });
        // a describer named before ما with a plural verb stays the speaker
        assertThat(QuoteFinderTest.AR.find("ورفض نواب المعارضة ما وصفوه بـ«الموازنة المنحازة للأثرياء»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("نواب المعارضة"));
    }

    @Test
    void anOfficesBodyWithItsCliticCarriesTheTitleOnToTheName() {
        assertThat(QuoteFinderTest.AR.find("وقال عضو المكتب السياسي لحركة فتح محمود العالول إن الاجتماع كان إيجابياً."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text())
                        .isEqualTo("عضو المكتب السياسي لحركة فتح محمود العالول"));
        // after a one-word speaker the clitic word is the addressee, no part of the name
        assertThat(QuoteFinderTest.AR.find("وقالت الوزارة لمنظمة الصحة العالمية إن مخزون اللقاحات نفد."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الوزارة"));
    }
}
