package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An Arabic body's short form in brackets after its name, before the day of an announcement, is the name's: «أعلن X (Y)،
 * ⟨day⟩، + verbal noun» is the body's announcement as with a name alone.
 */
class BracketedShortNamesInAnnouncementsTest {

    @Test
    void theNamesShortFormInBracketsBeforeTheDayIsTheNames() {
        assertThat(QuoteFinderTest.AR.find("أعلنت هيئة الطيران المدني (هطم)، اليوم الثلاثاء، تعليق الرحلات الداخلية حتى إشعار آخر."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("هيئة الطيران المدني (هطم)");
                    assertThat(c.quote()).isEqualTo("تعليق الرحلات الداخلية حتى إشعار آخر");
                    assertThat(c.direct()).isFalse();
                });
    }

    @Test
    void aBracketWithNoDayAfterItIsNoPartOfTheAnnouncement() {
        assertThat(QuoteFinderTest.AR.find("أعلنت هيئة الطيران المدني (هطم) تعليق الرحلات الداخلية حتى إشعار آخر."))
                .allSatisfy(c -> assertThat(c.quote()).doesNotContain("هطم"));
    }
}
