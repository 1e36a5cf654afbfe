package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.time.LocalDate;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * Round d37's readings. A subject described by what it is believed to be («مسلحون يُعتقد أنهم ينتمون إلى …», "gunmen
 * believed to belong to …") leaves the verb before it the group's, so the count takes the day and no date claim stands
 * alone (dev18-ar-020). A day inside a relative clause on a source whose verb is a statement word ("according to the
 * ministry, which on Tuesday reported …") is the statement's, no event (dev rule 15, dev19-en-005); a relative clause of an
 * event keeps its day. A day set off by commas after a speaker who stressed something («وشدد الوزير، الثلاثاء، على …») is
 * the statement's as it is without the commas. A speaker's long name and a day set off by commas before «أن» still open
 * the reported clause, the name whole its speaker (dev27-ar-026). Sentences of our own, published on Thursday 16 April 2026.
 */
class BelievedSubjectsAndStatementClausesTest {
    private static final String THU = "2026-04-16";

    @Test
    void aSubjectDescribedByWhatItIsBelievedToBeKeepsItsVerb() {
        String ar = "اختطف مسلحون يُعتقد أنهم ينتمون إلى تنظيم الدولة الإسلامية تسعة رعاة في ريف دير الزور، الثلاثاء.";
        assertThat(countsWithDays(ar, Language.AR, THU)).containsExactly("kidnapped 9@2026-04-14..2026-04-14");
        assertThat(dateClaims(ar, Language.AR, THU)).isEmpty();
        String en = "Gunmen believed to belong to a local militia kidnapped nine herders near the border on Tuesday.";
        assertThat(countsWithDays(en, Language.EN, THU)).containsExactly("kidnapped 9@2026-04-14..2026-04-14");
    }

    @Test
    void aStatementDayInARelativeClauseOnTheSourceIsNoEvent() {
        assertThat(dateClaims("Measles has killed 23 children since 2 March, according to the health ministry, which on Tuesday"
                + " reported 640 suspected cases in three provinces.", Language.EN, THU)).isEmpty();
        assertThat(dateClaims("Police arrested four men on Wednesday over the killing of a lawyer whose body was found on Monday.",
                Language.EN, THU)).containsExactly("2026-04-13..2026-04-13");
    }

    @Test
    void aStressedDaySetOffByCommasIsTheStatements() {
        assertThat(dateClaims("وشدد وزير الداخلية، الثلاثاء، على ضرورة تشديد الرقابة على المنافذ الحدودية.", Language.AR, THU))
                .isEmpty();
        assertThat(dateClaims("وانهار مبنى سكني قديم، الثلاثاء، في وسط المدينة دون أن يسفر عن إصابات.", Language.AR, THU))
                .containsExactly("2026-04-14..2026-04-14");
    }

    @Test
    void aLongNameThenADayAsideStillReports() {
        String text = "أعلنت الهيئة الوطنية للرقابة على جودة الأدوية في الأردن، اليوم الخميس، أن مختبراتها فحصت 1200 عينة خلال الربع الأول.";
        assertThat(ShippedRules.extractor().extract(text, Language.AR, LocalDate.parse(THU)).stream()
                .filter(QuoteClaim.class::isInstance).map(c -> ((QuoteClaim) c).speaker().text()))
                .containsExactly("الهيئة الوطنية للرقابة على جودة الأدوية في الأردن");
        assertThat(dateClaims(text, Language.AR, THU)).isEmpty();
    }

    @Test
    void aClauseOnTheCountedOneDatesItsCount() {
        String text = "Prosecutors on Tuesday charged two guards with the manslaughter of a bus driver who died in police custody last month.";
        assertThat(countsWithDays(text, Language.EN, THU)).containsExactly("killed 1@2026-03-01..2026-03-31");
        assertThat(dateClaims(text, Language.EN, THU)).containsExactly("2026-04-14..2026-04-14");
    }
}
