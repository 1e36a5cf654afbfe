package org.corroborate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.verify.Fixtures.NOV_2;
import static org.corroborate.verify.Fixtures.at;
import static org.corroborate.verify.Fixtures.check;
import static org.corroborate.verify.Fixtures.english;
import static org.corroborate.verify.Fixtures.exactly;
import static org.corroborate.verify.Fixtures.hit;
import static org.corroborate.verify.Fixtures.kind;
import static org.corroborate.verify.Fixtures.killed;
import static org.corroborate.verify.Fixtures.on;

import java.util.List;
import java.util.Map;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.EventKind;
import org.corroborate.api.Language;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportHit;
import org.junit.jupiter.api.Test;

class SameEventTest {
    private static final PlaceAncestors IRAQ = key -> Map.of(
            "iq-kirkuk-city", List.of("iq-kirkuk", "iq"),
            "iq-tikrit", List.of("iq-salahuddin", "iq")).getOrDefault(key, List.of());

    private static ClaimCheck checkWithPlaces(CountClaim claim, ReportHit... hits) {
        return Verifier.withDefaults(IRAQ, org.corroborate.testing.UnnamedSpeakersForTests.shipped(),
                org.corroborate.testing.ShippedRules.placeKinds()).check(claim, english(NOV_2), List.of(hits));
    }

    @Test
    void sameDayInAnotherCityIsAnotherEvent() {
        CountClaim tikrit = at(on(killed(exactly(4)), NOV_2), "Tikrit", "iq-tikrit");
        CountClaim kirkuk = at(on(killed(exactly(9)), NOV_2), "كركوك", "iq-kirkuk-city");

        ClaimCheck result = checkWithPlaces(tikrit, hitWithPlaces("r1", kirkuk));

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(result.evidence()).isEmpty();
    }

    @Test
    void aCityInsideTheGovernorateOfTheReportIsTheSameEvent() {
        CountClaim city = at(on(killed(exactly(9)), NOV_2), "Kirkuk", "iq-kirkuk-city");
        CountClaim governorate = at(on(killed(exactly(9)), NOV_2), "محافظة كركوك", "iq-kirkuk");

        ClaimCheck result = checkWithPlaces(city, hitWithPlaces("r1", governorate));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(result.evidence().getFirst().match().on()).contains("place", "date");
    }

    @Test
    void twoDaysApartIsTheSameEventWithADateMismatch() {
        ClaimCheck result = check(on(killed(exactly(9)), NOV_2), english(NOV_2.plusDays(3)),
                hit("r1", "Wire A", NOV_2, on(killed(exactly(9)), NOV_2.plusDays(2))));

        assertThat(result.flags()).extracting(Flag::kind).containsExactly(FlagKind.DATE_MISMATCH);
        assertThat(result.flags().getFirst().message())
                .isEqualTo("Wire A (2026-11-02): event on 2026-11-04; this article: 2026-11-02");
        assertThat(result.evidence().getFirst().match().daysApart()).isEqualTo(2);
    }

    @Test
    void fourDaysApartIsAnotherEvent() {
        ClaimCheck result = check(on(killed(exactly(5)), NOV_2.plusDays(7)), english(NOV_2.plusDays(8)),
                hit("r1", "Wire A", NOV_2, on(killed(exactly(14)), NOV_2.plusDays(3))));

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void sameCityAWeekLaterIsAnotherEventEvenWithoutDates() {
        ClaimCheck result = check(killed(exactly(6)), english(NOV_2.plusDays(10)),
                hit("r1", "Wire A", NOV_2, killed(exactly(6))));

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void claimWithoutDateOrPlaceIsMatchedOnPublicationDatesAndSaysSo() {
        ClaimCheck result = check(killed(exactly(8)), english(NOV_2.plusDays(1)),
                hit("r1", "Wire A", NOV_2, killed(exactly(8))));

        Evidence.Match match = result.evidence().getFirst().match();
        assertThat(match.missing()).containsExactly("event", "place", "date");
        assertThat(match.on()).containsExactly("published");
    }

    @Test
    void withoutEventDatesOnlyReportsPublishedWithinTwoDaysOfTheArticleAreCompared() {
        ClaimCheck result = check(killed(exactly(8)), english(NOV_2.plusDays(3)),
                hit("r1", "Wire A", NOV_2, killed(exactly(6))),
                hit("r2", "Wire B", NOV_2.plusDays(1), killed(exactly(8))));

        assertThat(result.evidence()).extracting(Evidence::reportId).containsExactly("r2");
    }

    @Test
    void floodIsNeverComparedWithABombing() {
        ClaimCheck result = check(kind(killed(exactly(31)), EventKind.FLOOD), english(NOV_2),
                hit("r1", "Wire A", NOV_2, kind(killed(exactly(9)), EventKind.BOMBING)));

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void anAmbushAndARaidMayBeOneEvent() {
        ClaimCheck result = check(kind(killed(exactly(6)), EventKind.ATTACK), english(NOV_2),
                hit("r1", "Wire A", NOV_2, kind(killed(exactly(6)), EventKind.RAID)));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void placeNamesInOneLanguageWithoutKeysMatchWhenOneContainsTheOther() {
        PlaceComparison places = PlaceComparison.byKeys(PlaceAncestors.NONE, org.corroborate.testing.ShippedRules.placeKinds());
        var kirkuk = new CountClaim.Location("Kirkuk", null);

        assertThat(places.compare(kirkuk, new CountClaim.Location("central Kirkuk", null), true))
                .isEqualTo(PlaceComparison.Relation.SAME);
        assertThat(places.compare(kirkuk, new CountClaim.Location("Tikrit", null), true))
                .isEqualTo(PlaceComparison.Relation.UNKNOWN);
        assertThat(places.compare(kirkuk, new CountClaim.Location("كركوك", null), false))
                .isEqualTo(PlaceComparison.Relation.UNKNOWN);
    }

    private static ReportHit hitWithPlaces(String id, CountClaim claim) {
        return Fixtures.hit(IRAQ, id, "Wire A", Language.AR, NOV_2, claim);
    }
}
