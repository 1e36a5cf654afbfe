package org.corroborate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.verify.Fixtures.NOV_2;
import static org.corroborate.verify.Fixtures.at;
import static org.corroborate.verify.Fixtures.english;
import static org.corroborate.verify.Fixtures.exactly;
import static org.corroborate.verify.Fixtures.killed;
import static org.corroborate.verify.Fixtures.on;

import java.util.List;
import java.util.Map;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Location;
import org.corroborate.api.Language;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.verify.PlaceComparison.Relation;
import org.junit.jupiter.api.Test;

/**
 * A place the gazetteer does not know travels as words with no key; it is never a reason to call
 * two reports different events.
 */
class KeylessPlacesTest {
    private static final PlaceAncestors NIGERIA = key -> Map.of(
            "ng-borno-maiduguri", List.of("ng-borno", "ng")).getOrDefault(key, List.of());
    private static final PlaceComparison PLACES = PlaceComparison.byKeys(NIGERIA, org.corroborate.testing.ShippedRules.placeKinds());

    @Test
    void theSameUnknownTownWrittenWithOrWithoutItsKindIsTheSamePlace() {
        assertThat(PLACES.compare(new Location("Damboa", null), new Location("the town of Damboa", null), true))
                .isEqualTo(Relation.SAME);
        assertThat(PLACES.compare(new Location("DAMBOA", null), new Location("damboa", null), true))
                .isEqualTo(Relation.SAME);
    }

    @Test
    void arabicNamesAreComparedFoldedAndWithoutTheArticleOrTheirKind() {
        assertThat(PLACES.compare(new Location("مخيم الركبان", null), new Location("الركبان", null), true))
                .isEqualTo(Relation.SAME);
        assertThat(PLACES.compare(new Location("بلدة أم القصور", null), new Location("ام القصور", null), true))
                .isEqualTo(Relation.SAME);
    }

    @Test
    void aKeylessPlaceAndAKnownOneOfTheSameNameAreTheSamePlace() {
        assertThat(PLACES.compare(new Location("Maiduguri", null), new Location("Maiduguri", "ng-borno-maiduguri"), true))
                .isEqualTo(Relation.SAME);
    }

    @Test
    void differentNamesWithoutAKeyAreUnknownNeverAnotherPlace() {
        assertThat(PLACES.compare(new Location("Damboa", null), new Location("Maiduguri", "ng-borno-maiduguri"), true))
                .isEqualTo(Relation.UNKNOWN);
        assertThat(PLACES.compare(new Location("Damboa", null), new Location("Gwoza", null), true))
                .isEqualTo(Relation.UNKNOWN);
        assertThat(PLACES.compare(new Location("Damboa", null), new Location("دامبوا", null), false))
                .isEqualTo(Relation.UNKNOWN);
    }

    @Test
    void kindsNoPlaceIsReadAfterAreStillSetAsideWhenPlacesAreCompared() {
        // other_kinds: «منطقة» and "regency" open no stated place, yet two accounts write or drop them
        assertThat(PLACES.compare(new Location("منطقة الكرادة", null), new Location("الكرادة", null), true))
                .isEqualTo(Relation.SAME);
        assertThat(PLACES.compare(new Location("Bogor regency", null), new Location("Bogor", null), true))
                .isEqualTo(Relation.SAME);
    }

    @Test
    void theWordsOfKindAreThePacksNotAListOfTheComparison() {
        PlaceComparison noKinds = PlaceComparison.byKeys(NIGERIA, java.util.Set.of());
        assertThat(noKinds.compare(new Location("the town of Damboa", null), new Location("Damboa district", null), true))
                .isEqualTo(Relation.UNKNOWN);
        assertThat(PLACES.compare(new Location("the town of Damboa", null), new Location("Damboa district", null), true))
                .isEqualTo(Relation.SAME);
        PlaceComparison hamlets = PlaceComparison.byKeys(NIGERIA, java.util.Set.of("Hamlet", "Town", "مزرعة", "قرية"));
        assertThat(hamlets.compare(new Location("Damboa hamlet", null), new Location("the town of Damboa", null), true))
                .isEqualTo(Relation.SAME);
        assertThat(hamlets.compare(new Location("مزرعة الحسينية", null), new Location("قرية الحسينية", null), true))
                .isEqualTo(Relation.SAME);
        assertThat(noKinds.compare(new Location("مزرعة الحسينية", null), new Location("قرية الحسينية", null), true))
                .isEqualTo(Relation.UNKNOWN);
    }

    @Test
    void aKindAloneNamesNoPlace() {
        assertThat(PLACES.compare(new Location("the city", null), new Location("the city of Damboa", null), true))
                .isEqualTo(Relation.UNKNOWN);
    }

    @Test
    void aReportFromTheKnownProvinceStillCorroboratesAClaimInAnUnknownTown() {
        CountClaim article = at(on(killed(exactly(7)), NOV_2), "Damboa", null);
        CountClaim report = at(on(killed(exactly(7)), NOV_2), "Maiduguri", "ng-borno-maiduguri");

        ClaimCheck result = Verifier.withDefaults(NIGERIA, org.corroborate.testing.UnnamedSpeakersForTests.shipped(),
                org.corroborate.testing.ShippedRules.placeKinds())
                .check(article, english(NOV_2), List.of(Fixtures.hit(NIGERIA, "r1", "Wire A", Language.EN, NOV_2, report)));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(result.evidence().getFirst().match().missing()).contains("place");
    }

    @Test
    void aReportWhosePlaceHasNoKeyIsStillEvidenceForAKnownCity() {
        CountClaim article = at(on(killed(exactly(7)), NOV_2), "Maiduguri", "ng-borno-maiduguri");
        CountClaim report = at(on(killed(exactly(7)), NOV_2), "قرية غمسوري", null);

        ClaimCheck result = Verifier.withDefaults(NIGERIA, org.corroborate.testing.UnnamedSpeakersForTests.shipped(),
                org.corroborate.testing.ShippedRules.placeKinds())
                .check(article, english(NOV_2), List.of(Fixtures.hit(NIGERIA, "r1", "Wire B", Language.AR, NOV_2, report)));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(result.evidence().getFirst().match().missing()).contains("place");
    }
}
