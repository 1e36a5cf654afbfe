package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Arabic days whose event's length their sentence gives (dates-ar42), the mirrors of {@code en.date.stretch_ended},
 * {@code en.date.stretch_for_visit} and {@code en.date.stretch_starting}, in sentences of our own published on Tuesday 12 May
 * 2026: after a verb of its end the day is the stretch's last («اختتمت مساء أمس جولة … استمرت أربعة أيام»), a day of arrival
 * for a visit of some days is its first, and so is a day after «لمدة ثلاثة أيام بداية من» or «يبدأ».
 */
class DayAndLengthStretchesTest {
    private static final String TUE = "2026-05-12";

    @Test
    void aDayAfterAVerbOfItsEndClosesTheStretch() {
        assertThat(dateClaims("اختتمت في جنيف مساء أمس جولة جديدة من المشاورات بين وفدي الحكومة والمعارضة اليمنية، استمرت أربعة أيام"
                + " برعاية أممية.", Language.AR, TUE)).containsExactly("2026-05-08..2026-05-11");
        assertThat(dateClaims("اختتم وزراء الزراعة العرب، أمس الاثنين، اجتماعاتهم في الخرطوم، التي استمرت يومين، بإصدار بيان ختامي.",
                Language.AR, TUE)).containsExactly("2026-05-10..2026-05-11");
        assertThat(dateClaims("انتهت يوم الأحد مناورات بحرية مشتركة بين البلدين استمرت خمسة أيام في مياه الخليج.", Language.AR, TUE))
                .containsExactly("2026-05-06..2026-05-10");
    }

    @Test
    void aLengthOfAnotherClauseLeavesTheDay() {
        assertThat(dateClaims("اختتمت أمس المحادثات في مسقط، وقال الوسيط العماني إن جولة أخرى قد تستمر ثلاثة أيام.", Language.AR, TUE))
                .containsExactly("2026-05-11..2026-05-11");
    }

    @Test
    void aDayOfArrivalForAVisitOpensIt() {
        assertThat(dateClaims("وصل رئيس الوزراء العراقي إلى عمّان ظهر اليوم، في زيارة رسمية تستمر يومين يلتقي خلالها العاهل الأردني.",
                Language.AR, TUE)).containsExactly("2026-05-12..2026-05-13");
        // a length hoped for: the day alone
        assertThat(dateClaims("وصل وزير الخارجية التركي إلى القاهرة اليوم في زيارة يتوقع أن تستمر ثلاثة أيام.", Language.AR, TUE))
                .containsExactly("2026-05-12..2026-05-12");
    }

    @Test
    void aLengthStartingOnADayOpensIt() {
        assertThat(dateClaims("بدأ عمال الموانئ إضراباً عن العمل لمدة ثلاثة أيام بداية من اليوم الثلاثاء للمطالبة بزيادة الأجور.",
                Language.AR, TUE)).containsExactly("2026-05-12..2026-05-14");
        // a weekday after «يبدأ» is the next one, not the one before publication
        assertThat(dateClaims("وينفذ المعلمون إضراباً عن العمل لمدة يومين يبدأ الخميس في جميع المدارس الحكومية.", Language.AR, TUE))
                .containsExactly("2026-05-14..2026-05-15");
    }

    @Test
    void anNthDayRunningAfterAVerbOfGoingOnIsAStretchBack() {
        assertThat(dateClaims("يواصل عمال النظافة في العاصمة إضرابهم لليوم الرابع على التوالي احتجاجاً على تأخر الرواتب.",
                Language.AR, TUE)).containsExactly("2026-05-09..2026-05-12");
        // no verb of going on: a count of events, or a toll of today, names no stretch
        assertThat(dateClaims("فاز الفريق بالبطولة للمرة الثالثة على التوالي.", Language.AR, TUE)).isEmpty();
        assertThat(dateClaims("قُتل خمسة أشخاص لليوم الثاني على التوالي في اشتباكات بالمدينة.", Language.AR, TUE))
                .doesNotContain("2026-05-11..2026-05-12");
    }
}
