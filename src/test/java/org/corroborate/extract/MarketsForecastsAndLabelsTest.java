package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Markets, forecasts, labels and deadlines: dates read the wrong way or taken as events under our own rules (dev README 20, 21b). */
class MarketsForecastsAndLabelsTest {

    /**
     * A delay or an extension asked for until a month or a day runs to a date still ahead: read forwards it is the end
     * of a span (rule 21b's "until"), no date claim; not the month a year back.
     */
    @Test
    void aDelayAskedForUntilAMonthIsNoDateClaim() {
        assertThat(dateClaims("Rebel negotiators had asked for a delay until October to consult their commanders.",
                Language.EN, "2026-06-10")).isEmpty();
        assertThat(dateClaims("The transport union is seeking an extension until Sept. 30.", Language.EN, "2026-06-10")).isEmpty();
        // what was asked on a day gone by keeps its day, and a stretch that ended stays in the past
        assertThat(dateClaims("Rebel negotiators had asked for a recount on Friday.", Language.EN, "2026-06-10"))
                .containsExactly("2026-06-05..2026-06-05");
        assertThat(dateClaims("The curfew stayed in force until October.", Language.EN, "2026-06-10"))
                .containsExactly("2025-10-01..2025-10-31");
    }

    /**
     * Rule 3: a market's state or the weather of a day is no dated event, told as a state ("were mixed"), a price that held
     * («استقرت أسعار …»), traders watching prices move, or a weather noun after the day («تشهد … اليوم أجواء …»).
     */
    @Test
    void aMarketsOrTheWeathersStateIsNoDatedEvent() {
        assertThat(dateClaims("Asian stock markets were mixed on Tuesday as traders awaited U.S. inflation data.",
                Language.EN, "2026-03-11")).isEmpty();
        assertThat(dateClaims("استقرت أسعار الحديد في السوق المحلية خلال تعاملات اليوم الأربعاء وسط ضعف الطلب.",
                Language.AR, "2026-03-11")).isEmpty();
        assertThat(dateClaims("ويترقب المتداولون حركة أسعار النفط في الأسواق الآسيوية مطلع الأسبوع المقبل.",
                Language.AR, "2026-03-11")).isEmpty();
        assertThat(dateClaims("تشهد معظم مناطق لبنان اليوم أجواء باردة وماطرة مع انخفاض ملموس على درجات الحرارة.",
                Language.AR, "2026-03-11")).isEmpty();
        // a state that is no market's, a scheduled meeting investors await, a city that sees an event: dates all
        assertThat(dateClaims("The two leaders were at odds on Tuesday over the border dispute.", Language.EN, "2026-03-11"))
                .containsExactly("2026-03-10..2026-03-10");
        assertThat(dateClaims("ويترقب المستثمرون اجتماع لجنة السياسة النقدية يوم الخميس 19 آذار.", Language.AR, "2026-03-11"))
                .containsExactly("2026-03-19..2026-03-19");
        assertThat(dateClaims("وشهدت المدينة يوم الاثنين احتجاجات واسعة على غلاء الأسعار.", Language.AR, "2026-03-11"))
                .containsExactly("2026-03-09..2026-03-09");
    }

    /** A budget named by its year ("next year's budget") is a label, no dated event, as "the 2027 budget" is. */
    @Test
    void aBudgetNamedByItsYearIsNoDateClaim() {
        assertThat(dateClaims("The finance committee will take up next year's budget in the autumn.", Language.EN, "2026-06-10"))
                .isEmpty();
        // the year of a scheduled event stays a date claim, and a budget passed on a day keeps the day
        assertThat(dateClaims("Parliamentary elections will be held next year.", Language.EN, "2026-06-10"))
                .containsExactly("2027-01-01..2027-12-31");
        assertThat(dateClaims("Parliament approved last year's budget on Tuesday.", Language.EN, "2026-06-10"))
                .containsExactly("2026-06-09..2026-06-09");
    }

    /** The time forecasters were polled is the forecast's (dev rule 21b), no dated event; what the bank did stays one. */
    @Test
    void theDayForecastersWerePolledIsNoDateClaim() {
        String text = "The central bank held its main rate at 6 percent on Thursday. Economists polled last week had expected "
                + "a quarter-point cut.";
        assertThat(dateClaims(text, Language.EN, "2026-05-15")).containsExactly("2026-05-14..2026-05-14");
        String surveyed = "Economists surveyed by Reuters on Monday expect the bank to hold its rate.";
        assertThat(dateClaims(surveyed, Language.EN, "2026-05-15")).isEmpty();
    }

    /** What markets price in or bet on for a month's meeting is a forecast: read forwards, and no date claim. */
    @Test
    void aCutMarketsPriceInIsNoDateClaim() {
        assertThat(dateClaims("Bond traders now price in a rate cut at the December meeting.", Language.EN, "2026-10-02")).isEmpty();
        assertThat(dateClaims("Investors are betting on a hike in March.", Language.EN, "2026-10-02")).isEmpty();
        // a cut made at a month's meeting gone by stays an event
        assertThat(dateClaims("The central bank cut rates at its March meeting.", Language.EN, "2026-10-02"))
                .containsExactly("2026-03-01..2026-03-31");
    }

    /** «في 14 و15 أبريل» without يومي or بين is both days, as «يومي 14 و15 أبريل» is; not the second day alone. */
    @Test
    void twoDaysOfAMonthAfterFiIsBothDays() {
        assertThat(dateClaims("وتنظم الوزارة المؤتمر الوطني للاستثمار في 21 و22 تشرين الأول المقبل.", Language.AR, "2026-09-02"))
                .containsExactly("2026-10-21..2026-10-22");
        // one day after في stays that day, and so does a compound ordinal
        assertThat(dateClaims("وتنظم الوزارة المؤتمر الوطني للاستثمار في الحادي والعشرين من تشرين الأول المقبل.", Language.AR, "2026-09-02"))
                .containsExactly("2026-10-21..2026-10-21");
        assertThat(dateClaims("وتنظم الوزارة المؤتمر الوطني للاستثمار في 21 تشرين الأول المقبل.", Language.AR, "2026-09-02"))
                .containsExactly("2026-10-21..2026-10-21");
    }

    /** What the air or the rain may bring next week is a forecast (rule 21b), no scheduled date claim. */
    @Test
    void whatTheAirMayBringNextWeekIsAForecast() {
        assertThat(dateClaims("Showers could spread to the northern coast early next week.", Language.EN, "2026-07-15")).isEmpty();
        // what a storm did on a day stays an event
        assertThat(dateClaims("The storm hit the northern coast on Monday.", Language.EN, "2026-07-15"))
                .containsExactly("2026-07-13..2026-07-13");
    }
}
