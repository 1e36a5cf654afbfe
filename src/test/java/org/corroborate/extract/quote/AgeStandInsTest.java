package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An age stand-in after the verb of a direct quotation is the speaker whole: "“…,” said the 24-year-old" is said by "the
 * 24-year-old", not "the 24"; «…»، قال الشاب (٢٤ عاماً) by «الشاب», the age in brackets no part of it.
 */
class AgeStandInsTest {

    @Test
    void anAgeStandInAfterItsVerb() {
        assertThat(QuoteFinderTest.EN.find("\"I have nowhere else to go,\" said the 24-year-old."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the 24-year-old"));
    }

    @Test
    void anArabicAgeInBracketsAfterTheSpeaker() {
        assertThat(QuoteFinderTest.AR.find("«نمنا في السيارة ثلاث ليال»، قال الشاب (٢٤ عاماً) لمراسلنا."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("نمنا في السيارة ثلاث ليال");
                    assertThat(c.speaker().text()).isEqualTo("الشاب");
                });
    }
}
