package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * One who had been missing and was found dead is dead, on the day the body was found: a relative clause "who had been
 * missing for three days" tells their past, and how long they were missing counts no one; "the body of a shepherd who
 * had been missing for two days" is one dead (blind16's adjudication, E4).
 */
class FoundDeadAfterMissingTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();
    private static final LocalDate PUBLISHED = LocalDate.parse("2026-10-16"); // a Friday

    private static List<Claim> claims(String text) {
        return EXTRACTOR.extract(text, Language.EN, PUBLISHED);
    }

    private static List<CountClaim> counts(String text) {
        return claims(text).stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void missingForDaysThenFoundDeadIsKilled() {
        assertThat(counts("Two fishermen who had been missing for three days were found dead on Wednesday on a beach near the port."))
                .singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
                    assertThat(c.count().value()).isEqualTo(2);
                    assertThat(c.date().start()).isEqualTo(LocalDate.parse("2026-10-14"));
                    assertThat(c.date().end()).isEqualTo(LocalDate.parse("2026-10-14"));
                });
    }

    @Test
    void theBodyOfOneMissingIsOneDeadOnTheFindingsDay() {
        assertThat(counts("The body of a shepherd who had been missing for two days was found on Wednesday."))
                .singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
                    assertThat(c.count().value()).isEqualTo(1);
                    assertThat(c.date().start()).isEqualTo(LocalDate.parse("2026-10-14"));
                    assertThat(c.date().end()).isEqualTo(LocalDate.parse("2026-10-14"));
                });
    }

    @Test
    void wentMissingThenFoundDeadStaysKilledWithItsOwnDate() {
        List<Claim> claims = claims("A shepherd who went missing on Sunday was found dead on Wednesday.");
        assertThat(claims).filteredOn(CountClaim.class::isInstance).singleElement()
                .satisfies(c -> assertThat(((CountClaim) c).action()).isEqualTo(CountClaim.Action.KILLED));
        assertThat(claims).filteredOn(DateClaim.class::isInstance).hasSize(1);
    }

    @Test
    void missingForDaysAndStillMissingIsMissing() {
        assertThat(counts("Two fishermen who had been missing for three days are still being sought by the navy."))
                .singleElement().satisfies(c -> assertThat(c.action()).isEqualTo(CountClaim.Action.MISSING));
    }
}
