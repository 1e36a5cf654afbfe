package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.scheduled;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Dev rule 21b: an event stated as fixed for a day after publication is a date claim, read forwards and
 * marked scheduled; forecasts, deadlines and schedules that did not hold are none, and a scheduled day never
 * dates a count.
 */
class ScheduledDateClaimsTest {

    @Test
    void readsAScheduledWeekdayForwards() {
        // published on Tuesday 17 February 2026: Thursday is the 19th, not the 12th
        assertThat(scheduled("The suspects will appear before a judge on Thursday.", Language.EN, "2026-02-17"))
                .containsExactly("2026-02-19..2026-02-19");
        assertThat(scheduled("ومن المقرر أن تعقد اللجنة اجتماعها يوم الخميس.", Language.AR, "2026-06-23"))
                .containsExactly("2026-06-25..2026-06-25");
    }

    @Test
    void readsAScheduledDayAndMonthWithoutYearForwards() {
        assertThat(scheduled("Parliament reconvenes on January 20.", Language.EN, "2026-01-13")).containsExactly("2026-01-20..2026-01-20");
        assertThat(scheduled("The committee will meet on February 3.", Language.EN, "2026-11-30")).containsExactly("2027-02-03..2027-02-03");
        assertThat(scheduled("وتعتزم الهيئة نشر التقديرات النهائية في 15 كانون الأول/ديسمبر.", Language.AR, "2026-11-12"))
                .containsExactly("2026-12-15..2026-12-15");
    }

    @Test
    void readsNextAndAlmuqbilStrictlyAfterPublication() {
        assertThat(scheduled("Elections will be held next year.", Language.EN, "2026-11-30")).containsExactly("2027-01-01..2027-12-31");
        assertThat(scheduled("ستجرى الانتخابات البلدية يوم 20 كانون الأول/ديسمبر المقبل.", Language.AR, "2026-10-08"))
                .containsExactly("2026-12-20..2026-12-20");
        // published on Thursday 25 June 2026: "الخميس المقبل" is a week later
        assertThat(scheduled("ومن المقرر أن تؤدي الحكومة اليمين الدستورية الخميس المقبل.", Language.AR, "2026-06-25"))
                .containsExactly("2026-07-02..2026-07-02");
    }

    @Test
    void aDeadlineIsNoDateClaim() {
        assertThat(dateClaims("The rebels have until July 31 to leave the city.", Language.EN, "2026-07-14")).isEmpty();
        assertThat(dateClaims("Qatar aims to produce 70% of its vegetables by 2030.", Language.EN, "2026-07-14")).isEmpty();
        assertThat(dateClaims("ومنح الجيش المسلحين مهلة تنتهي في 31 تموز/يوليو للانسحاب.", Language.AR, "2026-07-14")).isEmpty();
        assertThat(dateClaims("وتسعى قطر إلى رفع نسبة اكتفائها الذاتي إلى 70 في المئة بحلول عام 2030.", Language.AR, "2026-10-27")).isEmpty();
    }

    @Test
    void aForecastIsNoDateClaim() {
        assertThat(dateClaims("Heavy rain is expected on Thursday across the north.", Language.EN, "2026-01-13")).isEmpty();
        assertThat(dateClaims("Growth is forecast to reach 3% in 2027.", Language.EN, "2026-01-13")).isEmpty();
        assertThat(dateClaims("وتتوقع دائرة الأرصاد هطول أمطار غزيرة يوم الخميس.", Language.AR, "2026-01-13")).isEmpty();
        assertThat(dateClaims("تتأثر المملكة اعتباراً من يوم غد بمنخفض جوي يرافقه هطول أمطار غزيرة.", Language.AR, "2026-01-13")).isEmpty();
    }

    @Test
    void theOriginalDayOfAPostponedEventIsNoDateClaim() {
        assertThat(dateClaims("The vote, which had been scheduled for March 15, was postponed.", Language.EN, "2026-02-01")).isEmpty();
        assertThat(dateClaims("وكانت الانتخابات مقررة في 15 آذار/مارس قبل أن تؤجل.", Language.AR, "2026-02-01")).isEmpty();
        // the new day is scheduled
        assertThat(scheduled("The hearing was postponed until March 3.", Language.EN, "2026-02-01")).containsExactly("2026-03-03..2026-03-03");
    }

    @Test
    void aScheduledHearingInACountsSentenceIsADateClaimOfItsOwn() {
        // published on Tuesday 10 March 2026: the arrest is dated Friday the 6th, the hearing is Monday the 16th
        String text = "Police detained 12 men on Friday, and they will appear in court on Monday.";
        assertThat(countDates(text, Language.EN, "2026-03-10")).containsExactly("2026-03-06..2026-03-06");
        assertThat(scheduled(text, Language.EN, "2026-03-10")).containsExactly("2026-03-16..2026-03-16");
        String ar = "اعتقلت الشرطة 12 شخصاً يوم الجمعة، ومن المقرر أن يمثلوا أمام القضاء يوم الاثنين المقبل.";
        assertThat(countDates(ar, Language.AR, "2026-03-10")).containsExactly("2026-03-06..2026-03-06");
        assertThat(scheduled(ar, Language.AR, "2026-03-10")).containsExactly("2026-03-16..2026-03-16");
    }

