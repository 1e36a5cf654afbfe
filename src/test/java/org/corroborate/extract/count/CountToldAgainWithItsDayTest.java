package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * A count told again in the next sentence ("The three were taken …") with a day inside the month its first telling
 * gave is the same people: one count, dated by the day (blind16's adjudication, E17). A day outside it is not narrowed
 * to.
 */
class CountToldAgainWithItsDayTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<CountClaim> counts(String text) {
        return EXTRACTOR.extract(text, Language.EN, LocalDate.parse("2026-10-20")).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void theDayInsideTheMonthDatesTheOneCount() {
        assertThat(counts("Three aid workers who were abducted in the east in August have been released. "
                + "The three were taken by gunmen on Aug. 12 near a checkpoint.")).singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo(CountClaim.Action.KIDNAPPED);
                    assertThat(c.count().value()).isEqualTo(3);
                    assertThat(c.date().start()).isEqualTo(LocalDate.parse("2026-08-12"));
                    assertThat(c.date().end()).isEqualTo(LocalDate.parse("2026-08-12"));
                });
    }

    @Test
    void aDayOutsideTheFirstTellingsDayIsNotTaken() {
        List<CountClaim> counts = counts("Three aid workers were abducted in the east on Aug. 3. "
                + "The three were taken by gunmen on Aug. 12 near a checkpoint.");
        assertThat(counts.get(0).date().start()).isEqualTo(LocalDate.parse("2026-08-03"));
    }
}
