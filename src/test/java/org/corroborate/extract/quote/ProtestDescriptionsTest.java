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
}
