package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.util.List;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A statement's day that ends the count's sentence, in a clause of attribution after it («، حسب ما أفادت المديرية العامة
 * للأمن الوطني في بلاغ اليوم الأحد», "…, police said on Sunday"), however long its speaker, is the day the count was
 * announced, not the event's (dev rule 15): a later sentence that tells the incident again with its own day dates the count,
 * and that day is no date claim (rule 15's amendment; dev29-ar-022). A day among the words reported («أفادت مصادر بأن
 * مسلحين اختطفوا أربعة …، يوم الجمعة») stays the event's. Sentences of our own, published on Sunday 13 September 2026.
 */
class TrailingStatementDayTest {
    private static final String SUN = "2026-09-13";

    /** The counts' dates as start..end role. */
    private static List<String> countDates(String text) {
        return ExtractedClaims.countDatesWithRole(text, Language.AR, SUN);
    }

    @Test
    void aLongSpeakersDayAfterTheCountIsTheAnnouncementsDay() {
        assertThat(countDates("أوقفت عناصر الأمن بمدينة فاس سبعة أشخاص يشتبه في تورطهم في سرقة وكالة بنكية، حسب ما أفادت "
                + "المديرية العامة للأمن الوطني في بلاغ اليوم الأحد."))
                .containsExactly("2026-09-13..2026-09-13 announced");
        assertThat(countDates("قُتل جنديان وأصيب ثلاثة آخرون في انفجار لغم على طريق ترابي، وفق ما ذكرت مصادر أمنية محلية "
                + "في المدينة مساء السبت."))
                .containsOnly("2026-09-12..2026-09-12 announced");
    }

    @Test
    void theIncidentToldAgainDatesTheCountAndIsNoDateClaim() {
        String text = "أوقفت عناصر الأمن بمدينة فاس سبعة أشخاص يشتبه في تورطهم في سرقة وكالة بنكية، حسب ما أفادت المديرية "
                + "العامة للأمن الوطني في بلاغ اليوم الأحد. وأوضح البلاغ أن عمليات التوقيف جرت يومي الخميس والجمعة في فاس ومكناس.";
        assertThat(countsWithDays(text, Language.AR, SUN)).containsExactly("arrested 7@2026-09-10..2026-09-11");
        assertThat(dateClaims(text, Language.AR, SUN)).isEmpty();
    }

    @Test
    void aDayAmongTheWordsReportedStaysTheEvents() {
        assertThat(countDates("أفادت مصادر محلية بأن مسلحين اختطفوا ثلاثة من موظفي منظمة إغاثية، يوم الجمعة، على الطريق "
                + "المؤدي إلى المدينة."))
                .containsExactly("2026-09-11..2026-09-11 event");
    }
}