    @Test
    void aPastEventIsNotMarkedScheduled() {
        assertThat(dateClaims("Parliament reconvened on January 10.", Language.EN, "2026-01-13")).containsExactly("2026-01-10..2026-01-10");
        assertThat(scheduled("Parliament reconvened on January 10.", Language.EN, "2026-01-13")).isEmpty();
    }

    @Test
    void openingAnEventIsScheduledWhereAnOpeningOfWorksIsATarget() {
        assertThat(scheduled("The authorities are due to open a national dialogue in the capital on September 23.", Language.EN, "2026-09-16"))
                .containsExactly("2026-09-23..2026-09-23");
        assertThat(scheduled("The new bridge is due to open on September 23.", Language.EN, "2026-09-16")).isEmpty();
    }

    @Test
    void readsAScheduledHolidayOnOrAfterPublicationAsAWeekday() {
        // written on Christmas Day itself: that day, not next year's (dev rule 21b, as "will open on Friday" on a Friday)
        assertThat(dateClaims("The shelter will open its doors on Christmas Day.", Language.EN, "2026-12-25"))
                .containsExactly("2026-12-25..2026-12-25");
        assertThat(dateClaims("The shelter will open its doors on Friday.", Language.EN, "2026-12-25"))
                .containsExactly("2026-12-25..2026-12-25");
        assertThat(scheduled("The new terminal will open on Christmas Day.", Language.EN, "2026-12-10"))
                .containsExactly("2026-12-25..2026-12-25");
        // "next" stays strictly after
        assertThat(scheduled("The choir will sing at the cathedral next Christmas.", Language.EN, "2026-12-25"))
                .containsExactly("2027-12-25..2027-12-25");
        // written on the day of Eid al-Adha 2026 (27 May): that day
        assertThat(dateClaims("وسيؤدي الرئيس صلاة عيد الأضحى في المسجد الكبير.", Language.AR, "2026-05-27"))
                .containsExactly("2026-05-27..2026-05-27");
        // past readings are unchanged: the latest that has begun
        assertThat(dateClaims("Police arrested 12 people on Christmas Day.", Language.EN, "2026-12-26")).isEmpty();
        assertThat(countDates("Police arrested 12 people on Christmas Day.", Language.EN, "2026-12-26"))
                .containsExactly("2026-12-25..2026-12-25");
    }

    @Test
    void aMoveFromOneDayToAnotherSchedulesTheNewDayOnly() {
        // dev14-en-018's pattern: the day that did not hold gives no claim, the new one is scheduled
        assertThat(scheduled("The court moved the trial from July 15 to September 9 at the defence's request.", Language.EN, "2026-07-10"))
                .containsExactly("2026-09-09..2026-09-09");
        assertThat(scheduled("وأرجأت المحكمة الجلسة من 15 تموز/يوليو إلى 9 أيلول/سبتمبر بطلب من هيئة الدفاع.", Language.AR, "2026-07-10"))
                .containsExactly("2026-09-09..2026-09-09");
        // a stretch postponed to is still one
        assertThat(scheduled("The organisers postponed the festival to July 15-17.", Language.EN, "2026-07-10"))
                .containsExactly("2026-07-15..2026-07-17");
    }

    @Test
    void twoDaysJoinedByAndAreTwoDatesUnlessBetweenJoinsThem() {
        // dev14-en-029's pattern: two phases of a vote, each its own day
        assertThat(scheduled("Voters will elect a new assembly in two phases on December 4 and December 11.", Language.EN, "2026-11-11"))
                .containsExactly("2026-12-04..2026-12-04", "2026-12-11..2026-12-11");
        assertThat(dateClaims("Talks were held between Oct. 28 and Nov. 3 in Geneva.", Language.EN, "2026-11-11"))
                .containsExactly("2026-10-28..2026-11-03");
    }

    @Test
    void aScheduledDayInReportedWordsIsNotTheStatementsDay() {
        // dev15-en-018's pattern: the quote may take the day, but a statement is made by publication
        assertThat(scheduled("The two leaders will meet in Doha on Dec. 28, three diplomats told reporters.", Language.EN, "2026-12-20"))
                .containsExactly("2026-12-28..2026-12-28");
    }

    @Test
    void aNextMeetingWithWordsBetweenIsScheduled() {
        assertThat(scheduled("The central bank's next rate-setting meeting is on Jan. 15.", Language.EN, "2026-11-26"))
                .containsExactly("2027-01-15..2027-01-15");
    }

