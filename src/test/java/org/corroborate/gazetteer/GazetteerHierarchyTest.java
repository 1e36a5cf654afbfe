package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.gazetteer.ShippedGazetteer.GAZETTEER;

import org.junit.jupiter.api.Test;

/** The place hierarchy that decides whether two claims' locations are the same place. */
class GazetteerHierarchyTest {

    @Test
    void nestsPalmyraInHomsInSyria() {
        assertThat(GAZETTEER.nested("sy.homs.palmyra", "sy.homs")).isTrue();
        assertThat(GAZETTEER.nested("sy", "sy.homs.palmyra")).isTrue();
        assertThat(GAZETTEER.nested("sy.homs.palmyra", "sy.homs.palmyra")).isTrue();
    }

    @Test
    void doesNotNestSiblingsOrOtherCountries() {
        assertThat(GAZETTEER.nested("sy.homs.palmyra", "sy.aleppo")).isFalse();
        assertThat(GAZETTEER.nested("sy.homs.palmyra", "sy.homs.homs")).isFalse();
        assertThat(GAZETTEER.nested("iq.nineveh.mosul", "sy")).isFalse();
    }

    @Test
    void givesThePathInnermostFirst() {
        assertThat(GAZETTEER.path("sy.homs.palmyra")).containsExactly("sy.homs.palmyra", "sy.homs", "sy");
        assertThat(GAZETTEER.path("ps.jenin.jenin_camp")).containsExactly("ps.jenin.jenin_camp", "ps.jenin", "ps.west_bank", "ps");
        assertThat(GAZETTEER.path("iq.erbil.erbil")).containsExactly("iq.erbil.erbil", "iq.erbil", "iq.kurdistan", "iq");
        assertThat(GAZETTEER.ancestors("sy.homs.palmyra")).containsExactly("sy.homs", "sy");
        assertThat(GAZETTEER.ancestors("sy")).isEmpty();
        assertThat(GAZETTEER.ancestors("xx.nowhere")).isEmpty();
        assertThat(GAZETTEER.path("no.such.place")).isEmpty();
    }

    @Test
    void nestsDarfurStatesInDarfur() {
        assertThat(GAZETTEER.nested("sd.north_darfur.el_fasher", "sd.darfur")).isTrue();
        assertThat(GAZETTEER.nested("sd.north_darfur.el_fasher", "sd.kordofan")).isFalse();
    }

    @Test
    void givesTheCountryOfAPlaceOrAnEntity() {
        assertThat(GAZETTEER.country("sy.homs.palmyra")).contains("sy");
        assertThat(GAZETTEER.country("sy")).contains("sy");
        assertThat(GAZETTEER.country("hezbollah")).contains("lb");
        assertThat(GAZETTEER.country("isis")).isEmpty();
        assertThat(GAZETTEER.country("no.such.place")).isEmpty();
    }

    @Test
    void knowsTheKindOfEachPlace() {
        assertThat(GAZETTEER.place("sy.homs").orElseThrow().kind()).isEqualTo(PlaceKind.GOVERNORATE);
        assertThat(GAZETTEER.place("sd.khartoum").orElseThrow().kind()).isEqualTo(PlaceKind.STATE);
        assertThat(GAZETTEER.place("ps.jenin.jenin_camp").orElseThrow().kind()).isEqualTo(PlaceKind.CAMP);
    }
}
