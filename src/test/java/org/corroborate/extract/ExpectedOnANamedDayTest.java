package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An act expected of someone on a named day ("The Senate is expected to vote on Thursday", "Results are expected on
 * Monday") is its scheduled day, a date claim (the writers of dev22 … dev39 give all thirteen such sentences one); a week,
 * a month or a year so expected stays no fixed day, a court's ruling or hearing excepted; weather and quantities expected
 * stay forecasts, and what a party expects to do stays a hope (docs/date-policy.md; the English pack's expected_before).
 * Next year named alone is no scheduled day in Arabic either (the Arabic pack's unscheduled_dates). Sentences of our own,
 * published on Tuesday 10 November 2026.
 */
class ExpectedOnANamedDayTest {
    private static final String TUE = "2026-11-10";

    @Test
    void anActExpectedOnANamedDayIsScheduled() {
        assertThat(dateClaims("The upper chamber is expected to vote on the reform package on Thursday.", Language.EN, TUE))
                .containsExactly("2026-11-12..2026-11-12");
        assertThat(dateClaims("Official results are expected on Saturday morning.", Language.EN, TUE))
                .containsExactly("2026-11-14..2026-11-14");
        assertThat(dateClaims("The governor is expected to sign the budget next Monday.", Language.EN, TUE))
                .containsExactly("2026-11-16..2026-11-16");
        assertThat(dateClaims("The two prime ministers are expected to open the new border crossing on 3 December.", Language.EN, TUE))
                .containsExactly("2026-12-03..2026-12-03");
        assertThat(dateClaims("The regulator was expected to publish its findings on Friday.", Language.EN, TUE))
                .containsExactly("2026-11-13..2026-11-13");
    }

    @Test
    void aWeekOrAMonthSoExpectedIsNoFixedDay() {
        assertThat(dateClaims("The cabinet is expected to approve the plan next week.", Language.EN, TUE)).isEmpty();
        assertThat(dateClaims("Lawmakers are expected to debate the bill in December.", Language.EN, TUE)).isEmpty();
        assertThat(dateClaims("The bill goes to the upper house, which is expected to vote on it later this month.", Language.EN, TUE))
                .isEmpty();
    }

    @Test
    void aCourtsRulingExpectedNextWeekIsScheduled() {
        assertThat(dateClaims("A magistrate is expected to rule on the men's bail application at a hearing next week.", Language.EN, TUE))
                .containsExactly("2026-11-16..2026-11-22");
        assertThat(dateClaims("The minister is expected to decide next week whether to resign.", Language.EN, TUE)).isEmpty();
    }

    @Test
    void forecastsAndAPartysOwnIntentionStayNoClaim() {
        assertThat(dateClaims("Heavy showers are expected on Thursday across the capital.", Language.EN, TUE)).isEmpty();
        assertThat(dateClaims("A tropical storm is expected to make landfall on the southern coast on Friday.", Language.EN, TUE))
                .isEmpty();
        assertThat(dateClaims("Inflation is expected to ease in 2027.", Language.EN, TUE)).isEmpty();
        assertThat(dateClaims("Fuel prices are expected to rise on Monday.", Language.EN, TUE)).isEmpty();
        assertThat(dateClaims("The two unions expect to sign the wage deal on Friday.", Language.EN, TUE)).isEmpty();
    }

    @Test
    void nextYearNamedAloneIsNoScheduledDay() {
        assertThat(dateClaims("ومن المنتظر افتتاح المحطة الجديدة للقطار خلال العام المقبل.", Language.AR, TUE)).isEmpty();
        assertThat(dateClaims("وقال مسؤول في الوزارة إن مناورات مماثلة ستجرى العام المقبل.", Language.AR, TUE)).isEmpty();
        assertThat(dateClaims("ومن المنتظر أن تفتتح المحطة الجديدة في كانون الثاني من العام المقبل.", Language.AR, TUE))
                .containsExactly("2027-01-01..2027-01-31");
        assertThat(dateClaims("ومن المنتظر أن يصوت البرلمان على القانون الأسبوع المقبل.", Language.AR, TUE))
                .containsExactly("2026-11-16..2026-11-22");
    }
}
