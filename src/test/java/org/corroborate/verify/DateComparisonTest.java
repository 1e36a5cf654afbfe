package org.corroborate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.verify.Fixtures.NOV_2;
import static org.corroborate.verify.Fixtures.check;
import static org.corroborate.verify.Fixtures.english;
import static org.corroborate.verify.Fixtures.hit;

import java.time.LocalDate;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim.Event;
import org.corroborate.api.CountClaim.EventKind;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Grain;
import org.corroborate.api.Span;
import org.junit.jupiter.api.Test;

/** Dated events without a count or quote: which of a report's dated events speaks for it. */
class DateComparisonTest {

    private static DateClaim dated(String id, EventKind kind, LocalDate day) {
        return new DateClaim(id, new ClaimDate(day, day, Grain.DAY, ClaimDate.Role.EVENT), new Event(kind, kind.wire()),
                "a " + kind.wire() + " on " + day, new Span(0, 10), false);
    }

    @Test
    void theReportsEventOfTheSameKindSpeaksForItNotAnEarlierOneOfAnyKind() {
        DateClaim raid = dated("c1", EventKind.RAID, NOV_2);
        // the report first dates a meeting two days before (kind "other" passes for any kind), then the raid
        ClaimCheck result = check(raid, english(NOV_2.plusDays(1)), hit("r1", "Wire", NOV_2.plusDays(1),
                dated("r1-c1", EventKind.OTHER, NOV_2.minusDays(2)), dated("r1-c2", EventKind.RAID, NOV_2)));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(result.flags()).isEmpty();
        assertThat(result.evidence()).singleElement().satisfies(e -> assertThat(e.claim()).isEqualTo("r1-c2"));
    }

    @Test
    void amongEventsOfTheSameKindTheNearestDateSpeaksForTheReport() {
        DateClaim strike = dated("c1", EventKind.OTHER, NOV_2);
        ClaimCheck result = check(strike, english(NOV_2.plusDays(1)), hit("r1", "Wire", NOV_2.plusDays(1),
                dated("r1-c1", EventKind.OTHER, NOV_2.minusDays(3)), dated("r1-c2", EventKind.OTHER, NOV_2.minusDays(1))));

        assertThat(result.evidence()).singleElement().satisfies(e -> assertThat(e.claim()).isEqualTo("r1-c2"));
        assertThat(result.flags()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FlagKind.DATE_MISMATCH));
    }

    @Test
    void aReportDatingOnlyAnotherKindOfEventIsNoEvidence() {
        DateClaim raid = dated("c1", EventKind.RAID, NOV_2);
        ClaimCheck result = check(raid, english(NOV_2.plusDays(1)), hit("r1", "Wire", NOV_2.plusDays(1),
                dated("r1-c1", EventKind.FLOOD, NOV_2)));

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(result.evidence()).isEmpty();
    }
}
