package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A change told as a fraction in words ("fell by a quarter", "rose by almost a third") is a figure as "rose by 25%" is
 * (dev rule 3): the year it is compared with, or its own year, is the statistic's period, no date claim. A fraction that
 * is no change ("a third of the village was flooded last year") leaves its year an event.
 */
class FractionChangeFiguresTest {

    @Test
    void aFractionalChangeIsAFigure() {
        assertThat(dateClaims("Burglaries fell by a quarter compared with the same period last year.",
                Language.EN, "2026-07-04")).isEmpty();
        assertThat(dateClaims("Shoplifting rose by almost a third last year, the city council said.",
                Language.EN, "2026-07-04")).isEmpty();
    }

    @Test
    void aFractionThatIsNoChangeKeepsItsYear() {
        assertThat(dateClaims("Floods destroyed a third of the village's homes last year.",
                Language.EN, "2026-07-04")).containsExactly("2025-01-01..2025-12-31");
    }
}
