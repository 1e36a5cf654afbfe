package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * «أعلن» + a day + a noun phrase (dates-ar40): the day between the speaker and the noun phrase dates the announcement, and
 * the phrase is what was announced, a quote with the body as its speaker and the day as its date, no date claim of its own;
 * a declaration that is an act of its own (حالة الطوارئ، الحداد) keeps its date claim. Sentences of our own, published on
 * Wednesday 11 March 2026.
 */
class AnnouncedOnADayTest {
    private static final String WED = "2026-03-11";

    private static List<QuoteClaim> quotes(String text) {
        return ExtractedClaims.quotes(text, Language.AR, WED);
    }

    @Test
    void aNounPhraseAnnouncedOnADayIsAQuoteDatedByIt() {
        String text = "وأعلنت الحكومة الأحد حزمة مساعدات جديدة للمزارعين المتضررين من الجفاف.";
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.speaker().text()).isEqualTo("الحكومة");
            assertThat(q.quote()).isEqualTo("حزمة مساعدات جديدة للمزارعين المتضررين من الجفاف");
            assertThat(q.date().start()).isEqualTo(LocalDate.parse("2026-03-08"));
        });
        assertThat(dateClaims(text, Language.AR, WED)).isEmpty();
    }

    @Test
    void theDaySetOffByCommasToo() {
        String text = "أعلن نادي الوحدة الرياضي، الخميس، تعاقده مع المدافع المغربي سعيد الإدريسي لمدة ثلاثة مواسم.";
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.speaker().text()).isEqualTo("نادي الوحدة الرياضي");
            assertThat(q.date().start()).isEqualTo(LocalDate.parse("2026-03-05"));
        });
        assertThat(dateClaims(text, Language.AR, WED)).isEmpty();
    }

    @Test
    void aDeclarationThatIsAnActKeepsItsDateClaim() {
        assertThat(quotes("وأعلنت الحكومة الأحد حالة الطوارئ في المحافظات الجنوبية.")).isEmpty();
        assertThat(dateClaims("وأعلنت الحكومة الأحد حالة الطوارئ في المحافظات الجنوبية.", Language.AR, WED))
                .containsExactly("2026-03-08..2026-03-08");
        assertThat(dateClaims("وأعلن الرئيس السبت الحداد الوطني على ضحايا الفيضانات.", Language.AR, WED))
                .containsExactly("2026-03-07..2026-03-07");
        // a price's rise is a figure, no announced statement (dev8-ar-011)
        assertThat(quotes("وأعلنت الحكومة، أمس الثلاثاء، رفع أسعار الخبز بنسبة عشرة في المئة.")).isEmpty();
    }

    @Test
    void withNoDayBetweenTheNounPhraseIsNoQuote() {
        assertThat(quotes("وأعلنت الوزارة لاحقاً خطة جديدة لتأهيل المدارس.")).isEmpty();
    }

    @Test
    void resultsPublishedOnADayAreTheEventItself() {
        String text = "أعلنت وزارة التعليم، الأحد، نتائج مسابقة توظيف المعلمين في المحافظات الشمالية.";
        assertThat(quotes(text)).isEmpty();
        assertThat(dateClaims(text, Language.AR, WED)).containsExactly("2026-03-08..2026-03-08");
        // the election named inside the results is a date claim of the narration, not left to a quote
        String election = "وأعلنت الهيئة، مساء الاثنين، النتائج النهائية للاستفتاء الذي جرى يوم 28 شباط.";
        assertThat(quotes(election)).isEmpty();
        assertThat(dateClaims(election, Language.AR, WED)).containsExactly("2026-03-09..2026-03-09", "2026-02-28..2026-02-28");
        assertThat(dateClaims("The electoral commission announced the final results of the referendum on Monday.",
                Language.EN, WED)).containsExactly("2026-03-09..2026-03-09");
    }

    @Test
    void resultsInASaidClauseStayTheStatement() {
        String text = "وقالت الهيئة، مساء الاثنين، إن النتائج النهائية ستُعلن خلال أيام.";
        assertThat(quotes(text)).singleElement().satisfies(q ->
                assertThat(q.date().start()).isEqualTo(LocalDate.parse("2026-03-09")));
        assertThat(dateClaims(text, Language.AR, WED)).isEmpty();
    }
}
