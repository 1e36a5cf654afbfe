package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * «جاء في البيان أن …», «ورد فيه أن …» ({@code content_verbs}, {@code content_prepositions}): what a statement says is
 * reported speech of the body whose statement it is, named with it, before it, or in the sentence before; "read" (a verb
 * group ending in {@code .content}) reports a statement's words only right after its noun ("The statement read: “…”").
 */
class StatementContentsTest {

    @Test
    void inTheStatementIsTheBodyThatIssuedIt() {
        assertThat(QuoteFinderTest.AR.find(
                "وقالت وزارة الزراعة إن موسم الحصاد تأخر أسبوعين. وجاء في البيان أن الأمطار أتلفت جزءاً من محصول القمح."))
                .last().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("الأمطار أتلفت جزءاً من محصول القمح");
                    assertThat(c.speaker().text()).isEqualTo("وزارة الزراعة");
                    assertThat(c.direct()).isFalse();
                });
    }

    @Test
    void inAStatementOfABodyIsThatBody() {
        assertThat(QuoteFinderTest.AR.find("وجاء في بيان لهيئة الأرصاد الجوية أن موجة الحر ستستمر حتى نهاية الأسبوع."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("موجة الحر ستستمر حتى نهاية الأسبوع");
                    assertThat(c.speaker().text()).isEqualTo("هيئة الأرصاد الجوية");
                });
        assertThat(QuoteFinderTest.AR.find("وورد في بيان وزارة التربية أن الامتحانات ستبدأ في موعدها."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزارة التربية"));
    }

    @Test
    void inItIsTheBodyThatIssuedTheStatement() {
        assertThat(QuoteFinderTest.AR.find("أصدرت نقابة المعلمين بياناً جاء فيه أن الإضراب سيستمر حتى صرف الرواتب."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("الإضراب سيستمر حتى صرف الرواتب");
                    assertThat(c.speaker().text()).isEqualTo("نقابة المعلمين");
                });
        assertThat(QuoteFinderTest.AR.find("وأصدرت نقابة المعلمين بياناً مساء الأحد. وجاء فيه أن الإضراب سيستمر حتى صرف الرواتب."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("نقابة المعلمين"));
    }

    @Test
    void aStatementReadsAsItSays() {
        assertThat(QuoteFinderTest.EN.find("The statement read: \"The crossing will stay closed until further notice.\""))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("The crossing will stay closed until further notice");
                    assertThat(c.speaker().text()).isEqualTo("The statement");
                    assertThat(c.direct()).isTrue();
                });
        assertThat(QuoteFinderTest.EN.find("\"Patrols along the river will double,\" the statement read in part."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the statement"));
    }

    @Test
    void readWithNoStatementReportsNothing() {
        assertThat(QuoteFinderTest.EN.find("The mayor read the names of the victims aloud.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The banner read \"Bread, not bullets\".")).isEmpty();
    }

    @Test
    void cameAloneReportsNothing() {
        assertThat(QuoteFinderTest.AR.find("وجاء الانفجار بعد أن أغلقت الشرطة الطريق المؤدي إلى السوق.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("وجاء في المرتبة الثانية أن يكون المرشح من أبناء المدينة.")).isEmpty();
    }
}
