package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «ليلة أمس» alone spans the evening before and the small hours of the publication day; told with its weekday («ليلة أمس
 * الأربعاء») it is that day's night, one day, as «ليل الأربعاء» and "Wednesday night" are (the pack's
 * {@code ar.date.last_night_named}).
 */
class LastNightByItsDayTest {

    @Test
    void lastNightWithItsWeekdayIsThatDay() {
        assertThat(dateClaims("أقر البرلمان في جلسة امتدت حتى ساعة متأخرة من ليلة أمس الأربعاء قانون الانتخابات الجديد.",
                Language.AR, "2026-06-11")).containsExactly("2026-06-10..2026-06-10");
    }

    @Test
    void lastNightAloneKeepsBothDays() {
        assertThat(dateClaims("أقر البرلمان في جلسة امتدت حتى ساعة متأخرة من ليلة أمس قانون الانتخابات الجديد.",
                Language.AR, "2026-06-11")).containsExactly("2026-06-10..2026-06-11");
    }
}
