package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * «أعلن X + a decision's noun + على أن + clause»: على أن (on condition that, provided that) carries on what was announced,
 * it is no complementizer of the verb; the body speaks and the quote runs from the verbal noun (rules 25 and 26 of dev).
 */
class AnnouncedOnConditionTest {

    @Test
    void theDecisionAndItsConditionAreOneQuoteOfTheBody() {
        assertThat(QuoteFinderTest.AR.find("وأعلنت البلدية تعليق الدراسة في المدارس على أن تستأنف الأحد المقبل."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("البلدية");
                    assertThat(c.quote()).isEqualTo("تعليق الدراسة في المدارس على أن تستأنف الأحد المقبل");
                });
    }

    @Test
    void anExtensionWithItsConditionIsTheBodysToo() {
        assertThat(QuoteFinderTest.AR.find("وأعلنت الهيئة تمديد مهلة التسجيل على أن تغلق المنصة نهاية الشهر الجاري."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("الهيئة");
                    assertThat(c.quote()).startsWith("تمديد مهلة التسجيل");
                });
    }

    @Test
    void alaAnAfterAVerbOfInsistingStillOpensWhatWasSaid() {
        assertThat(QuoteFinderTest.AR.find("وشدد المحافظ على أن الطرق ستفتح خلال ساعات.")).singleElement()
                .extracting(QuoteClaim::quote).isEqualTo("الطرق ستفتح خلال ساعات");
    }

    @Test
    void aDecisionNotAnnouncedIsNoQuote() {
        assertThat(QuoteFinderTest.AR.find("وقررت البلدية تعليق الدراسة في المدارس على أن تستأنف الأحد المقبل.")).isEmpty();
    }
}
