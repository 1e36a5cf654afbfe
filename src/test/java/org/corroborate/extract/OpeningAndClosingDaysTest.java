package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A stretch told by its opening day and its closing day in one clause (held-out kind 1 of round dates-b15e), in sentences of our
 * own published on Tuesday 12 May 2026: "applications opened on April 27 and run until May 22" and "the show opens on 18 June and
 * closes on 26 June" are each one date claim, the first day to the second (en.date.opening_to_closing_*).
 */
class OpeningAndClosingDaysTest {
    private static final String TUE = "2026-05-12";
    /** Wednesday 13 May 2026, between an opening on Monday the 11th and a Saturday the 16th still to come. */
    private static final String WED = "2026-05-13";

    @Test
    void anOpeningAndAClosingDayAreOneStretch() {
        assertThat(dateClaims("The book fair opens on 18 June and closes on 26 June at the city's exhibition centre.",
                Language.EN, TUE)).containsExactly("2026-06-18..2026-06-26");
        assertThat(dateClaims("The public consultation opened on March 9 and closed on April 6 with 2,300 responses.",
                Language.EN, TUE)).containsExactly("2026-03-09..2026-04-06");
    }

    @Test
    void aStretchOpenedBeforePublicationAndStillRunning() {
        assertThat(dateClaims("Applications for the housing grant opened on April 27 and run until May 22.", Language.EN, TUE))
                .containsExactly("2026-04-27..2026-05-22");
    }

    @Test
    void aClosingByAnotherSubjectIsAnotherEvent() {
        assertThat(dateClaims("The market opened on March 2 and inspectors closed it on March 9 over safety concerns.",
                Language.EN, TUE)).containsExactlyInAnyOrder("2026-03-02..2026-03-02", "2026-03-09..2026-03-09");
    }

    /**
     * An opening weekday and a present-tense "runs until" a weekday, written on a day between (a held-out kind of round
     * left15c): one stretch, the opening Monday to the Saturday ahead, in English as in Arabic (the Arabic «يستمر حتى»
     * before a weekday reads it forward, as "runs until" does).
     */
    @Test
    void anOpeningWeekdayRunningUntilAWeekdayAhead() {
        assertThat(dateClaims("The book fair opened on Monday and runs until Saturday at the national library.", Language.EN, WED))
                .containsExactly("2026-05-11..2026-05-16");
        assertThat(dateClaims("افتُتح معرض الكتاب في المكتبة الوطنية يوم الاثنين ويستمر حتى السبت.", Language.AR, WED))
                .containsExactly("2026-05-11..2026-05-16");
        assertThat(dateClaims("انطلقت فعاليات مهرجان المسرح الاثنين، وتتواصل حتى يوم السبت.", Language.AR, WED))
                .containsExactly("2026-05-11..2026-05-16");
    }

    @Test
    void aPastRunningOnOrALaterDayFarAfterUntilStaysBehind() {
        // the past verb of lasting keeps its start day (K17 of dev11); a weekday far after «حتى» in its sentence is no end read forward
        assertThat(dateClaims("اندلعت الاشتباكات في الحي يوم الاثنين واستمرت حتى الثلاثاء.", Language.AR, WED))
                .containsExactly("2026-05-11..2026-05-11");
        assertThat(dateClaims("ويستمر البحث حتى الآن عن ثلاثة صيادين جرفتهم الأمواج يوم الأحد.", Language.AR, WED))
                .containsExactly("2026-05-10..2026-05-10");
    }

    /**
     * A past stretch closed on a day named by its own word (a weekday, "last Friday", «الخميس الماضي»): the opening day to that
     * day, one date claim, in both languages (closed_before). A verb of lasting keeps the opening day alone (K17 of dev11).
     */
    @Test
    void aPastStretchClosedOnANamedDayIsOneStretch() {
        assertThat(dateClaims("The photography exhibition opened on April 20 and closed last Friday after record attendance.",
                Language.EN, TUE)).containsExactly("2026-04-20..2026-05-08");
        assertThat(dateClaims("وكانت الدورة التدريبية للمعلمين قد انطلقت في 20 نيسان واختتمت الخميس الماضي بحضور وزير التربية.",
                Language.AR, TUE)).containsExactly("2026-04-20..2026-05-07");
        assertThat(dateClaims("وانطلقت المناورات البحرية المشتركة صباح السبت وانتهت مساء الاثنين قبالة السواحل الشمالية.",
                Language.AR, TUE)).containsExactly("2026-05-09..2026-05-11");
    }

    @Test
    void aPastStretchThatLastedKeepsItsOpeningDay() {
        assertThat(dateClaims("واندلعت الاشتباكات بين العشيرتين مساء السبت واستمرت حتى فجر الأحد.", Language.AR, TUE))
                .containsExactly("2026-05-09..2026-05-09");
        assertThat(dateClaims("The gallery opened on April 20 and critics closed ranks on May 8 against its director.",
                Language.EN, TUE)).containsExactlyInAnyOrder("2026-04-20..2026-04-20", "2026-05-08..2026-05-08");
    }
}
