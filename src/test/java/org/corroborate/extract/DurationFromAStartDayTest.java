package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A stretch told in Arabic by its length first and its start after it (rule {@code ar.date.days_starting}; sentences of our
 * own): a length in weeks, a start «من الليلة» (tonight, the day of publication), and a past length whose past start follows
 * it. The stretch is one date claim from its start, also while it still runs at publication.
 */
class DurationFromAStartDayTest {

    @Test
    void aLengthInWeeksCountsSevenDaysAWeek() {
        assertThat(dateClaims("وفرض الجيش حظر التجول على المدينة لمدة أسبوعين اعتبارا من الاثنين المقبل.", Language.AR, "2026-03-12"))
                .containsExactly("2026-03-16..2026-03-29");
        assertThat(dateClaims("وقررت النقابة تعليق الدروس في المعاهد لمدة أسبوع اعتباراً من السبت المقبل.", Language.AR, "2026-03-12"))
                .containsExactly("2026-03-14..2026-03-20");
    }

    @Test
    void tonightOpensTheStretchOnTheDayOfPublication() {
        assertThat(dateClaims("وقررت البلدية قطع المياه عن الأحياء الشرقية لمدة يومين اعتبارا من الليلة لإجراء أعمال صيانة.",
                Language.AR, "2026-03-12"))
                .containsExactly("2026-03-12..2026-03-13");
    }

    @Test
    void aPastStartAfterTheLengthOpensTheStretch() {
        // still running at publication: the whole stretch, not the day before publication alone
        assertThat(dateClaims("وتلتزم البلاد الحداد الرسمي لمدة ثلاثة أيام بدأ أمس الأربعاء على أرواح ضحايا الحريق.",
                Language.AR, "2026-03-12"))
                .containsExactly("2026-03-11..2026-03-13");
        // over by publication: the weekday read back, as it would be alone
        assertThat(dateClaims("وصادق البرلمان على القانون بعد مشاورات استمرت أربعة أيام بدأت السبت الماضي.", Language.AR, "2026-03-12"))
                .containsExactly("2026-03-07..2026-03-10");
    }

    @Test
    void aLengthWithoutItsStartDayGivesNoDate() {
        assertThat(dateClaims("ونظم العمال اعتصاما دام ثلاثة أيام أمام مقر الوزارة.", Language.AR, "2026-03-12")).isEmpty();
        // last night is no tonight: the night alone, no stretch of two days from publication
        assertThat(dateClaims("وانقطعت الكهرباء عن الحي لمدة يومين اعتبارا من الليلة الماضية.", Language.AR, "2026-03-12"))
                .containsExactly("2026-03-11..2026-03-12");
    }
}
