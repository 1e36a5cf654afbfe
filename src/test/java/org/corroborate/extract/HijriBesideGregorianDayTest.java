package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A day written twice in Arabic, its Hijri date then «الموافق» and its Gregorian date (rule {@code ar.date.hijri_with_gregorian};
 * sentences of our own): one date claim, the Gregorian day's, the weekday before the Hijri date no day of its own; a day of
 * Ramadan so fixed is a scheduled day, while one told by the Hijri calendar alone stays unscheduled (its day hangs on the
 * moon's sighting).
 */
class HijriBesideGregorianDayTest {

    @Test
    void theGregorianDayDecidesAndTheWeekdayIsPartOfIt() {
        assertThat(dateClaims("وتبدأ الدورة الصيفية يوم السبت 15 ذي القعدة 1447 هـ الموافق 2 مايو 2026.", Language.AR, "2026-02-10"))
                .containsExactly("2026-05-02..2026-05-02");
        assertThat(dateClaims("ويعود التلاميذ إلى مدارسهم يوم الأحد ١٢ رمضان ١٤٤٧ هـ الموافق ١ مارس ٢٠٢٦ بعد انتهاء العطلة.",
                Language.AR, "2026-02-10"))
                .containsExactly("2026-03-01..2026-03-01");
    }

    @Test
    void aRamadanDayWithoutItsGregorianDayStaysUnscheduled() {
        assertThat(dateClaims("وتنظم الجمعية حفل الإفطار الجماعي يوم 20 رمضان 1447 هـ الموافق 9 مارس.", Language.AR, "2026-02-10"))
                .containsExactly("2026-03-09..2026-03-09");
        assertThat(dateClaims("وتنظم الجمعية حفل الإفطار الجماعي يوم 20 رمضان 1447 هـ.", Language.AR, "2026-02-10")).isEmpty();
    }
}
