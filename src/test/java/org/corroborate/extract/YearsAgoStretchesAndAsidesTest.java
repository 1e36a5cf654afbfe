package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.EXTRACTOR;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.dateClaimsWithGrain;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Three date rules of the plain-reader sets, each on sentences of our own: "N years ago" is a year, not a day
 * (dev16-en-024); a day that opens a stretch of some days is the whole stretch (dev17-ar-015); a date in a relative
 * clause on a speaker ("whose …") is not the statement's (dev17-en-019).
 */
class YearsAgoStretchesAndAsidesTest {

    @Test
    void yearsAgoIsTheWholeYear() {
        assertThat(dateClaimsWithGrain("The factory closed three years ago after a fire.", Language.EN, "2026-05-10"))
                .containsExactly("2023-01-01..2023-12-31 year");
        assertThat(dateClaimsWithGrain("وأُغلق المصنع قبل ثلاث سنوات إثر حريق.", Language.AR, "2026-05-10"))
                .containsExactly("2023-01-01..2023-12-31 year");
        // days and weeks stay days
        assertThat(dateClaimsWithGrain("The factory closed two days ago after a fire.", Language.EN, "2026-05-10"))
                .containsExactly("2026-05-08..2026-05-08 day");
    }

    @Test
    void aDayThatOpensAStretchOfDaysIsTheWholeStretch() {
        // published on Thursday 4 June 2026
        assertThat(dateClaims("وينطلق المهرجان السينمائي في الرباط يوم السبت المقبل ويستمر أربعة أيام بمشاركة 40 فيلماً.",
                Language.AR, "2026-06-04")).containsExactly("2026-06-06..2026-06-09");
        assertThat(dateClaims("The book fair opens on Saturday and runs for four days in the old port.", Language.EN, "2026-06-04"))
                .containsExactly("2026-06-06..2026-06-09");
        assertThat(dateClaims("The book fair opens on Saturday in the old port.", Language.EN, "2026-06-04"))
                .containsExactly("2026-06-06..2026-06-06");
    }

    @Test
    void aDateInAWhoseClauseOnTheSpeakerIsNotTheStatements() {
        String text = "Novak, whose first novel won a national award in 2017, told a radio station that she had finished a new book.";
        List<Object> claims = List.copyOf(EXTRACTOR.extract(text, Language.EN, LocalDate.parse("2026-03-02")));
        assertThat(claims).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .allMatch(q -> q.date() == null);
        assertThat(dateClaims(text, Language.EN, "2026-03-02")).containsExactly("2017-01-01..2017-12-31");
    }
}
