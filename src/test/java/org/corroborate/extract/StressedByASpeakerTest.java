package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The day a speaker stressed or affirmed something (أكد، شدد) is the statement's, no event of the story (dev rule 15, G5 of
 * dev8), with a noun object as with a clause: «وكانت البعثة الأممية قد أكدت في شباط الماضي ضرورة التوافق» (dev33-ar-009).
 * Not a day among the words reported after «أن»; أعلن is left as it was (it may announce an act: the sets' writers part on
 * «أعلن البنك المركزي، مساء الخميس، تثبيت أسعار الفائدة», dev34-ar-017 against dev30-ar-029). Sentences of our own,
 * published on Thursday 16 April 2026.
 */
class StressedByASpeakerTest {
    private static final String THU = "2026-04-16";

    @Test
    void theDayANeedWasStressedIsNoEvent() {
        assertThat(dateClaims("وكانت المفوضية قد أكدت في آذار/مارس الماضي ضرورة إشراك المجتمع المدني في مراقبة الاقتراع.",
                Language.AR, THU)).isEmpty();
        assertThat(dateClaims("وشدد وزير الخارجية يوم الثلاثاء على أهمية الحوار بين الأطراف.", Language.AR, THU)).isEmpty();
    }

    @Test
    void aDayAmongTheWordsReportedStays() {
        assertThat(dateClaims("وأكد مصدر في الشركة أن الرحلات استؤنفت صباح الثلاثاء بعد توقف دام يومين.", Language.AR, THU))
                .containsExactly("2026-04-14..2026-04-14");
    }
}
