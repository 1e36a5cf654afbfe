package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Dates of stories full of dates that are no events of their own (dev20's errors that are general rules): an ordinal before
 * its noun, a day counted from an undated speaker's today, the weather of a day, the weather a toll's stretch runs from.
 */
class DenseDateStoriesTest {

    @Test
    void anOrdinalBeforeItsNounIsNoDayOfTheMonth() {
        // published on Saturday 22 August 2026: "won" ends in "on", and "the 9th race" is a race
        assertThat(dateClaims("Kenyan runner Faith Chebet won the 9th race of the season on Friday in Nairobi.", Language.EN, "2026-08-22"))
                .containsExactly("2026-08-21..2026-08-21");
        assertThat(dateClaims("The cyclist finished on the 3rd attempt in Lyon on Friday.", Language.EN, "2026-08-22"))
                .containsExactly("2026-08-21..2026-08-21");
        assertThat(dateClaims("The court will rule on the 25th.", Language.EN, "2026-08-22")).containsExactly("2026-08-25..2026-08-25");
    }

    @Test
    void thisDayInAnUndatedQuotationIsTheSpeakersDay() {
        assertThat(dateClaims("\"We have waited for this day for ten years,\" the mayor said after the ceremony.", Language.EN, "2026-08-22"))
                .isEmpty();
    }

    @Test
    void rainfallOverAPeriodIsWeather() {
        assertThat(dateClaims("Rainfall in the second week of July was the heaviest recorded since 1998.", Language.EN, "2026-07-15")).isEmpty();
        assertThat(dateClaims("Temperatures hit 45C in Seville on Monday.", Language.EN, "2026-07-15")).isEmpty();
        // the temperature beside another event of the clause is that event's circumstance
        assertThat(dateClaims("Thousands marched in the capital on Monday as temperatures soared past 40C.", Language.EN, "2026-07-15"))
                .containsExactly("2026-07-13..2026-07-13");
        assertThat(dateClaims("The plant shut down on Friday after temperatures reached 50C.", Language.EN, "2026-07-15"))
                .containsExactly("2026-07-10..2026-07-10");
    }

    @Test
    void theWeatherOfTheDayATollRunsFromIsNoEvent() {
        // published on Wednesday 15 July 2026
        String weather = "Floods have killed 12 people in the province since Sunday, when temperatures first passed 45C, officials said.";
        assertThat(countDates(weather, Language.EN, "2026-07-15")).containsExactly("2026-07-12..2026-07-15");
        assertThat(dateClaims(weather, Language.EN, "2026-07-15")).isEmpty();
        assertThat(dateClaims("Floods have killed 12 people in the province since Sunday, when a dam burst, officials said.", Language.EN,
                "2026-07-15")).containsExactly("2026-07-12..2026-07-12");
    }

    @Test
    void aForecastOfGrowthIsNoScheduledYear() {
        assertThat(dateClaims("The bank expects growth to pick up in 2027.", Language.EN, "2026-06-10")).isEmpty();
        assertThat(dateClaims("The central bank expects economic growth of 2.5 percent next year.", Language.EN, "2026-06-10")).isEmpty();
        // a court expected to rule stays scheduled
        assertThat(dateClaims("The court is expected to rule on 3 July.", Language.EN, "2026-06-10")).containsExactly("2026-07-03..2026-07-03");
    }

    @Test
    void theDaysOverWhichCasesWereRecordedAreAStatisticsPeriod() {
        assertThat(dateClaims("Health officials recorded 340 new dengue cases between 3 and 9 March.", Language.EN, "2026-03-12")).isEmpty();
        assertThat(dateClaims("Some 412 cholera cases were recorded from 1 to 8 March, the ministry said.", Language.EN, "2026-03-12")).isEmpty();
        assertThat(dateClaims("وسجلت الوزارة 250 إصابة جديدة بالكوليرا بين 1 و7 أيار.", Language.AR, "2026-05-10")).isEmpty();
        // a stretch of an event stays one
        assertThat(dateClaims("Protesters marched between Monday and Wednesday.", Language.EN, "2026-03-12"))
                .containsExactly("2026-03-09..2026-03-11");
    }

    @Test
    void aHolidayThatNamesAnEventIsNoDate() {
        assertThat(dateClaims("The Thanksgiving Day parade will go ahead despite the cold, organisers said.", Language.EN, "2026-11-10")).isEmpty();
        assertThat(dateClaims("Tickets for the New Year's Eve concert sold out in an hour.", Language.EN, "2026-11-10")).isEmpty();
        assertThat(dateClaims("وتستعد البلدية لتنظيم سوق عيد الميلاد في الساحة الرئيسية.", Language.AR, "2026-11-10")).isEmpty();
        assertThat(dateClaims("Shoppers crowded the Sunday market in the old town.", Language.EN, "2026-08-22")).isEmpty();
        // a weekday with a word of time before it dates what follows, as "On Monday schools reopened" does
        assertThat(dateClaims("On Sunday markets across the region were closed after the attack.", Language.EN, "2026-08-22"))
                .containsExactly("2026-08-16..2026-08-16");
        assertThat(dateClaims("Protesters gathered on Tuesday; on Wednesday sales of fuel were halted.", Language.EN, "2026-08-22"))
                .containsExactly("2026-08-18..2026-08-18", "2026-08-19..2026-08-19");
        // the approach of a holiday: what happens is before it
        assertThat(dateClaims("تشهد أسواق المدينة القديمة حركة لافتة مع اقتراب شهر رمضان.", Language.AR, "2026-02-07")).isEmpty();
    }

    @Test
    void aDayAndMonthThatOpenAnEventOfSomeDaysIsTheWholeStretch() {
        assertThat(dateClaims("تبدأ وزارة الصحة في 24 أيار/مايو حملة تحصين وطنية تستمر خمسة أيام.", Language.AR, "2026-05-13"))
                .containsExactly("2026-05-24..2026-05-28");
    }

    @Test
    void aProtestThatHasBeenCalledIsAhead() {
        // published on Sunday 9 August 2026: Tuesday is the 11th
        assertThat(dateClaims("Teachers' unions have called a national strike outside parliament on Tuesday.", Language.EN, "2026-08-09"))
                .containsExactly("2026-08-11..2026-08-11");
        assertThat(dateClaims("Police broke up a protest outside parliament on Tuesday.", Language.EN, "2026-08-09"))
                .containsExactly("2026-08-04..2026-08-04");
    }

    @Test
    void theDayAStatementWasPublishedIsNoEvent() {
        // published on Tuesday 7 April 2026
        assertThat(dateClaims("واتُّخذ القرار خلال اجتماع اللجنة يوم الإثنين، وفق بيان نُشر اليوم الثلاثاء.", Language.AR, "2026-04-07"))
                .containsExactly("2026-04-06..2026-04-06");
        assertThat(dateClaims("The board took the decision on Monday, according to a statement published on Tuesday.", Language.EN,
                "2026-04-07")).containsExactly("2026-04-06..2026-04-06");
    }

    @Test
    void aPlacingInARaceIsASportsResult() {
        assertThat(dateClaims("The Kenyan finished third in the marathon last year.", Language.EN, "2026-08-22")).isEmpty();
        assertThat(dateClaims("The runner finished second in the marathon in Berlin on Sunday.", Language.EN, "2026-08-22")).isEmpty();
        // another event of the clause keeps its date
        assertThat(dateClaims("The cyclist turned professional in 2021 and finished third in the race last year.", Language.EN,
                "2026-08-22")).containsExactly("2021-01-01..2021-12-31");
        assertThat(dateClaims("She finished third in the race last year and won gold in 2024.", Language.EN,
                "2026-08-22")).containsExactly("2024-01-01..2024-12-31");
        assertThat(dateClaims("Her party finished second in the election in March.", Language.EN, "2026-08-22"))
                .containsExactly("2026-03-01..2026-03-31");
    }
}
