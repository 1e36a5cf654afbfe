package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A verb and its count split by a range of days set off by commas («أوقفت فرق الدرك، خلال الفترة الممتدة من 10 إلى 16
 * مارس الجاري، تسعة أشخاص»; "Police detained, between March 10 and March 16, nine people") are one arrest dated by the
 * range, as a short aside («، يوم الاثنين،») already was: the words that lead to the date («خلال الفترة الممتدة») and the
 * month's «الجاري» belong to the aside, and the "and" of "between … and …" opens no clause of its own.
 */
class CountPastADateAsideTest {

    @Test
    void anArabicRangeAsideKeepsTheVerbsCount() {
        String text = "أوقفت فرق الدرك الوطني، خلال الفترة الممتدة من 10 إلى 16 مارس الجاري، تسعة أشخاص يشتبه في تورطهم في السرقة.";
        assertThat(countsWithDays(text, Language.AR, "2026-03-19")).containsExactly("arrested 9@2026-03-10..2026-03-16");
        assertThat(dateClaims(text, Language.AR, "2026-03-19")).isEmpty();
        assertThat(countsWithDays("قتلت القوات الحكومية، في الفترة الممتدة من 10 إلى 16 مارس الجاري، سبعة مسلحين في الجبال.",
                Language.AR, "2026-03-19")).containsExactly("killed 7@2026-03-10..2026-03-16");
    }

    @Test
    void anEnglishRangeAsideKeepsTheVerbsCount() {
        String text = "Border guards detained, between March 10 and March 16, nine people wanted on smuggling charges.";
        assertThat(countsWithDays(text, Language.EN, "2026-03-19")).containsExactly("arrested 9@2026-03-10..2026-03-16");
        assertThat(dateClaims(text, Language.EN, "2026-03-19")).isEmpty();
    }

    @Test
    void aClauseOfItsOwnStillStopsTheVerb() {
        // the nine after a clause with its own verb are that clause's: no arrest of them
        assertThat(countsWithDays("Border guards detained a driver on Monday, and between March 10 and March 16 nine people fled the camp.",
                Language.EN, "2026-03-19")).doesNotContain("arrested 9@2026-03-10..2026-03-16");
    }
}
