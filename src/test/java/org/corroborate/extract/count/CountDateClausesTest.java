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
 * A count takes the date of its own clause, not one that dates another clause of the sentence: a statement
 * added after it ("…, adding that …", «…، مضيفاً أن …») or a clause joined before it with "and" whose verb is
 * not the group's. Published on Tuesday 12 May 2026: Sunday is the 10th, Monday the 11th.
 */
class CountDateClausesTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 5, 12);

    @Test
    void aStatementAddedAfterTheCountKeepsItsDateToItself() {
        assertThat(day("About 40 people were wounded, the mayor said, adding that the village had been shelled twice"
                + " in March.", Language.EN, CountClaim.Action.WOUNDED)).isNull();
        assertThat(day("وقال رئيس البلدية إن نحو أربعين شخصاً أصيبوا بجروح، مضيفاً أن القرية تعرضت للقصف مرتين في مارس"
                + " الماضي.", Language.AR, CountClaim.Action.WOUNDED)).isNull();
    }

    @Test
    void anAddedStatementThatNamesTheSameHappeningAgainStillDatesIt() {
        assertThat(day("أعلنت الشرطة ضبط ثلاثة متهمين بتهريب الآثار، مشيرة إلى أن عملية الضبط جرت يوم الأحد.",
                Language.AR, CountClaim.Action.ARRESTED)).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void aTimeClauseOpenedByAfterIsNoStatementOfItsOwn() {
        assertThat(day("قُتل ثلاثة أشخاص في حي الشعار، بعد أن انهار مبنى سكني فجر الأحد.", Language.AR,
                CountClaim.Action.KILLED)).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void aClauseEndingWithItsDateBeforeAndDatesOnlyItself() {
        String text = "Gunmen killed 12 villagers in an attack on Sunday, officials said. \"We buried the dead on Monday"
                + " and six people are still missing,\" a resident said.";
        // Monday is the burial's; the missing are dated as the attack the sentence before
        assertThat(day(text, Language.EN, CountClaim.Action.MISSING)).isEqualTo(LocalDate.of(2026, 5, 10));
        // a date that opens the sentence stands over both clauses
        assertThat(day("On Monday a car bomb exploded near the market and 12 people were killed.", Language.EN,
                CountClaim.Action.KILLED)).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void theDayOfASearchIsNotTheDayTheSoughtWereLost() {
        // Tuesday the search, Monday the collapse
        assertThat(day("Rescue teams were racing on Tuesday to reach at least nine miners trapped underground after a"
                + " shaft collapsed near the town, on Monday evening.", Language.EN, CountClaim.Action.MISSING))
                .isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(day("Divers resumed work on Tuesday in search of 14 fishermen missing since a storm.", Language.EN,
                CountClaim.Action.MISSING)).isNull();
        assertThat(day("واصلت فرق الدفاع المدني يوم الثلاثاء البحث عن سبعة صيادين مفقودين منذ العاصفة.", Language.AR,
                CountClaim.Action.MISSING)).isNull();
    }

    @Test
    void aDatePastARelativeClauseThatToldTheGroupsLotIsTheMainVerbs() {
        // Friday is the day of the protest by the relatives, not the day the fishermen went missing
        assertThat(day("Relatives of seven fishermen, who are still missing, blocked the harbour road on Friday.",
                Language.EN, CountClaim.Action.MISSING)).isNull();
        assertThat(day("Seven fishermen who went missing on Friday were found alive.", Language.EN,
                CountClaim.Action.MISSING)).isEqualTo(LocalDate.of(2026, 5, 8));
    }

    private static LocalDate day(String text, Language language, CountClaim.Action action) {
        List<CountClaim> found = EXTRACTOR.extract(text, language, PUBLISHED).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
                .filter(c -> c.action() == action).toList();
        assertThat(found).hasSize(1);
        return found.get(0).date() == null ? null : found.get(0).date().start();
    }
}
