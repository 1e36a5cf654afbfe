package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A bare weekday in a clause that looks ahead without "will" is the one to come, not the one gone: a fixture told in the
 * present ("faces X on Thursday"), what could happen, a state that remains in effect through a day, a least end ("until
 * at least Tuesday"), a weather warning for days; a past verb right after the day ("data on Tuesday showed") keeps it
 * back whatever future word stands before.
 */
class WeekdaysAheadInThePresentTest {

    // 2026-03-11 is a Wednesday: the Thursday gone is 5 March, the one to come 12 March

    @Test
    void aFixtureInThePresentIsAhead() {
        String text = "The champion, who lost only one set all week, faces the Spanish qualifier Ana Ruiz on Thursday.";
        assertThat(dateClaims(text, Language.EN, "2026-03-11")).contains("2026-03-12..2026-03-12")
                .doesNotContain("2026-03-05..2026-03-05");
        // the near case: a past clause between the verb and the day keeps the day back
        String past = "The striker, who plays for the national side was injured in training on Thursday.";
        assertThat(dateClaims(past, Language.EN, "2026-03-11")).doesNotContain("2026-03-12..2026-03-12");
    }

    @Test
    void whatCouldHappenIsAhead() {
        String text = "The new signing could make his first appearance for the club against the league leaders on Saturday.";
        assertThat(dateClaims(text, Language.EN, "2026-03-11")).doesNotContain("2026-03-07..2026-03-07");
        // what could have happened is back
        String back = "Investigators said the fire could have started in the kitchen on Saturday.";
        assertThat(dateClaims(back, Language.EN, "2026-03-11")).doesNotContain("2026-03-14..2026-03-14");
    }

    @Test
    void aStateInEffectAndALeastEndAreAhead() {
        String warning = "A flood warning for the lower valley remains in effect through Friday evening.";
        assertThat(dateClaims(warning, Language.EN, "2026-03-11")).doesNotContain("2026-03-06..2026-03-06");
        String road = "Drivers have been told to stay off the coastal road until at least Monday.";
        assertThat(dateClaims(road, Language.EN, "2026-03-11")).doesNotContain("2026-03-09..2026-03-09");
        String snow = "Forecasters have issued an amber warning for heavy snow from Friday to Sunday.";
        assertThat(dateClaims(snow, Language.EN, "2026-03-11")).doesNotContain("2026-03-06..2026-03-08");
        String rain = "Forecasters have issued an amber warning for rain on Friday.";
        assertThat(dateClaims(rain, Language.EN, "2026-03-11")).doesNotContain("2026-03-06..2026-03-06");
    }

    @Test
    void aPastVerbAfterTheDayKeepsItBack() {
        String text = "The central bank is expected to hold rates when its board meets next month, after figures on Monday "
                + "showed inflation slowing.";
        assertThat(dateClaims(text, Language.EN, "2026-03-11")).doesNotContain("2026-03-16..2026-03-16");
    }
}
