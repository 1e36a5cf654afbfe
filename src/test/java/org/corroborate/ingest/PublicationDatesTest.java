package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.corroborate.ingest.PublicationDates.Publication;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    @Test
    void publishedIsTheCalendarDateInTheSourcesOwnOffset() {
        Publication p = PublicationDates.parse("2025-12-19T23:30:00-05:00").orElseThrow();

        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 12, 19)); // already the 20th in UTC
        assertThat(p.at()).isEqualTo(OffsetDateTime.parse("2025-12-19T23:30:00-05:00"));
    }

    @Test
    void readsUtcAndFractionsAndOffsetsWithoutColon() {
        assertThat(PublicationDates.parse("2025-03-12T08:05:00.123Z").orElseThrow().at())
                .isEqualTo(OffsetDateTime.parse("2025-03-12T08:05:00.123Z"));
        assertThat(PublicationDates.parse("2025-03-12T11:05:00+0300").orElseThrow().at())
                .isEqualTo(OffsetDateTime.parse("2025-03-12T11:05:00+03:00"));
        assertThat(PublicationDates.parse("2025-03-12 11:05:00+03:00").orElseThrow().date())
                .isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void readsRfc1123() {
        Publication p = PublicationDates.parse("Fri, 19 Dec 2025 08:30:00 GMT").orElseThrow();

        assertThat(p.at()).isEqualTo(OffsetDateTime.parse("2025-12-19T08:30:00Z"));
    }

    @Test
    void aDateOrATimeWithoutOffsetGivesADateButNoTimestamp() {
        assertThat(PublicationDates.parse("2025-08-19")).contains(new Publication(LocalDate.of(2025, 8, 19), null));
        assertThat(PublicationDates.parse("2025-08-19T16:40:00")).contains(new Publication(LocalDate.of(2025, 8, 19), null));
    }

    @Test
    void ignoresWhatIsNotADateAndTakesTheFirstThatIs() {
        assertThat(PublicationDates.parse("yesterday")).isEmpty();
        assertThat(PublicationDates.parse("2025-02-30")).isEmpty();
        assertThat(PublicationDates.first(List.of("soon", "2024-01-05T10:00:00Z", "2023-01-01")).orElseThrow().date())
                .isEqualTo(LocalDate.of(2024, 1, 5));
    }
}
