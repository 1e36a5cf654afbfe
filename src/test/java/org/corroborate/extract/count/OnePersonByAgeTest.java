package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** One person told by an age or an origin, not by a number: "The 52-year-old man was arrested". */
class OnePersonByAgeTest {

    @Test
    void anAgedManOpeningTheSentenceAndHeldIsOnePersonArrested() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "The 44-year-old man was arrested at his flat in Leeds on Thursday evening.");
        assertThat(claims).extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L, "man"));
    }

    @Test
    void anOriginBetweenTheAgeAndTheNounIsTheOnesNationality() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "The 27-year-old Eritrean national was detained by Italian police near the port a week later.");
        assertThat(claims).extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(claims.get(0).subject().nationality()).isEqualTo("ER");
    }

    @Test
    void anAsideBetweenTheAgedNounAndItsArrestIsPassedOver() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "The 61-year-old man, named only as Pieter V. under Dutch privacy rules, was taken into custody on Monday."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
    }

    @Test
    void theAgedManToldAgainAfterHisArrestIsNoSecondArrest() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Police in Lyon arrested a 35-year-old man on Saturday over a robbery at a jewellery shop."
                        + " The 35-year-old man was arrested at a relative's home outside the city."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
    }

    @Test
    void anAgedOneRescuedOrKilledAsTheSubjectIsNoNewArrestNorToll() {
        // only an arrest reads the definite aged noun: "The 58-year-old man died" most often tells a death counted before
        assertThat(CountRuleExamplesTest.find(Language.EN, "The 12-year-old boy was rescued from the river by two fishermen."))
                .isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.EN, "The 58-year-old man was killed when the wall collapsed."))
                .isEmpty();
        // the age of the one who arrested, no one held
        assertThat(CountRuleExamplesTest.find(Language.EN, "The 40-year-old officer arrested nobody that night, the court heard."))
                .isEmpty();
    }

    @Test
    void anAgeAfterWasIsNoCountOfTheHeld() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "A second accused, who was 17 at the time of his arrest in 2024, was cleared of all charges.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.EN, "She was 23 when she was detained at the airport.")).isEmpty();
        // a number told of a toll or of those held is still their count
        assertThat(CountRuleExamplesTest.find(Language.EN, "The number of people arrested was 19, the ministry said."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 19L));
    }

    /** The aged one's second verb, dated otherwise than the arrest, keeps its own date. */
    @Test
    void aSecondVerbOfTheHeldOneDatedOtherwiseIsADatedEventOfItsOwn() {
        String text = "The ferry ran aground near Bari on 3 May 2025. The 44-year-old Albanian national was arrested by Italian"
                + " police two days later and extradited to Greece in February.";
        List<org.corroborate.api.Claim> claims = org.corroborate.testing.ShippedRules.extractor()
                .extract(text, Language.EN, java.time.LocalDate.of(2026, 6, 1));
        assertThat(claims).filteredOn(c -> c instanceof CountClaim).extracting(c -> ((CountClaim) c).date().start())
                .containsExactly(java.time.LocalDate.of(2025, 5, 5));
        assertThat(claims).filteredOn(c -> c instanceof org.corroborate.api.DateClaim)
                .extracting(c -> ((org.corroborate.api.DateClaim) c).date().start())
                .contains(java.time.LocalDate.of(2026, 2, 1));
    }
}
