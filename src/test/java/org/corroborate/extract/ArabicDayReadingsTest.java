package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Arabic days read in the wrong year or as the wrong day: two days of a month followed by «المقبل» («يومي 20 و21 أيار
 * المقبل») are the month's next occurrence, not a year back nor a year ahead; «غرة مارس» is the first of March, not the
 * month; «الأيام العشرة الأولى من أيار» is no first of May; «سيول» (torrents) is no future verb.
 */
class ArabicDayReadingsTest {

    @Test
    void twoDaysOfANextMonthAreItsNextOccurrence() {
        // published on 10 April 2026: the forum of 20-21 May is the May to come, not May 2025
        String text = "وأعلنت وزارة الاستثمار عن تنظيم منتدى الأعمال العربي في عمّان يومي 20 و21 أيار/مايو المقبل.";
        assertThat(dateClaims(text, Language.AR, "2026-04-10")).contains("2026-05-20..2026-05-21")
                .doesNotContain("2025-05-20..2025-05-21", "2027-05-20..2027-05-21");
        String span = "وتنظم الجامعة معرضاً للكتاب من 5 إلى 9 حزيران المقبل بمشاركة دور نشر عربية.";
        assertThat(dateClaims(span, Language.AR, "2026-04-10")).contains("2026-06-05..2026-06-09");
        // the near case: two days of a month gone stay in it
        String past = "ونفذ عمال النظافة اعتصاماً أمام مبنى البلدية يومي 3 و4 آذار الماضي.";
        assertThat(dateClaims(past, Language.AR, "2026-04-10")).contains("2026-03-03..2026-03-04");
    }

    @Test
    void theFirstOfAMonthWrittenGhurra() {
        // «غرة» is the first day of the month: a day, not the whole month
        String text = "وتدخل التعريفة الجديدة للكهرباء حيز التنفيذ بداية من غرة مارس المقبل، وفق بلاغ للوزارة.";
        assertThat(dateClaims(text, Language.AR, "2026-02-10")).contains("2026-03-01..2026-03-01")
                .doesNotContain("2026-03-01..2026-03-31");
        // the near case: a month alone stays the month
        String month = "وتدخل التعريفة الجديدة للكهرباء حيز التنفيذ في مارس المقبل، وفق بلاغ للوزارة.";
        assertThat(dateClaims(month, Language.AR, "2026-02-10")).contains("2026-03-01..2026-03-31");
    }

    @Test
    void anOrdinalClosingACountOfDaysIsNoDay() {
        // «الأيام العشرة الأولى من أيار» is a stretch of ten days, not the first of May
        String text = "وأفادت منظمة الهجرة الدولية بأن أكثر من 4 آلاف مهاجر وصلوا إلى الجزر خلال الأيام العشرة الأولى من أيار.";
        assertThat(dateClaims(text, Language.AR, "2026-05-20")).doesNotContain("2026-05-01..2026-05-01");
        // the near case: the first of the month, named alone, stays a day
        String day = "ووصل وزير الخارجية إلى الرباط في الأول من أيار في زيارة رسمية.";
        assertThat(dateClaims(day, Language.AR, "2026-05-20")).contains("2026-05-01..2026-05-01");
    }

    @Test
    void torrentsAreNoFutureVerb() {
        // published on Thursday 12 March 2026: «سيول» (torrents) is a noun, the Monday is the one just gone
        String text = "وقال الدفاع المدني إن سيولاً جارفة ضربت عدداً من القرى الجبلية يوم الاثنين وألحقت أضراراً بالمنازل.";
        assertThat(dateClaims(text, Language.AR, "2026-03-12")).contains("2026-03-09..2026-03-09")
                .doesNotContain("2026-03-16..2026-03-16");
        // the near case: a future verb with the same first letters stays ahead
        String ahead = "وقال الوزير إن وفد الحكومة سيواصل المفاوضات في القاهرة يوم الاثنين.";
        assertThat(dateClaims(ahead, Language.AR, "2026-03-12")).contains("2026-03-16..2026-03-16");
    }
}
