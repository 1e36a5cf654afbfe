package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** A part points to its whole, whichever of the two is written first, and is never the larger. */
class PartsAndWholesTest {

    private static CountClaim withValue(List<CountClaim> claims, long value) {
        return claims.stream().filter(c -> c.count().value() != null && c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + value + " in " + claims));
    }

    @Test
    void thoseReleasedOrRescuedOfAGroupAreNoPartOfIt() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Gunmen abducted 14 passengers from a bus on Thursday night and released two of them on Friday.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(14L);
        claims = CountRuleExamplesTest.find(Language.EN,
                "Bandits kidnapped at least 38 worshippers over the weekend, and police rescued 11 of them on Monday.");
        assertThat(claims).hasSize(1);
    }

    @Test
    void aDefiniteSingularAfterAmongTheDetainedIsOneOfThem() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "أوقفت السلطات 17 ناشطاً. ومن بين الموقوفين النائبة السابقة سلمى بن يوسف.");
        assertThat(withValue(claims, 1).partOf()).isEqualTo(withValue(claims, 17).id());
        assertThat(withValue(claims, 1).action()).isEqualTo(CountClaim.Action.ARRESTED);
    }

    @Test
    void aPartWrittenAfterItsWholePointsBack() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Nine people, including four children, were killed in the strike.");
        assertThat(withValue(claims, 4).partOf()).isEqualTo(withValue(claims, 9).id());
        assertThat(withValue(claims, 9).partOf()).isNull();
    }

    @Test
    void aSecondArabicPartWithDigitsJoinedByWawIsAPartToo() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "أسفر القصف عن مقتل 25 شخصا، بينهم 6 أطفال و4 نساء، في ريف المدينة.");
        assertThat(withValue(claims, 6).partOf()).isEqualTo(withValue(claims, 25).id());
        assertThat(withValue(claims, 4).partOf()).isEqualTo(withValue(claims, 25).id());
    }

    @Test
    void theLastOfAListAfterBaynahumIsAPart() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "اعتقلت القوات 30 شخصا، بينهم ناشطون معروفون وطفلان، في المداهمات.");
        assertThat(withValue(claims, 2).partOf()).isEqualTo(withValue(claims, 30).id());
    }

    @Test
    void aWholeAfterAmongIsTheWholeNotAPart() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Five foreign nationals are among 23 people arrested in Benghazi in raids on Tuesday.");
        CountClaim whole = withValue(claims, 23);
        CountClaim part = withValue(claims, 5);
        assertThat(whole.partOf()).isNull();
        assertThat(part.partOf()).isEqualTo(whole.id());
        assertThat(part.action()).isEqualTo(CountClaim.Action.ARRESTED);
        assertThat(whole.action()).isEqualTo(CountClaim.Action.ARRESTED);
    }

    @Test
    void theDeadNamedInTheNextSentenceArePartsOfTheTollBefore() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "A bus plunged into a ravine on Saturday, killing 26 passengers. Three Dutch tourists were among the dead.");
        assertThat(withValue(claims, 3).partOf()).isEqualTo(withValue(claims, 26).id());
        assertThat(withValue(claims, 3).action()).isEqualTo(CountClaim.Action.KILLED);
    }

    @Test
    void arabicDeadNamedInTheNextSentenceArePartsOfTheTollBefore() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "قُتل تسعة أشخاص في انفجار عبوة ناسفة على طريق المطار. وكان بين القتلى طفلان.");
        assertThat(withValue(claims, 2).partOf()).isEqualTo(withValue(claims, 9).id());
    }

    @Test
    void aPartOfAnEarlierSentenceIsNeverLargerThanTheWholeItJoins() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Two soldiers were killed on Monday. Thirty civilians were among the dead.");
        assertThat(withValue(claims, 30).partOf()).isNull();
    }

    @Test
    void aDozenOfThemIsAPart() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Forty people, a dozen of them children, were hurt in the stampede.");
        assertThat(withValue(claims, 12).partOf()).isEqualTo(withValue(claims, 40).id());
    }

    /**
     * "The figures include 85 women" after a yearly toll names a part of it, as "They included" does
     * (dev10-en-027); figures of other things give nothing.
     */
    @Test
    void theFiguresOfATollIncludeAPartOfIt() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "The ministry said 930 civilians were killed in the province last year. The figures include 85 women.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(930L, 85L);
        assertThat(claims.get(1).partOf()).isEqualTo(claims.get(0).id());
        assertThat(CountRuleExamplesTest.find(Language.EN, "The figures include 40 new schools.")).isEmpty();
    }

    /**
     * A vague share of a group named before is no part of it: "several of the wounded were in
     * critical condition" adds no count (J22 of dev10, dev10-en-007), while "dozens of people were
     * wounded" is a count.
     */
    @Test
    void aVagueShareOfTheWoundedIsNoPart() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "At least 12 people were killed and dozens wounded in the blast. Several of the wounded were flown to Cairo."))
                .extracting(c -> c.count().min()).containsExactly(12L, 24L);
    }
}
