package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.gazetteer.ShippedGazetteer.GAZETTEER;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Demonyms to ISO 3166 alpha-2 nationalities (CONTRACT.md: subject nationality). */
class NationalityTest {

    @Test
    void readsEveryFormOfTheAmericanDemonymInBothSpellings() {
        for (String word : new String[] {"أميركي", "أمريكي", "أميركية", "أمريكيين", "أميركيان", "أميركيتين", "أمريكيون",
                "الأميركية", "الأمريكيين", "والأميركيين", "للأمريكيين", "بالأميركية", "أميركيات", "الأمريكان"}) {
            assertThat(GAZETTEER.nationality(word, Language.AR)).as(word).contains("US");
        }
        assertThat(GAZETTEER.nationality("American", Language.EN)).contains("US");
        assertThat(GAZETTEER.nationality("Americans", Language.EN)).contains("US");
        assertThat(GAZETTEER.nationality("U.S.", Language.EN)).contains("US");
    }

    @Test
    void readsTheRegionsDemonyms() {
        assertThat(GAZETTEER.nationality("عراقيين", Language.AR)).contains("IQ");
        assertThat(GAZETTEER.nationality("السوريون", Language.AR)).contains("SY");
        assertThat(GAZETTEER.nationality("فلسطينيتين", Language.AR)).contains("PS");
        assertThat(GAZETTEER.nationality("الأتراك", Language.AR)).contains("TR");
        assertThat(GAZETTEER.nationality("سودانيه", Language.AR)).contains("SD");
        assertThat(GAZETTEER.nationality("Iraqi", Language.EN)).contains("IQ");
        assertThat(GAZETTEER.nationality("Lebanese", Language.EN)).contains("LB");
        assertThat(GAZETTEER.nationality("Britons", Language.EN)).contains("GB");
    }

    @Test
    void readsSouthSudaneseAsItsOwnNationality() {
        assertThat(GAZETTEER.nationality("جنوب سوداني", Language.AR)).contains("SS");
        assertThat(GAZETTEER.nationality("South Sudanese", Language.EN)).contains("SS");
    }

    @Test
    void refusesWordsThatAreNotDemonyms() {
        assertThat(GAZETTEER.nationality("us", Language.EN)).isEmpty();
        assertThat(GAZETTEER.nationality("turkish delight", Language.EN)).isEmpty();
        assertThat(GAZETTEER.nationality("كتاب", Language.AR)).isEmpty();
        assertThat(GAZETTEER.nationality("جندي أميركي", Language.AR)).isEmpty();
        assertThat(GAZETTEER.nationality("", Language.AR)).isEmpty();
    }

    @Test
    void findsDemonymsInRunningText() {
        String text = "مقتل جنديين أميركيين وإصابة عراقي";
        assertThat(GAZETTEER.findNationalities(text, Language.AR))
                .extracting(NationalityMention::code, NationalityMention::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("US", "أميركيين"),
                        org.assertj.core.groups.Tuple.tuple("IQ", "عراقي"));
    }
}
