package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Date kinds of round d28, seen in the first runs of dev36 (the night desk) and dev37 (politics): a dateline's day, and
 * the other kinds below, each on sentences written for the test.
 */
class NightDeskDateKindsTest {

    @Test
    void aDatelinesDayIsNoDatedEvent() {
        // a feature with no claim: the day the copy was filed is no event
        assertThat(dateClaims("OSLO, March 4 (Reuters) - Along the frozen harbour, fishermen mend their nets by lamplight and "
                + "talk about the winters their fathers knew.", Language.EN, "2026-03-04")).isEmpty();
        assertThat(dateClaims("جنين 12-2-2026 وفا- في أزقة المخيم الضيقة، يجلس الأطفال على عتبات البيوت يراقبون المارة.",
                Language.AR, "2026-02-12")).isEmpty();
        assertThat(dateClaims("الرباط في 15 مايو /قنا/ يحتفل سكان المدينة القديمة بموسم الورد في أجواء من البهجة.",
                Language.AR, "2026-05-15")).isEmpty();
        // beside a count dated by its own day, the dateline's day is neither the count's nor a claim; the sitting's day is one
        assertThat(dateClaims("إربد 3 آذار (بترا) - توفي شخصان وأصيب أربعة آخرون، مساء أمس الاثنين، في حادث تصادم بين مركبتين.",
                Language.AR, "2026-03-03")).isEmpty();
        assertThat(countDates("إربد 3 آذار (بترا) - توفي شخصان وأصيب أربعة آخرون، مساء أمس الاثنين، في حادث تصادم بين مركبتين.",
                Language.AR, "2026-03-03")).containsOnly("2026-03-02..2026-03-02");
        assertThat(dateClaims("عمان 3 آذار (بترا) - أقر مجلس الأعيان، في جلسة عقدها اليوم الثلاثاء، مشروع قانون البلديات.",
                Language.AR, "2026-03-03")).containsExactly("2026-03-03..2026-03-03");
        // a day at the start of a sentence that is no dateline stays the event's
        assertThat(dateClaims("On March 2, fire crews finally contained the blaze near the port.", Language.EN, "2026-03-04"))
                .containsExactly("2026-03-02..2026-03-02");
    }

    @Test
    void aStretchGivenByItsLengthAndOneOfItsDaysIsTheWholeStretch() {
        // the day ends the stretch after an end verb, opens it after a start verb or before "for a … visit"
        assertThat(dateClaims("Southern African leaders ended a two-day summit in Maputo on Saturday with a call for a ceasefire "
                + "in eastern Congo.", Language.EN, "2026-05-17")).containsExactly("2026-05-15..2026-05-16");
        assertThat(dateClaims("Iran and the European trio concluded three days of talks in Geneva on Thursday without a deal.",
                Language.EN, "2026-10-09")).containsExactly("2026-10-06..2026-10-08");
        assertThat(dateClaims("A two-day meeting of Arab foreign ministers that ended on Tuesday produced no joint statement.",
                Language.EN, "2026-04-08")).containsExactly("2026-04-06..2026-04-07");
        assertThat(dateClaims("Rail workers in Italy began a two-day strike on Friday over pay.", Language.EN, "2026-01-16"))
                .containsExactly("2026-01-16..2026-01-17");
        assertThat(dateClaims("The Indian prime minister arrived in Jakarta on Monday for a three-day state visit.",
                Language.EN, "2026-08-10")).containsExactly("2026-08-10..2026-08-12");
        assertThat(dateClaims("وبدأ المجلس مناقشة مشروع القانون يوم الاثنين الماضي، واستمرت الجلسات على مدى ثلاثة أيام.",
                Language.AR, "2026-11-12")).containsExactly("2026-11-09..2026-11-11");
        // a day with no length of its stretch, or another clause between, stays one day
        assertThat(dateClaims("Southern African leaders ended their summit in Maputo on Saturday.", Language.EN, "2026-05-17"))
                .containsExactly("2026-05-16..2026-05-16");
        assertThat(dateClaims("Rail workers began a two-day strike and marched on parliament on Friday.", Language.EN, "2026-01-16"))
                .containsExactly("2026-01-16..2026-01-16");
    }
}
