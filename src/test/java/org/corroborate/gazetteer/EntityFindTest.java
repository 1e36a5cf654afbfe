package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.gazetteer.ShippedGazetteer.GAZETTEER;

import java.util.List;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Finding named entities, with one key across languages. */
class EntityFindTest {

    private static List<String> keys(String text, Language language) {
        return GAZETTEER.findEntities(text, language).stream().map(EntityMention::key).toList();
    }

    @Test
    void findsIslamicStateUnderOneKeyInBothLanguages() {
        assertThat(keys("هجوم لداعش", Language.AR)).containsExactly("isis");
        assertThat(keys("تبنى تنظيم الدولة الإسلامية الهجوم", Language.AR)).containsExactly("isis");
        assertThat(keys("Islamic State claimed it; ISIS and ISIL and IS are one group", Language.EN))
                .containsExactly("isis", "isis", "isis", "isis");
    }

    @Test
    void leavesTheProcliticOutOfTheEntitySpan() {
        String text = "بيان لتنظيم داعش";
        EntityMention isis = GAZETTEER.findEntities(text, Language.AR).get(0);
        assertThat(isis.text()).isEqualTo("تنظيم داعش");
        assertThat(isis.span().of(text)).isEqualTo("تنظيم داعش");
    }

    @Test
    void findsCentralCommandInBothLanguages() {
        assertThat(keys("أعلنت القيادة المركزية الأميركية", Language.AR)).containsExactly("us.centcom");
        assertThat(keys("أعلنت القيادة المركزية الأمريكية (سنتكوم)", Language.AR)).containsExactly("us.centcom", "us.centcom");
        assertThat(keys("US Central Command said", Language.EN)).containsExactly("us.centcom");
    }

    @Test
    void findsIraqiSecurityBodies() {
        assertThat(keys("قالت خلية الإعلام الأمني وقيادة العمليات المشتركة", Language.AR))
                .containsExactly("iq.security_media_cell", "iq.joint_operations_command");
        assertThat(keys("وزارة الداخلية العراقية", Language.AR)).containsExactly("iq.interior_ministry");
        assertThat(keys("Iraq's Interior Ministry said", Language.EN)).containsExactly("iq.interior_ministry");
    }

    @Test
    void findsGroupsOfTheRegion() {
        assertThat(keys("الحوثيون وأنصار الله وحزب الله وحماس وقسد والحشد الشعبي", Language.AR))
                .containsExactly("houthis", "houthis", "hezbollah", "hamas", "sdf", "pmf");
        assertThat(keys("the Houthis, Hezbollah, HTS, the SDF, the PKK and the RSF", Language.EN))
                .containsExactly("houthis", "hezbollah", "hts", "sdf", "pkk", "rsf");
    }

    @Test
    void tellsKataibHezbollahFromHezbollah() {
        assertThat(keys("كتائب حزب الله", Language.AR)).containsExactly("kataib_hezbollah");
    }

    @Test
    void findsNewsAgencies() {
        assertThat(keys("نقلت وكالة سانا ورويترز وفرانس برس", Language.AR)).containsExactly("sana", "reuters", "afp");
        assertThat(keys("according to Reuters and AFP", Language.EN)).containsExactly("reuters", "afp");
    }

    @Test
    void doesNotTakeCommonWordsForEntities() {
        assertThat(keys("فتح المحل أبوابه واستهدفت القاعدة العسكرية", Language.AR)).isEmpty();
        assertThat(keys("Who said it is over?", Language.EN)).isEmpty();
    }
}
