package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An operation counted before and told again in a later sentence with its length, set off by a comma before its dates
 * («إن العملية نُفذت على مدى ثلاثة أيام، بين 3 و5 نيسان الجاري», dev38-ar-016): still the incident told again (the pack's
 * {@code restated_incidents}), so the arrests take its dates and it is no date claim of its own. A comma with no length
 * before it still breaks the clause. Sentences of our own, published on Tuesday 7 April 2026.
 */
class OperationWithItsLengthTest {
    private static final String TUE = "2026-04-07";

    @Test
    void theOperationWithItsLengthDatesTheArrests() {
        String text = "أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، اعتقال 9 مطلوبين في عملية أمنية بريف المحافظة. وقالت القيادة"
                + " في بيان إن العملية نُفذت على مدى يومين، بين 4 و5 نيسان الجاري، بمشاركة قوات خاصة.";
        assertThat(countsWithDays(text, Language.AR, TUE)).containsExactly("arrested 9@2026-04-04..2026-04-05");
        assertThat(dateClaims(text, Language.AR, TUE)).isEmpty();
    }

    @Test
    void aCommaWithNoLengthStillEndsTheClause() {
        // the operation's words, then a clause of its own before the date: the visit's day, no day of the arrests
        String text = "أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، اعتقال 9 مطلوبين في عملية أمنية بريف المحافظة. وقالت القيادة"
                + " في بيان إن العملية نُفذت بنجاح، وزار قائد العمليات المنطقة في 5 نيسان الجاري.";
        assertThat(dateClaims(text, Language.AR, TUE)).contains("2026-04-05..2026-04-05");
    }
}
