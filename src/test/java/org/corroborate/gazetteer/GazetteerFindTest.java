package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.gazetteer.ShippedGazetteer.GAZETTEER;

import java.util.List;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

class GazetteerFindTest {

    private static List<String> keys(String text, Language language) {
        return GAZETTEER.findPlaces(text, language).stream().map(PlaceMention::key).toList();
    }

    @Test
    void findsPalmyraInBothLanguagesUnderOneKey() {
        assertThat(keys("سيطرت القوات على مدينة تدمر الأثرية", Language.AR)).containsExactly("sy.homs.palmyra");
        assertThat(keys("Forces took Palmyra on Sunday", Language.EN)).containsExactly("sy.homs.palmyra");
    }

    @Test
    void smoke() {
        System.out.println(GAZETTEER.findPlaces("قتل ثلاثة أشخاص بتدمر وفي الموصل ولحلب وللموصل، وعمان والأردن", Language.AR));
        System.out.println(GAZETTEER.findEntities("أعلن تنظيم داعش ولقوات سوريا الديمقراطية ووزارة الصحة في غزة", Language.AR));
        System.out.println(GAZETTEER.findNationalities("الجنود الأميركيين والأمريكيتين وأميركيان", Language.AR));
        System.out.println(GAZETTEER.findPlaces("Two US soldiers were killed in al-Hasakah and Deir ez-Zor, the U.S. said", Language.EN));
    }
}
