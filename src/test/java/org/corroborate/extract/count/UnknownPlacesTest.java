package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A count whose sentence names a place the gazetteer does not know carries that place's words,
 * with no key, instead of the place an earlier sentence of the paragraph named; a known place in
 * the same sentence still wins.
 */
class UnknownPlacesTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    @Test
    void aTownTheGazetteerDoesNotKnowReplacesTheCarriedCity() {
        List<CountClaim> claims = en("Two people were killed in a fire in Madrid on Monday. A cyclist was killed by a lorry "
                + "in Leeds on Tuesday, police said. Two pedestrians were injured.");

        assertThat(claims).extracting(c -> c.location().text()).containsExactly("Madrid", "Leeds", "Leeds");
        assertThat(claims.get(0).location().key()).isNotNull();
        assertThat(claims.get(1).location().key()).isNull();
    }

    @Test
    void aKnownPlaceInTheSameSentenceWinsOverTheVillageItContains() {
        List<CountClaim> claims = en("Gunmen shot dead five farmers in the village of Gumsuri in Borno state on Sunday.");

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.location().key()).isNotNull());
    }

    @Test
    void capitalisedWordsAfterInThatAreNoPlaceAreNotRead() {
        assertThat(en("Three detainees died in Syrian custody last year.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isNull());
        assertThat(en("Police said four men were arrested in March.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isNull());
        assertThat(en("Two soldiers were wounded in Tuesday's ambush.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isNull());
    }

    @Test
    void theProvinceAfterACountrysPossessiveIsThePlace() {
        assertThat(en("Floods have displaced some 3,000 people in Wakanda's Birnin Zana province since Friday."))
                .singleElement().satisfies(c -> assertThat(c.location().text()).isEqualTo("Birnin Zana"));
    }

    @Test
    void anArabicVillageNamedAfterItsKindReplacesTheCarriedCity() {
        List<CountClaim> claims = ar("قتل ثلاثة أشخاص في قصف على مدينة حلب يوم الاثنين. "
                + "وفي اليوم التالي قتل رجلان بنيران قناص في قرية عين البيضا.");

        assertThat(claims).extracting(c -> c.location().text()).containsExactly("مدينة حلب", "عين البيضا");
        assertThat(claims.get(1).location().key()).isNull();
    }

    @Test
    void arabicWordsThatDescribeOrNameAnOfficeAreNoPlace() {
        assertThat(ar("وقالت الشرطة إن شابا قتل طعنا في مدينة أخرى.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isNull());
        assertThat(ar("وأوقفت الشرطة أربعة أشخاص بتهمة السرقة وأحالتهم إلى مديرية الأمن.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isNull());
    }

    @Test
    void aBareArabicNameWithoutItsKindIsNotRead() {
        assertThat(ar("وقتل جنديان في هجوم على حاجز في الحوامدة.")).singleElement()
                .satisfies(c -> assertThat(c.location()).isNull());
    }
}