    @Test
    void theEndOfAStretchAndWhatFollowsAHolidayAreNoScheduledEvents() {
        assertThat(dateClaims("وتنتهي مهلة تقديم الطعون في 31 كانون الثاني/يناير المقبل.", Language.AR, "2026-11-07")).isEmpty();
        assertThat(dateClaims("وينتهي باب الترشح للانتخابات البلدية يوم 15 كانون الأول/ديسمبر.", Language.AR, "2026-11-07")).isEmpty();
        assertThat(dateClaims("Voter registration ends on Jan. 31.", Language.EN, "2026-11-07")).isEmpty();
        // the schools' day is scheduled, the holiday after which they open is not
        assertThat(scheduled("ومن المقرر أن تستأنف الجامعات الدراسة في 20 نيسان/أبريل بعد عطلة عيد الفطر.", Language.AR, "2026-03-31"))
                .containsExactly("2026-04-20..2026-04-20");
    }

    @Test
    void aPastScheduleThatDidNotHoldIsNoDateClaim() {
        // dev15-ar-030's pattern, written after the day: the day it was set for is no event
        assertThat(dateClaims("وكان افتتاح المعرض قد حُدّد في البداية لشهر أيلول/سبتمبر الماضي قبل أن يؤجَّل لأسباب أمنية.",
                Language.AR, "2026-12-27")).isEmpty();
        assertThat(dateClaims("The cup final, set for Dec. 12, was called off after heavy snow.", Language.EN, "2026-12-27")).isEmpty();
    }

    @Test
    void whatAPartyExpectsToDoIsAHopeNotASchedule() {
        // published on Wednesday 14 January 2026: Friday is the 16th
        assertThat(scheduled("The two unions expect to end the strike on Friday.", Language.EN, "2026-01-14")).isEmpty();
        assertThat(scheduled("The two unions will end the strike on Friday.", Language.EN, "2026-01-14"))
                .containsExactly("2026-01-16..2026-01-16");
    }

    /** A court's ruling it expects to give is fixed, as one it "is expected" to give; a forecast's expectation stays a hope. */
    @Test
    void aCourtThatExpectsToRuleOnADayIsScheduled() {
        assertThat(scheduled("The court expects to rule on the appeal on Friday.", Language.EN, "2026-01-14"))
                .containsExactly("2026-01-16..2026-01-16");
        assertThat(scheduled("The judge said she expects to deliver the verdict on 20 January.", Language.EN, "2026-01-14"))
                .containsExactly("2026-01-20..2026-01-20");
        assertThat(scheduled("Forecasters expect the storm to make landfall on Friday.", Language.EN, "2026-01-14")).isEmpty();
        assertThat(scheduled("The minister expects to decide on Friday whether to resign.", Language.EN, "2026-01-14")).isEmpty();
    }

    @Test
    void aTrialSetToOpenIsScheduledAWorkSetToOpenATarget() {
        assertThat(scheduled("Their trial is set to open on 4 May.", Language.EN, "2026-01-13")).containsExactly("2026-05-04..2026-05-04");
        assertThat(scheduled("The new terminal is set to open on 4 May.", Language.EN, "2026-01-13")).isEmpty();
    }

    /**
     * A court that fixes a session for a day schedules it, as "set the next session for" does: «وحددت المحكمة جلسة ١٤ حزيران
     * لمحاكمة …», written in May, is the coming 14 June, not last year's (item 27 of blind11's adjudication); so too a weekday.
     */
    @Test
    void aSessionTheCourtFixesForADayIsScheduled() {
        assertThat(scheduled("قضت المحكمة الجنائية، الاثنين، بسجن موظفَين في البلدية خمس سنوات بتهمة الرشوة، وحددت جلسة ١٤ حزيران "
                + "لمحاكمة ثلاثة متهمين آخرين في القضية نفسها.", Language.AR, "2026-05-25")).containsExactly("2026-06-14..2026-06-14");
        assertThat(scheduled("وحددت المحكمة جلسة يوم الخميس للنطق بالحكم في قضية اختلاس أموال الصندوق.", Language.AR, "2026-05-25"))
                .containsExactly("2026-05-28..2026-05-28");
    }

    /**
     * A weekend to come is two days, neither fixed: as vague a time as "later this week", no scheduled date claim (no dev
     * writer gave one). A day named beside it stays scheduled, and a weekend gone by stays the dated event it was.
     */
    @Test
    void aWeekendToComeIsNoScheduledDay() {
        // published on Friday 20 March 2026: the weekend to come is the 21st and the 22nd
        assertThat(dateClaims("Dock workers called a strike for the weekend.", Language.EN, "2026-03-20")).isEmpty();
        assertThat(dateClaims("The champions travel to Glasgow next weekend for the final round.", Language.EN, "2026-03-20")).isEmpty();
        assertThat(scheduled("The giant slalom is on Saturday, and the downhill closes the weekend on Sunday.", Language.EN, "2026-03-20"))
                .containsExactly("2026-03-21..2026-03-21", "2026-03-22..2026-03-22");
        assertThat(dateClaims("Dock workers staged a strike over the weekend.", Language.EN, "2026-03-24"))
                .containsExactly("2026-03-21..2026-03-22");
    }
}
