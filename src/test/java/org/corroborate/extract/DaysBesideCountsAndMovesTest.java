package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Dates the d13 rounds left, each on sentences of our own: a day that dates another event of a sentence whose count took
 * another date; the new time of a move from one part of a month to another; an English weekday whose event's duration
 * stands later in its clause; a percentage read from the packs.
 */
class DaysBesideCountsAndMovesTest {

    @Test
    void aDayOfAnotherEventStaysBesideACountDatedOtherwise() {
        // published on Friday 6 March 2026
        String en = "A military court on Tuesday convicted a former militia commander of ordering the killing of 14 villagers near"
                + " Kirkuk in August 2021.";
        assertThat(countDates(en, Language.EN, "2026-03-06")).containsExactly("2021-08-01..2021-08-31");
        assertThat(dateClaims(en, Language.EN, "2026-03-06")).containsExactly("2026-03-03..2026-03-03");
        String ar = "قضت محكمة عسكرية الثلاثاء بالسجن المؤبد على قائد سابق لميليشيا بتهمة قتل 14 مدنياً في كركوك في آب/أغسطس 2021.";
        assertThat(dateClaims(ar, Language.AR, "2026-03-06")).containsExactly("2026-03-03..2026-03-03");
        // the count's own day stays the count's; a frame of the count's date is no event of its own
        assertThat(dateClaims("Police on Tuesday arrested 12 people over the killing of 3 villagers in August 2021.", Language.EN,
                "2026-03-06")).isEmpty();
        assertThat(dateClaims("Last year's floods killed more than 90 people in the valley between June and September.", Language.EN,
                "2026-03-06")).isEmpty();
        // a statement's day is still the statement's
        assertThat(dateClaims("The ministry said on Tuesday that 14 villagers were killed in August 2021.", Language.EN, "2026-03-06"))
                .isEmpty();
        // a vow is a statement: its day is the statement's, beside a count dated otherwise too (our xref article)
        assertThat(dateClaims("Syria's defence ministry vowed on Tuesday to pursue the militants behind an ambush that killed 14"
                + " soldiers near Palmyra on November 2.", Language.EN, "2026-03-06")).isEmpty();
        assertThat(dateClaims("Rebels vowed to fight on after the army took the town on Monday.", Language.EN, "2026-03-06"))
                .containsExactly("2026-03-02..2026-03-02");
        // a pledge of allegiance is an act of its year
        assertThat(dateClaims("The group, which pledged allegiance to Islamic State in 2019, has killed hundreds of civilians.",
                Language.EN, "2026-03-06")).containsExactly("2019-01-01..2019-12-31");
    }

    @Test
    void aMoveFromAPartOfAMonthDatesThePartItMovesTo() {
        assertThat(dateClaims("The electoral commission moved the vote from late January to early March.", Language.EN, "2026-01-10"))
                .containsExactly("2026-03-01..2026-03-10");
        // a move between days still gives the new day
        assertThat(dateClaims("The court moved the hearing from July 15 to September 9.", Language.EN, "2026-07-01"))
                .containsExactly("2026-09-09..2026-09-09");
    }

    @Test
    void anEnglishWeekdayWhoseEventLastsSomeDaysIsTheWholeStretch() {
        // published on Friday 6 March 2026
        assertThat(dateClaims("The summit opens on Monday and will last three days.", Language.EN, "2026-03-06"))
                .containsExactly("2026-03-09..2026-03-11");
        assertThat(dateClaims("The two leaders will open a summit on Monday that will last three days.", Language.EN, "2026-03-06"))
                .containsExactly("2026-03-09..2026-03-11");
        // a duration hoped for leaves the day alone
        assertThat(dateClaims("The president will arrive on Monday for a visit expected to last three days.", Language.EN, "2026-03-06"))
                .containsExactly("2026-03-09..2026-03-09");
        // a duration of another clause, feared or said, leaves the day alone
        assertThat(dateClaims("Fighting broke out on Monday and residents fear it will last three days.", Language.EN, "2026-03-06"))
                .containsExactly("2026-03-02..2026-03-02");
    }

    @Test
    void aPercentageBeforeAMonthMakesItAStatisticsPeriod() {
        assertThat(dateClaims("Inflation eased to 2.4 percent in January, the statistics office said.", Language.EN, "2026-03-06")).isEmpty();
        assertThat(dateClaims("وتراجع معدل البطالة إلى 7.1 في المئة في كانون الثاني.", Language.AR, "2026-03-06")).isEmpty();
    }
}
