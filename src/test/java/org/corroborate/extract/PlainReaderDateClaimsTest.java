package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.scheduled;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The date disagreements of the plain-reader sets (dev16, dev17) that are general rules: a schedule read forwards
 * (dev rule 21b), a past clause inside a future statement no schedule, two days joined by "and" before their month, a
 * vague "earlier this year" (dev rule 19) and a statistic's reference period (dev rule 3).
 */
class PlainReaderDateClaimsTest {

    @Test
    void aPresentScheduleInARelativeClauseIsReadForwards() {
        assertThat(scheduled("The squad is preparing for the regional qualifiers that start in October.", Language.EN, "2026-04-14"))
                .containsExactly("2026-10-01..2026-10-31");
        assertThat(scheduled("The squad lost the qualifiers that started in March.", Language.EN, "2026-04-14")).isEmpty();
    }

    @Test
    void aSessionSetForADayIsReadForwards() {
        assertThat(scheduled("The judge set the sentencing hearing for March 3.", Language.EN, "2026-01-10"))
                .containsExactly("2026-03-03..2026-03-03");
        // published on Wednesday 14 January 2026: a trap set for a gang on Monday is the past Monday's
        assertThat(scheduled("Police set a trap for the gang on Monday.", Language.EN, "2026-01-14")).isEmpty();
    }

    @Test
    void aNextMeetingWithAPossessiveIsReadForwards() {
        assertThat(scheduled("ويعقد المجلس اجتماعه الدوري المقبل في عمّان يوم 12 أيلول/سبتمبر.", Language.AR, "2026-06-01"))
                .containsExactly("2026-09-12..2026-09-12");
        assertThat(scheduled("وتعقد اللجنة اجتماعها المقبل يوم 20 تشرين الأول/أكتوبر.", Language.AR, "2026-06-01"))
                .containsExactly("2026-10-20..2026-10-20");
    }

    @Test
    void aCourtDecisionToAdjournToAWeekdayIsReadForwards() {
        // published on Wednesday 3 June 2026: Sunday is the 7th, not the 31 May
        assertThat(scheduled("وقررت المحكمة تأجيل الجلسة إلى يوم الأحد.", Language.AR, "2026-06-03"))
                .containsExactly("2026-06-07..2026-06-07");
    }

    @Test
    void aMeetingScheduledForADayInAForecastSentenceIsScheduled() {
        assertThat(scheduled("ويُتوقع أن يخفض البنك أسعار الفائدة في اجتماع لجنته المقرر يوم 14 أيلول/سبتمبر المقبل.", Language.AR, "2026-06-01"))
                .containsExactly("2026-09-14..2026-09-14");
        assertThat(scheduled("The bank is expected to cut rates at its meeting scheduled for Sept. 14.", Language.EN, "2026-06-01"))
                .containsExactly("2026-09-14..2026-09-14");
        assertThat(dateClaims("ويُتوقع أن يتراجع التضخم في أيلول/سبتمبر المقبل.", Language.AR, "2026-06-01")).isEmpty();
    }

    @Test
    void aPastClauseInsideAFutureStatementIsNoScheduledEvent() {
        // as "Officials will question the men who were detained on Friday": the future word belongs to another clause, and
        // the date read forwards from it is dropped, not scheduled
        String text = "The minister will tour the district where floods destroyed 200 homes in March.";
        assertThat(dateClaims(text, Language.EN, "2026-09-18")).isEmpty();
        assertThat(scheduled("The minister will tour the district where talks are scheduled to resume in March.", Language.EN, "2026-09-18"))
                .containsExactly("2027-03-01..2027-03-31");
        // published on Wednesday 14 January 2026: a passive present is no past clause
        assertThat(scheduled("The figures will be released when the results are published on Friday.", Language.EN, "2026-01-14"))
                .containsExactly("2026-01-16..2026-01-16");
    }

    @Test
    void twoDaysJoinedByAndBeforeTheirMonthAreOneRange() {
        assertThat(scheduled("The board will next meet on 14 and 15 October.", Language.EN, "2026-06-01"))
                .containsExactly("2026-10-14..2026-10-15");
    }

    @Test
    void earlierThisYearIsNoDateClaimWhereEarlierThisMonthIsOne() {
        assertThat(dateClaims("The two men were convicted earlier this year.", Language.EN, "2026-08-24")).isEmpty();
        assertThat(dateClaims("وأدين الرجلان في وقت سابق من هذا العام.", Language.AR, "2026-08-24")).isEmpty();
        assertThat(dateClaims("The two men were convicted earlier this month.", Language.EN, "2026-08-24"))
                .containsExactly("2026-08-01..2026-08-23");
    }

    @Test
    void aRegistrationDeadlineIsNoScheduledEvent() {
        assertThat(dateClaims("وأوضحت اللجنة أن باب التسجيل للمتطوعين سيُغلق نهاية أيلول/سبتمبر.", Language.AR, "2026-07-25")).isEmpty();
    }

    @Test
    void theReferencePeriodOfAStatisticIsNoDateClaim() {
        assertThat(dateClaims("Inflation slowed for a second month in May, the statistics office said.", Language.EN, "2026-06-10")).isEmpty();
        assertThat(dateClaims("The country recorded 2,400 cholera cases last year.", Language.EN, "2026-06-10")).isEmpty();
        assertThat(dateClaims("وسجلت البلاد 2400 إصابة بالكوليرا العام الماضي.", Language.AR, "2026-06-10")).isEmpty();
        assertThat(dateClaims("Hospitals registered more than 900 new admissions in April.", Language.EN, "2026-06-10")).isEmpty();
    }

    @Test
    void aThingRecordedIsADatedEventNoStatistic() {
        // "recorded"/"registered" a figure is a tally only of cases, deaths, crimes … (own sentences)
        assertThat(dateClaims("The band recorded 12 songs in a studio in Nashville last March.", Language.EN, "2026-11-20"))
                .containsExactly("2026-03-01..2026-03-31");
        assertThat(dateClaims("The couple registered 2 companies in Delaware in January.", Language.EN, "2026-11-20"))
                .containsExactly("2026-01-01..2026-01-31");
    }
}
