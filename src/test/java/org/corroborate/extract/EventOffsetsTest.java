package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.dateClaimsWithGrain;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Some days, weeks or months after or before another event (docs/date-policy.md, "An event dated from another's day"): the
 * offset is counted from a day of its clause, from a day the other event's words name, or after a verb of coming from the
 * day the story is at; with none of them it gives no date.
 */
class EventOffsetsTest {

    @Test
    void anOffsetAfterADayOfTheOtherEventDatesTheClausesOwnEvent() {
        // 3 March is the quake's, and the rescue two days later is 5 March
        assertThat(dateClaims("Two days after the earthquake struck on 3 March, rescuers reached the last cut-off village in the valley.",
                Language.EN, "2026-03-09")).containsExactlyInAnyOrder("2026-03-03..2026-03-03", "2026-03-05..2026-03-05");
        assertThat(dateClaims("بعد ثلاثة أيام من الزلزال الذي ضرب المنطقة في 3 مارس، وصلت فرق الإغاثة إلى آخر القرى المعزولة.",
                Language.AR, "2026-03-09")).containsExactlyInAnyOrder("2026-03-03..2026-03-03", "2026-03-06..2026-03-06");
    }

    @Test
    void aClauseDayBeforeTheOffsetFixesNoOtherDayButAfterAVerbOfComing() {
        // the Tuesday is the budget's; the ceasefire's month is not read back from it (rel41: held-out false dates)
        assertThat(dateClaimsWithGrain("Parliament on Tuesday passed the reconstruction budget, three months after the ceasefire took effect.",
                Language.EN, "2026-05-14")).containsExactly("2026-05-12..2026-05-12 day");
        // after a verb of coming, months give the whole month the day falls in
        assertThat(dateClaimsWithGrain("Parliament passed the reconstruction budget on Tuesday. The vote came three months after the"
                + " ceasefire took effect.", Language.EN, "2026-05-14")).contains("2026-02-01..2026-02-28 month");
    }

    @Test
    void aCountOfTheOtherEventTakesTheDayTheOffsetGives() {
        // the strike's toll is of two weeks before the reopening the story is at
        String text = "The health ministry reopened the clinic in Khan Younis on Friday. The reopening came two weeks after an air strike"
                + " on the building killed nine people.";
        assertThat(countsWithDays(text, Language.EN, "2026-06-13")).containsExactly("killed 9@2026-05-29..2026-05-29");
        assertThat(dateClaims(text, Language.EN, "2026-06-13")).containsExactly("2026-06-12..2026-06-12");
    }

    @Test
    void afterAVerbOfComingTheOffsetCountsFromTheDayTheStoryIsAt() {
        assertThat(dateClaims("Police arrested four men after a raid on a warehouse in Lagos on Wednesday. The raid came three days after gunmen"
                + " robbed a bank in the city.", Language.EN, "2026-06-11")).contains("2026-06-07..2026-06-07");
        assertThat(dateClaims("عقد وزراء الخارجية العرب اجتماعاً طارئاً في القاهرة يوم الثلاثاء. ويأتي الاجتماع بعد أسبوعين من قمة"
                + " مماثلة في الرياض.", Language.AR, "2026-09-17")).contains("2026-09-01..2026-09-01");
        assertThat(dateClaims("وافتتح الرئيس الجسر الجديد يوم الأحد. وجاء الافتتاح بعد ثلاثة أشهر من انهيار الجسر القديم.",
                Language.AR, "2026-06-16")).contains("2026-03-01..2026-03-31");
        // with a day of the other event's own after it, both have their days: nothing more
        assertThat(dateClaims("Police arrested four men in Lagos on Wednesday. The arrests came a week after gunmen robbed a bank in the city"
                + " on May 28.", Language.EN, "2026-06-11")).contains("2026-05-28..2026-05-28").doesNotContain("2026-06-03..2026-06-03");
    }

    @Test
    void anOffsetNoDayFixesGivesNoDate() {
        // no day anywhere: the other event's day is not told
        assertThat(dateClaims("The statement came two days after a drone struck an oil depot near the port.", Language.EN, "2026-03-04")).isEmpty();
        assertThat(dateClaims("وجاء البيان بعد يومين من هجوم بطائرة مسيرة على مستودع للنفط قرب الميناء.", Language.AR, "2026-03-04")).isEmpty();
        // "two days after" with no event at all, and one counted from a sinking the text does not date
        assertThat(dateClaims("The council met again two days after.", Language.EN, "2026-03-04")).isEmpty();
        assertThat(dateClaims("وقال الناجي إن القارب غادر الشاطئ قبل يومين من غرقه.", Language.AR, "2026-03-04")).isEmpty();
        // a rough count gives none either
        assertThat(dateClaims("The minister resigned on Monday, less than a month after he took office.", Language.EN, "2026-03-04"))
                .containsExactly("2026-03-02..2026-03-02");
    }
}
