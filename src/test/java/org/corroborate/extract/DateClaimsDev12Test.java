package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Date claims under the conventions dev12 brought out (dev rules 3, 18, 19, 21a; M12–M17 of dev12). */
class DateClaimsDev12Test {
    /**
     * Rule 19 and M12 of dev12: a count before "since 2019, when …" runs from 2019 to publication, and
     * the when clause is the event of 2019; a count inside the when clause takes the moment (F3 of dev7).
     */
    @Test
    void aCountBeforeSinceWhenTakesTheSpanAndTheMomentIsAnEvent() {
        String text = "More than 300 fishermen have been detained off the coast since 2019, when the navy extended its patrols.";
        assertThat(countDates(text, Language.EN, "2026-03-10")).containsExactly("2019-01-01..2026-03-10");
        assertThat(dateClaims(text, Language.EN, "2026-03-10")).containsExactly("2019-01-01..2019-12-31");
    }

    /**
     * Rule 21a, dev11-en-001, M13 of dev12: "since" an event dated with its year gives the count the span
     * from it and the event a date claim; an event of days ago without a year only opens the count's span
     * (dev3-en-012; dev12/DISPUTED.md).
     */
    @Test
    void aSinceEventDatedWithItsYearIsAnEventOfItsOwn() {
        String text = "More than 4,000 people have been displaced since the dam burst in March 2024.";
        assertThat(countDates(text, Language.EN, "2026-03-10")).containsExactly("2024-03-01..2026-03-10");
        assertThat(dateClaims(text, Language.EN, "2026-03-10")).containsExactly("2024-03-01..2024-03-31");
        String ar = "ونزح أكثر من أربعة آلاف شخص منذ انهيار السد في الثاني من آذار 2024.";
        assertThat(countDates(ar, Language.AR, "2026-03-10")).containsExactly("2024-03-02..2026-03-10");
        assertThat(dateClaims(ar, Language.AR, "2026-03-10")).containsExactly("2024-03-02..2024-03-02");
        String recent = "Nine reporters have been detained since the strike began on Tuesday.";
        assertThat(countDates(recent, Language.EN, "2026-03-12")).containsExactly("2026-03-10..2026-03-12");
        assertThat(dateClaims(recent, Language.EN, "2026-03-12")).isEmpty();
    }

    /** Rule 3, M17 of dev12: a sports result and its match day give no claims in a bare sports report (no count, no quote). */
    @Test
    void aSportsResultIsNoDatedEvent() {
        assertThat(dateClaims("Kenya beat Uganda 31-12 in a tense Africa Cup match in Nairobi on Saturday.", Language.EN, "2026-07-20"))
                .isEmpty();
        assertThat(dateClaims("وكان الفريق قد تغلب على ضيفه بثلاثة أهداف مقابل هدفين في الرباط الأسبوع الماضي.", Language.AR, "2026-07-20"))
                .isEmpty();
        assertThat(dateClaims("Porto crushed Braga 5-1 on Sunday night to go top of the table.", Language.EN, "2026-07-20")).isEmpty();
        // a vote's tally is no sports result, and a clash on a match day is an event
        assertThat(dateClaims("The senate passed the budget 52-48 on Tuesday.", Language.EN, "2026-07-20"))
                .containsExactly("2026-07-14..2026-07-14");
        // a clash on a match day is an event
        assertThat(dateClaims("Fans clashed with police outside the stadium in Nairobi on Saturday.", Language.EN, "2026-07-20"))
                .containsExactly("2026-07-18..2026-07-18");
    }

    /** M17 of dev12: what usually happens at a time of year recurs, no dated event. */
    @Test
    void aHabitIsNoDatedEvent() {
        assertThat(dateClaims("The lake, which usually freezes over in early December, stayed open this year.", Language.EN, "2026-03-10"))
                .isEmpty();
        assertThat(dateClaims("وتبدأ هجرة الطيور عادة نحو الجنوب في منتصف تشرين الأول من كل موسم.", Language.AR, "2026-11-20"))
                .isEmpty();
    }

    /**
     * Rules 6 and 21b: a call does not resolve its day backwards; a strike called for a day is scheduled ("called a
     * national strike for September 21", "دعت النقابة إلى اعتصام يوم الخامس"), a plot is not.
     */
    @Test
    void aCallIsNoDatedEvent() {
        assertThat(dateClaims("The union called on its members to strike on Thursday.", Language.EN, "2026-03-10"))
                .containsExactly("2026-03-12..2026-03-12");
        assertThat(dateClaims("ودعت النقابة أعضاءها إلى الإضراب عن العمل يوم الخميس.", Language.AR, "2026-03-10"))
                .containsExactly("2026-03-12..2026-03-12");
        // advice is no event fixed for a day
        assertThat(dateClaims("The coast guard urged boat owners to stay in harbour from Monday.", Language.EN, "2026-03-12")).isEmpty();
        assertThat(dateClaims("Militants were planning an attack on the market during the Eid holiday.", Language.EN, "2026-03-10"))
                .isEmpty();
    }

