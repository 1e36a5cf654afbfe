package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The weekdays of a measure a body decides or announces are read ahead (dev rule 21b), however long the body's name
 * («أعلنت الهيئة العليا لإدارة الكوارث والأزمات تعطيل الدوام … يومي الأربعاء والخميس») and when the measure is told in the
 * imperfect («يُغلق المعبر أمام المسافرين يومي …»). A past act told before its weekday stays that day's.
 */
class MeasureOfALongBodyNameTest {

    @Test
    void aLongBodyNameBeforeTheMeasureKeepsItsDaysAhead() {
        assertThat(dateClaims("أعلنت الهيئة العليا لإدارة الكوارث والأزمات تعطيل الدوام الرسمي في دوائر المحافظة يومي الأربعاء والخميس بسبب العاصفة الثلجية.",
                Language.AR, "2026-11-08")).containsExactly("2026-11-11..2026-11-12");
    }

    @Test
    void aMeasureInTheImperfectIsAhead() {
        assertThat(dateClaims("تُعطَّل الدراسة في جامعات العاصمة يومي الأربعاء والخميس بسبب موجة البرد.",
                Language.AR, "2026-11-08")).containsExactly("2026-11-11..2026-11-12");
    }

    @Test
    void aPastActBeforeItsDayStaysPast() {
        assertThat(dateClaims("وعطّل المحتجون حركة المرور في وسط العاصمة يوم الأربعاء.",
                Language.AR, "2026-11-08")).containsExactly("2026-11-04..2026-11-04");
    }
}
