package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Arabic names that carry a day and month, the head right before the date with no preposition between («حراك 22 فبراير»،
 * «صحيفة 14 أكتوبر»، «حي 6 أكتوبر»، «كتيبة 17 فبراير»، «دوار 7 نيسان»), are no dated event (the pack's
 * name_before, as «ثورة 25 يناير» and «شارع 26 يوليو»). The same noun with a preposition before the date keeps it. Sentences
 * of our own, published on Wednesday 20 May 2026.
 */
class NamesCarryingADayTest {
    private static final String WED = "2026-05-20";

    @Test
    void aDayInANameIsNoDate() {
        assertThat(dateClaims("وشارك ناشطو حراك 22 فبراير في المسيرة الأسبوعية.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("ونشرت صحيفة 14 أكتوبر الحكومية تقريراً مطولاً عن الأزمة.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("ويقع المستشفى الجديد في حي 6 أكتوبر غرب القاهرة.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وتبنت الهجوم عناصر من كتيبة 17 فبراير.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("ووصل مئات المحتجين إلى دوار 7 نيسان وسط المدينة.", Language.AR, WED)).isEmpty();
    }

    @Test
    void aPrepositionBeforeTheDateKeepsIt() {
        assertThat(dateClaims("وشنت الطائرات غارات على مخيم جنين في 8 آذار الماضي.", Language.AR, WED))
                .containsExactly("2026-03-08..2026-03-08");
        // a village attacked on a day is no name
        assertThat(dateClaims("وهاجم مسلحون قرية يوم الأحد وأحرقوا عدداً من المنازل.", Language.AR, WED))
                .containsExactly("2026-05-17..2026-05-17");
    }
}
