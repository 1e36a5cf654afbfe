package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * A common view of an unnamed group ("Farmers in the valley say …", rule 3), the clause before a trailing tag with an
 * aside after its time ("…, the council said on Monday, its first …"), a quotation before "according to"/بحسب read
 * once and direct, and "has added" with an object (dev16, dev17; the sentences are made up for the test).
 */
class GroupViewsAndTrailingTagsTest {

    @Test
    void anUnnamedGroupsPresentSayIsNoQuote() {
        assertThat(QuoteFinderTest.EN.find("Fishermen along the coast say the catch has shrunk every year.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("ويقول أصحاب المخابز إن أسعار الطحين تضاعفت.")).isEmpty();
        // officials and witnesses are sources, a named place makes the group someone's: still quotes
        assertThat(QuoteFinderTest.EN.find("Security officials say the checkpoint was moved overnight.")).hasSize(1);
        assertThat(QuoteFinderTest.EN.find("Residents of Tartus say the port was closed for two days.")).hasSize(1);
        // residents tell what happens where they live: a quote in both languages (rule 3 of dev)
        assertThat(QuoteFinderTest.EN.find("Residents say the water has been cut for a week.")).hasSize(1);
        assertThat(QuoteFinderTest.AR.find("ويقول سكان إن المياه مقطوعة منذ أسبوع.")).hasSize(1);
        // doctors are a medical source, as medics are: a quote in both languages (own sentences)
        assertThat(QuoteFinderTest.EN.find("Doctors say the boy is in stable condition.")).hasSize(1);
        assertThat(QuoteFinderTest.AR.find("ويقول أطباء إن حالة الطفل مستقرة.")).hasSize(1);
    }

    @Test
    void theClauseBeforeATagWithAnAsideAfterItsTimeIsTheStatement() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The bridge will reopen to traffic in March, the transport ministry said on Monday, its first estimate since the collapse.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("the transport ministry");
            assertThat(c.quote()).isEqualTo("The bridge will reopen to traffic in March");
        });
        assertThat(QuoteFinderTest.EN.find(
                "The convoy reached the town at dawn, spokesman Omar Haddad said on Sunday, adding that more trucks were on the way."))
                .extracting(QuoteClaim::quote)
                .containsExactly("The convoy reached the town at dawn", "more trucks were on the way");
    }

    @Test
    void aQuotationBeforeAccordingToIsReadOnceAndDirect() {
        assertThat(QuoteFinderTest.AR.find("«المدارس ستفتح أبوابها الأسبوع المقبل»، وفق مدير التربية في المحافظة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isTrue();
                    assertThat(c.quote()).isEqualTo("المدارس ستفتح أبوابها الأسبوع المقبل");
                });
        assertThat(QuoteFinderTest.AR.find("«لا نقص في الأدوية»، وفقاً لما قاله مدير المستشفى."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("مدير المستشفى"));
        assertThat(QuoteFinderTest.EN.find("\"The schools will open next week,\" according to the education director."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isTrue();
                    assertThat(c.quote()).isEqualTo("The schools will open next week");
                });
    }

    @Test
    void hasAddedWithAnObjectReportsNothing() {
        assertThat(QuoteFinderTest.EN.find("The library has added two reading rooms and a café.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The mayor has added that the budget is fixed.")).hasSize(1);
    }

    @Test
    void anArabicStandInTakesTheBodyNamedBeforeWithItsNoun() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("أعلن جهاز الأمن الوطني، اليوم الأحد، ضبط مخزن للأسلحة. "
                + "وذكر الجهاز في بيان أن المخزن كان يضم قذائف. وأضاف البيان أن التحقيق مستمر.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("جهاز الأمن الوطني");
        assertThat(QuoteFinderTest.AR.find("قتل ثلاثة أشخاص في انفجار، حسبما أفادت مصالح الحماية المدنية. "
                + "وأوضحت المصالح ذاتها أن المصابين نقلوا إلى المستشفى."))
                .extracting(c -> c.speaker().text()).containsOnly("مصالح الحماية المدنية");
    }

    @Test
    void aRelayingTagAfterAReportIsNoQuoteOfItsOwn() {
        assertThat(QuoteFinderTest.AR.find("وقال محافظ المدينة إن الطرق ستفتح غداً، وفق ما نقلته الوكالة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("محافظ المدينة");
                    assertThat(c.quote()).isEqualTo("الطرق ستفتح غداً");
                });
    }

    @Test
    void aRelativeAfterAccordingToWithNoSpeechVerbIsNoSource() {
        // "حسب ما هو مقرر" / "بحسب ما هو متوقع": as planned, as expected; no one's words (own sentences)
        assertThat(QuoteFinderTest.AR.find("وستعقد الجلسة حسب ما هو مقرر يوم الأحد المقبل.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("وارتفعت الأسعار بحسب ما هو متوقع في مارس.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("وافتتح المعرض وفق ما كان مخططاً له.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("وقتل ثلاثة أشخاص بحسب ما أفادت به وزارة الصحة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزارة الصحة"));
    }

    @Test
    void anOrdinalDayAfterFiIsNoPartOfTheSpeaker() {
        // own sentences: "في العاشر من مارس" dates the statement; a king's ordinal stays his name
        assertThat(QuoteFinderTest.AR.find("قال الرئيس في العاشر من مارس إن الحكومة ستستقيل."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الرئيس"));
        assertThat(QuoteFinderTest.AR.find("قال الملك عبدالله الثاني إن الحكومة ستستقيل."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الملك عبدالله الثاني"));
    }
}