    /** Rule 3: a forecast's weekday a long way after "expected to" still points forward, and is no event. */
    @Test
    void aForecastDayFarAfterItsMarkerIsNoDatedEvent() {
        assertThat(dateClaims("The cyclone is expected to gather strength over warm water before it reaches the southern coast of the island on Friday.",
                Language.EN, "2026-03-10")).isEmpty();
    }

    /**
     * dev12-en-008, en-025: a possessive day names its event ("Sunday's runoff"), which a future marker of
     * the clause does not point forward, and which in reported speech is no day of the statement.
     */
    @Test
    void aPossessiveDayNamesAPastEvent() {
        assertThat(dateClaims("The commission said on Wednesday it would publish the final count of Sunday's referendum next week.",
                Language.EN, "2026-03-11")).containsExactly("2026-03-08..2026-03-08", "2026-03-16..2026-03-22"); // next week: scheduled (rule 21b)
        assertThat(dateClaims("The mayor said on Tuesday that attendance at Saturday's rally had been low.",
                Language.EN, "2026-03-10")).containsExactly("2026-03-07..2026-03-07");
    }

    /** Rule 19: a period counted back from now is a duration, no dated event (dev12-en-017, dev10-ar-014). */
    @Test
    void aPeriodCountedBackFromNowIsNoDatedEvent() {
        assertThat(dateClaims("The coast guard said it had seized 40 boats in the past year.", Language.EN, "2026-03-10")).isEmpty();
        assertThat(dateClaims("Prices of flour rose over the past three weeks, traders said.", Language.EN, "2026-03-10")).isEmpty();
        assertThat(dateClaims("وأغلقت السلطات عشرات المحال التجارية خلال الأسابيع الثلاثة الماضية.", Language.AR, "2026-03-10")).isEmpty();
    }

    /** M14 of dev12: "حتى فجر الأحد" ends the span an evening before it opens, however far apart the two stand. */
    @Test
    void theNextDayAfterUntilEndsTheSpanOfTheDayBefore() {
        assertThat(dateClaims("واندلع حريق كبير مساء الجمعة في مستودع للأخشاب قرب الميناء التجاري شمالي المدينة القديمة، واستمر حتى فجر السبت.",
                Language.AR, "2026-03-10")).containsExactly("2026-03-06..2026-03-06");
    }

    /** Dev rule 18: "late last week" is the previous Monday–Sunday week (dev10-en-030). */
    @Test
    void lateLastWeekIsTheWholeWeek() {
        assertThat(dateClaims("The two sides signed the agreement late last week.", Language.EN, "2026-03-11"))
                .containsExactly("2026-03-02..2026-03-08");
        assertThat(dateClaims("ووقّع الطرفان الاتفاق أواخر الأسبوع الماضي.", Language.AR, "2026-03-11"))
                .containsExactly("2026-03-02..2026-03-08");
    }

    /** dev10-ar-040: a number of days from a day is a range of days. */
    @Test
    void aNumberOfDaysFromADayIsARange() {
        assertThat(dateClaims("واستقبلت اللجنة الطلبات خلال أربعة أيام بدءاً من 2 آذار.", Language.AR, "2026-03-10"))
                .containsExactly("2026-03-02..2026-03-05");
        assertThat(dateClaims("The committee heard witnesses over four days starting March 2.", Language.EN, "2026-03-10"))
                .containsExactly("2026-03-02..2026-03-05");
    }

    /** dev10-en-026: "as of" a day is when a state is counted, no dated event. */
    @Test
    void asOfADayIsNoDatedEvent() {
        assertThat(dateClaims("About 1,200 families remained in the shelters as of March 1, the agency said.", Language.EN, "2026-03-10"))
                .isEmpty();
    }

    /**
     * Rule 21a, dev11-en-006: "since the 2011 uprising" names a dated event; elsewhere a year inside a name
     * ("the 2018 Asian Games", "the 2019 cyclone") is no date (G11 of dev8).
     */
    @Test
    void aSinceYearBeforeACommonNounDatesItsEvent() {
        assertThat(dateClaims("The port has struggled to recover since the 2019 cyclone that flattened its warehouses.", Language.EN, "2026-03-10"))
                .containsExactly("2019-01-01..2019-12-31");
        assertThat(dateClaims("The arena, which hosted the 2018 Asian Games, was closed for repairs.", Language.EN, "2026-03-10")).isEmpty();
        assertThat(dateClaims("Families gathered to mark the anniversary of the 2019 cyclone.", Language.EN, "2026-03-10")).isEmpty();
    }
}
