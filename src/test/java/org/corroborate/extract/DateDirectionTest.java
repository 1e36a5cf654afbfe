package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Which way a day or a month without a year is read: a term of office ahead ("to take office on July 28") is the one to
 * come; a past clause after a schedule («بعد حملة أولى نُفذت في أيلول») is the one just gone.
 */
class DateDirectionTest {

    @Test
    void takingOfficeIsAhead() {
        // published on 18 June 2026: 28 July is the one to come, not July 2025
        String text = "The electoral court on Wednesday certified the result of the runoff, clearing the way for the winner to take "
                + "office on July 28.";
        assertThat(dateClaims(text, Language.EN, "2026-06-18")).contains("2026-07-28..2026-07-28")
                .doesNotContain("2025-07-28..2025-07-28");
        String sworn = "Parliament approved the new cabinet on Tuesday, and the ministers are to be sworn in on August 3.";
        assertThat(dateClaims(sworn, Language.EN, "2026-06-18")).doesNotContain("2025-08-03..2025-08-03");
    }

    @Test
    void aPastClauseAfterAScheduleIsBack() {
        // published on 16 October 2026: the first campaign of September is the September just gone
        String text = "ومن المقرر أن تبدأ حملة تطعيم جديدة في المدارس الشهر المقبل، بعد حملة أولى نُفذت في أيلول/سبتمبر.";
        assertThat(dateClaims(text, Language.AR, "2026-10-16")).contains("2026-09-01..2026-09-30")
                .doesNotContain("2027-09-01..2027-09-30");
        String held = "ويعقد المجلس جلسته المقبلة يوم الأحد، عقب دورة استثنائية عُقدت في آب/أغسطس.";
        assertThat(dateClaims(held, Language.AR, "2026-10-16")).doesNotContain("2027-08-01..2027-08-31");
    }

    @Test
    void aRunOffSetForADayIsAhead() {
        // published on 20 March 2026: the run-off the court set for May 24 is the one to come, not May 2025
        String text = "The electoral tribunal set the presidential run-off for May 24, after no candidate won a majority on Sunday.";
        assertThat(dateClaims(text, Language.EN, "2026-03-20")).contains("2026-05-24..2026-05-24")
                .doesNotContain("2025-05-24..2025-05-24");
        // the near case: a run-off held on a day gone stays in the past
        String held = "The presidential run-off was held on February 8 after no candidate won a majority in the first round.";
        assertThat(dateClaims(held, Language.EN, "2026-03-20")).contains("2026-02-08..2026-02-08");
    }

    @Test
    void aDayAfterTheExpectedOrAwaitedIsAhead() {
        // published on Monday 14 September 2026: the expected Thursday is the 17th, not the 10th just gone
        String fog = "وطالبت الإدارة العامة للمرور السائقين بتخفيف السرعة بسبب الغبار المتوقع مساء الخميس على الطرق الصحراوية.";
        assertThat(dateClaims(fog, Language.AR, "2026-09-14")).containsExactly("2026-09-17..2026-09-17");
        String meeting = "وتتجه الأنظار إلى الاجتماع المرتقب يوم الخميس بين وزيري المالية في البلدين.";
        assertThat(dateClaims(meeting, Language.AR, "2026-09-14")).containsExactly("2026-09-17..2026-09-17");
        // near case: a result that beat what was expected is no forecast; its day stays the one just gone
        String beat = "وجاءت أرباح الشركة أعلى من المتوقع في نتائجها التي أعلنتها يوم الخميس.";
        assertThat(dateClaims(beat, Language.AR, "2026-09-14")).containsExactly("2026-09-10..2026-09-10");
    }
}
