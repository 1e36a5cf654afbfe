package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Grain;
import org.corroborate.api.QuoteClaim;
import org.corroborate.api.Span;
import org.junit.jupiter.api.Test;

/**
 * The text format's headline of a date claim: its range, its kind when known, whether it is scheduled and the quote claim
 * whose words carry it; of a quote marked {@code sourcing}: that mark.
 */
class ExtractionTextTest {
    private static DateClaim claim(LocalDate start, LocalDate end, CountClaim.Event event, boolean scheduled) {
        return new DateClaim("c1", new ClaimDate(start, end, Grain.DAY, ClaimDate.Role.EVENT), event,
                "text", new Span(0, 4), false, scheduled);
    }

    @Test
    void aScheduledEventSaysSo() {
        LocalDate day = LocalDate.of(2026, 2, 23);
        assertThat(ExtractionText.headline(claim(day, day, null, true))).isEqualTo("date 2026-02-23, scheduled");
    }

    @Test
    void aPastRangeWithItsKind() {
        DateClaim past = claim(LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 27),
                new CountClaim.Event(CountClaim.EventKind.AIRSTRIKE, "strikes"), false);
        assertThat(ExtractionText.headline(past)).isEqualTo("date 2025-11-24..2025-11-27 (airstrike)");
    }

    @Test
    void anEventOfNoKnownKindShowsNoKind() {
        LocalDate day = LocalDate.of(2024, 8, 1);
        DateClaim other = claim(day, day, new CountClaim.Event(CountClaim.EventKind.OTHER, "set up"), false);
        assertThat(ExtractionText.headline(other)).isEqualTo("date 2024-08-01");
    }

    @Test
    void aDateToldInAStatementNamesTheQuoteClaim() {
        LocalDate day = LocalDate.of(2027, 3, 7);
        assertThat(ExtractionText.headline(claim(day, day, null, true).toldInStatement("c3")))
                .isEqualTo("date 2027-03-07, scheduled, in statement c3");
        assertThat(ExtractionText.headline(claim(day, day, null, false).toldInStatement("c12")))
                .isEqualTo("date 2027-03-07, in statement c12");
    }

    @Test
    void aCountsSourcingSaysSo() {
        QuoteClaim said = new QuoteClaim("c2", "Twelve people were killed", new QuoteClaim.Speaker("the ministry", null, "the ministry"),
                false, null, "Twelve people were killed, the ministry said.", new Span(0, 45), false);
        assertThat(ExtractionText.headline(said.asSourcing()))
                .isEqualTo("quote (reported) (a count's sourcing) by the ministry: \u201CTwelve people were killed\u201D");
        assertThat(ExtractionText.headline(said)).isEqualTo("quote (reported) by the ministry: \u201CTwelve people were killed\u201D");
    }
}
