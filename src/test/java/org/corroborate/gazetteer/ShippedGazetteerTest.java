package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.gazetteer.ShippedGazetteer.GAZETTEER;
import static org.corroborate.gazetteer.ShippedGazetteer.PACKS;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;

/** The gazetteer shipped in rules/: valid, with real coverage, and its negative examples hold. */
class ShippedGazetteerTest {

    private static final List<String> EIGHT = List.of("sy", "iq", "lb", "jo", "ps", "ye", "ly", "sd");

    private static long firstLevel(String country) {
        return GAZETTEER.places().stream()
                .filter(p -> p.kind() == PlaceKind.GOVERNORATE || p.kind() == PlaceKind.STATE
                        || (p.kind() == PlaceKind.DISTRICT && country.equals("ly")))
                .filter(p -> GAZETTEER.country(p.key()).orElseThrow().equals(country)).count();
    }

    @Test
    void loadsFromTheFolderAndTheClasspathAlike() {
        RulePacks fromJar = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
        assertThat(Gazetteer.of(fromJar).places()).hasSameSizeAs(GAZETTEER.places());
        assertThat(GazetteerFile.all(PACKS)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void hasEverySyrianGovernorate() {
        assertThat(GAZETTEER.places()).extracting(Place::key).contains("sy.damascus", "sy.rif_dimashq", "sy.aleppo",
                "sy.homs", "sy.hama", "sy.latakia", "sy.tartus", "sy.idlib", "sy.raqqa", "sy.deir_ez_zor", "sy.hasakah",
                "sy.daraa", "sy.suwayda", "sy.quneitra");
    }

    @Test
    void hasEveryFirstLevelDivisionOfTheEightCountries() {
        Map<String, Long> counts = EIGHT.stream().collect(Collectors.toMap(c -> c, ShippedGazetteerTest::firstLevel));
        assertThat(counts).containsEntry("sy", 14L).containsEntry("iq", 19L).containsEntry("lb", 9L)
                .containsEntry("jo", 12L).containsEntry("ps", 16L).containsEntry("ye", 22L).containsEntry("ly", 22L)
                .containsEntry("sd", 18L);
    }

    @Test
    void hasCitiesTownsAndCampsForEachOfTheEightCountries() {
        for (String country : EIGHT) {
            long places = GAZETTEER.places().stream().filter(p -> GAZETTEER.country(p.key()).orElseThrow().equals(country)).count();
            assertThat(places).as(country).isGreaterThanOrEqualTo(40);
        }
        assertThat(GAZETTEER.places()).hasSizeGreaterThan(800);
        assertThat(GAZETTEER.places()).filteredOn(p -> p.kind() == PlaceKind.CAMP).hasSizeGreaterThan(40);
    }

    @Test
    void hasTheCountriesOfTheRegionAndTheForeignActorsWithDemonyms() {
        List<String> actors = List.of("us", "gb", "fr", "ru", "tr", "ir", "il", "eg", "sa", "ae", "qa", "kw", "bh", "om",
                "tn", "dz", "ma", "af", "pk", "de", "cn");
        for (String key : actors) {
            Place country = GAZETTEER.place(key).orElseThrow();
            assertThat(country.kind()).isEqualTo(PlaceKind.COUNTRY);
            assertThat(country.demonyms().ar()).as(key).isNotEmpty();
            assertThat(country.demonyms().en()).as(key).isNotEmpty();
        }
    }

    @Test
    void namesEveryPlaceAndEntityInBothLanguages() {
        assertThat(GAZETTEER.places()).allSatisfy(p -> {
            assertThat(p.names().ar()).as(p.key()).isNotEmpty();
            assertThat(p.names().en()).as(p.key()).isNotEmpty();
        });
        assertThat(GAZETTEER.entities()).hasSizeGreaterThan(150).allSatisfy(e -> {
            assertThat(e.names().ar()).as(e.key()).isNotEmpty();
            assertThat(e.names().en()).as(e.key()).isNotEmpty();
        });
    }

    @Test
    void findsEveryPlaceByEachOfItsNamesAfterACueInATextThatNamesItsCountry() {
        for (Place place : GAZETTEER.places()) {
            Place country = GAZETTEER.place(GAZETTEER.country(place.key()).orElseThrow()).orElseThrow();
            for (Language language : Language.values()) {
                for (String name : place.names().of(language)) {
                    String text = (language == Language.AR ? "في " : "in ") + name
                            + (language == Language.AR ? " اليوم، " : " today, ") + country.names().of(language).get(0);
                    List<PlaceMention> found = GAZETTEER.findPlaces(text, language);
                    assertThat(found).as(name).isNotEmpty();
                    PlaceMention first = found.get(0);
                    assertThat(Tokens.folded(first.name())).as(text).isEqualTo(Tokens.folded(name));
                    assertThat(first.alternatives().contains(place.key()) || first.key().equals(place.key())).as(text).isTrue();
                }
            }
        }
    }

    @Test
    void findsNothingInTheNegativeExamples() {
        for (GazetteerFile file : GazetteerFile.all(PACKS)) {
            assertThat(file.negativeExamples()).isNotEmpty();
            for (String text : file.negativeExamples()) {
                for (Language language : Language.values()) {
                    assertThat(GAZETTEER.findPlaces(text, language)).as(text).isEmpty();
                    assertThat(GAZETTEER.findEntities(text, language)).as(text).isEmpty();
                }
            }
        }
    }
}
