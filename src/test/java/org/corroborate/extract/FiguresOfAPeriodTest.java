package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A figure told for a period (a rate by its name, patients taken in over some days, the level a market reached) makes the
 * period the figure's, no dated event (dev rule 3, statistics; the packs' {@code statistic_words}); the same words about a
 * single day's act, or an act decided on a day, keep their date.
 */
class FiguresOfAPeriodTest {

    @Test
    void aRateByItsNameDatesNoEvent() {
        assertThat(dateClaims("Security dominated the race after the country posted its highest homicide rate in a decade last year.",
                Language.EN, "2026-05-04")).isEmpty();
        assertThat(dateClaims("وتصدّر الأمن الحملة الانتخابية بعدما سجلت البلاد أعلى معدل للجريمة منذ عقد في العام الماضي.",
                Language.AR, "2026-05-04")).isEmpty();
        // a rate a bank decides on a day is its decision, a dated event
        assertThat(dateClaims("The central bank cut its main interest rate on Thursday.", Language.EN, "2026-05-04"))
                .containsExactly("2026-04-30..2026-04-30");
    }

    @Test
    void patientsTakenInOverSeveralDaysAreATally() {
        assertThat(dateClaims("Clinics in the capital admitted nearly 900 patients with fever last week.",
                Language.EN, "2026-08-12")).isEmpty();
        assertThat(dateClaims("واستقبلت مستشفيات العاصمة أكثر من 900 مريض بالحمى خلال الأسبوع الماضي.",
                Language.AR, "2026-08-12")).isEmpty();
        // patients moved on one day are that day's act
        assertThat(dateClaims("The army evacuated the hospital's last patients on Monday.", Language.EN, "2026-08-12"))
                .containsExactly("2026-08-10..2026-08-10");
    }

    @Test
    void theLevelAMarketReachedIsNoEvent() {
        assertThat(dateClaims("Copper traded near the levels it reached in late 2025 as demand from smelters held up.",
                Language.EN, "2026-02-17")).isEmpty();
        // what a company did in that month is an event
        assertThat(dateClaims("The miner reached an agreement with its workers in late 2025.", Language.EN, "2026-02-17"))
                .hasSize(1);
    }

    @Test
    void whatAPlaceSawOverAWeekIsATally() {
        // published on Wednesday 11 March 2026: last week is 2–8 March
        assertThat(dateClaims("وشهدت شوارع العاصمة 140 حادثة مرورية خلال الأسبوع الماضي.",
                Language.AR, "2026-03-11")).isEmpty();
        // what a place saw on one day stays that day's event
        assertThat(dateClaims("وشهدت المدينة ثلاث حوادث إطلاق نار مساء الاثنين.", Language.AR, "2026-03-11"))
                .containsExactly("2026-03-09..2026-03-09");
    }

    @Test
    void aRunningTotalUpToADayIsNoEventOfThatDay() {
        // published on Wednesday 11 March 2026: the fair opened on the 5th; "حتى أمس" is the day the visitors are counted at
        String fair = "وكان معرض الكتاب قد افتتح أبوابه في الخامس من آذار الجاري واستقبل أكثر من 120 ألف زائر حتى أمس.";
        assertThat(dateClaims(fair, Language.AR, "2026-03-11")).containsExactly("2026-03-05..2026-03-05");
        assertThat(dateClaims("ووزعت الجمعية نحو 3 آلاف سلة غذائية حتى نهاية الشهر الماضي.", Language.AR, "2026-03-11")).isEmpty();
        // the same figure of a past edition keeps the edition's year, an event of its own
        assertThat(dateClaims("وكان المعرض قد استقبل أكثر من مليون زائر في دورته السابقة عام 2025.", Language.AR, "2026-03-11"))
                .containsExactly("2025-01-01..2025-12-31");
    }
}
