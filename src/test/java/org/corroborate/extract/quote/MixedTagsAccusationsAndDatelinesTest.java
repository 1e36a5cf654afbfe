package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A clause with quoted words before an "according to" tag (mixed speech: the quoted words alone), an accusation in the
 * circumstantial ("، متهماً الحكومة بـ«…»", ", accusing it of “…”"), and a dateline with the agency's brackets before
 * its dash (blind17's Q1, Q4 and Q5; the sentences are made up for the test).
 */
class MixedTagsAccusationsAndDatelinesTest {

    @Test
    void quotedWordsInAClauseBeforeAnAccordingToTagAreTheClaimAlone() {
        assertThat(QuoteFinderTest.AR.find("وسجلت الأسواق ارتفاعاً في أسعار الخضار «لم تعرفه منذ سنوات»، وفق ما قالت غرفة التجارة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isTrue();
                    assertThat(c.quote()).isEqualTo("لم تعرفه منذ سنوات");
                    assertThat(c.speaker().text()).isEqualTo("غرفة التجارة");
                });
        assertThat(QuoteFinderTest.EN.find("The river rose to a level \"not seen since 1998\", according to the water authority."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isTrue();
                    assertThat(c.quote()).isEqualTo("not seen since 1998");
                });
        // with no quoted words the clause before the tag is the statement
        assertThat(QuoteFinderTest.AR.find("وسجلت الأسواق ارتفاعاً في أسعار الخضار، وفق ما قالت غرفة التجارة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isFalse();
                    assertThat(c.quote()).isEqualTo("وسجلت الأسواق ارتفاعاً في أسعار الخضار");
                });
    }

    @Test
    void anAccusationInTheCircumstantialQuotesTheAccuser() {
        assertThat(QuoteFinderTest.AR.find("ورفضت النقابة الاتفاق، متهمة الوزارة بـ«التنصل من وعودها»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isTrue();
                    assertThat(c.quote()).isEqualTo("التنصل من وعودها");
                    assertThat(c.speaker().text()).isEqualTo("النقابة");
                });
        assertThat(QuoteFinderTest.AR.find("وهاجمت المعارضة القرار، متهمة الحكومة بـ«تحميل الفقراء كلفة الأزمة»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("المعارضة"));
        assertThat(QuoteFinderTest.EN.find("The party rejected the plan, accusing the government of \"silencing dissent\"."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The party");
                    assertThat(c.quote()).isEqualTo("silencing dissent");
                });
        // the noun "accused" before a name in marks is no accusation; nor are words with no marks
        assertThat(QuoteFinderTest.AR.find("وتنظر المحكمة في قضية 9 متهمين بـ«خلية الميناء» منذ شهرين.")).isEmpty();
        // a group's name in marks inside the clause before the tag is no quotation: the clause is the statement
        assertThat(QuoteFinderTest.AR.find("أصيب جنديان في كمين نصبته «كتائب الفجر» قرب الحدود، وفق ما أفادت مصادر أمنية."))
                .singleElement().satisfies(c -> assertThat(c.direct()).isFalse());
        assertThat(QuoteFinderTest.AR.find("ورفضت النقابة الاتفاق، متهمة الوزارة بالتنصل من وعودها.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The party rejected the plan, accusing the government of bias.")).isEmpty();
    }

    @Test
    void aDatelineWithTheAgencysBracketsIsNoPartOfTheStatement() {
        assertThat(QuoteFinderTest.AR.find("عمّان، 3 آذار (وكالات) - أغلقت السلطات ثلاثة معابر حدودية بسبب العاصفة، بحسب ما أعلنت مديرية الأمن العام."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("أغلقت السلطات ثلاثة معابر حدودية بسبب العاصفة"));
        // a dash between words further on is no dateline's
        assertThat(QuoteFinderTest.AR.find("وقال الوزير إن الطريق بين المدينتين - وهو الوحيد - سيغلق أسبوعاً."))
                .singleElement().satisfies(c -> assertThat(c.quote()).startsWith("الطريق بين المدينتين"));
    }
}
