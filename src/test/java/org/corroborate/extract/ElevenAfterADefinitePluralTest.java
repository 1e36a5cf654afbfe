package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «الأحد عشر» after a definite plural is the numeral eleven agreeing with its noun, as «الثلاثة» is three, not Sunday
 * followed by a ten: «أفرجت السلطات عن البحارة الأحد عشر» counts eleven and names no day. With «يوم» before it the word is
 * the day, and a ten with teh marbuta after it («الأحد عشرة أشخاص») is no masculine eleven either.
 */
class ElevenAfterADefinitePluralTest {

    @Test
    void elevenAfterADefinitePluralIsACountAndNoSunday() {
        assertThat(countsWithDays("وكانت قوات الأمن قد اعتقلت الناشطين الأحد عشر في فبراير الماضي بمدينة صفاقس.",
                Language.AR, "2026-04-16")).containsExactly("arrested 11@2026-02-01..2026-02-28");
        assertThat(dateClaims("وكانت قوات الأمن قد اعتقلت الناشطين الأحد عشر في فبراير الماضي بمدينة صفاقس.",
                Language.AR, "2026-04-16")).isEmpty();
    }

    @Test
    void elevenWithNoEventNamesNoDay() {
        assertThat(dateClaims("وأعلن الاتحاد أسماء اللاعبين الأحد عشر الذين سيخوضون المباراة الافتتاحية.",
                Language.AR, "2026-04-16")).isEmpty();
    }

    @Test
    void theSameWordAfterYawmIsStillTheDay() {
        // «يوم الأحد» names the day whatever follows it; a three after a plural stays three
        assertThat(dateClaims("وأفرجت السلطات يوم الأحد عن سبعة بحارة كانوا محتجزين في الميناء.",
                Language.AR, "2026-04-16")).containsExactly("2026-04-12..2026-04-12");
        assertThat(countsWithDays("وكانت قوات الأمن قد اعتقلت الناشطين الثلاثة في فبراير الماضي.",
                Language.AR, "2026-04-16")).containsExactly("arrested 3@2026-02-01..2026-02-28");
    }
}
