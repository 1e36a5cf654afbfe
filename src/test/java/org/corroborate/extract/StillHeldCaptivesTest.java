package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The captives a kidnapping leaves still held (a held-out kind of round left15c): "All but four were freed", "Four of them
 * are still being held", "four remain in captivity", «وأُفرج عن جميع المخطوفين باستثناء أربعة»،
 * «ولا يزال أربعة منهم محتجزين لدى الخاطفين» after a kidnapping counted before are kidnapped, a part of it, dated as the
 * kidnapping (SentenceReader.heldOfAKidnapping, {@code excepting}, {@code still_words}); the release keeps its own day as a
 * date claim. With no kidnapping before, those set apart from a release count no one. Sentences of our own, published on
 * Wednesday 13 May 2026.
 */
class StillHeldCaptivesTest {
    private static final String WED = "2026-05-13";

    private static List<CountClaim> counts(String text, Language language) {
        return ShippedRules.counts(text, language, LocalDate.parse(WED));
    }

    private static void partOfTheFirst(String text, Language language) {
        List<CountClaim> claims = counts(text, language);
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).partOf()).isEqualTo(claims.get(0).id());
    }

    @Test
    void allButSomeFreedLeavesThemHeld() {
        String text = "Gunmen abducted 23 farm workers near the river on Monday. All but five were freed on Wednesday after talks with local elders.";
        assertThat(countsWithDays(text, Language.EN, WED))
                .containsExactly("kidnapped 23@2026-05-11..2026-05-11", "kidnapped 5@2026-05-11..2026-05-11");
        partOfTheFirst(text, Language.EN);
        assertThat(dateClaims(text, Language.EN, WED)).containsExactly("2026-05-13..2026-05-13");
    }

    @Test
    void aReleaseOfAllButSomeInTheKidnappingsOwnSentence() {
        String text = "Gunmen abducted 23 farm workers near the river on Monday and released all but five of them on Wednesday.";
        assertThat(countsWithDays(text, Language.EN, WED))
                .containsExactly("kidnapped 23@2026-05-11..2026-05-11", "kidnapped 5@2026-05-11..2026-05-11");
        partOfTheFirst(text, Language.EN);
    }

    @Test
    void aShareStillHeldOrInCaptivityIsAPartOfTheKidnapping() {
        String held = "Armed men abducted 17 passengers from a bus on Monday. Six of them are still being held, the governor said.";
        assertThat(countsWithDays(held, Language.EN, WED))
                .containsExactly("kidnapped 17@2026-05-11..2026-05-11", "kidnapped 6@2026-05-11..2026-05-11");
        partOfTheFirst(held, Language.EN);
        String captivity = "Gunmen abducted 17 passengers from a bus on Monday. Eleven were released on Wednesday, but six remain in captivity.";
        assertThat(countsWithDays(captivity, Language.EN, WED))
                .containsExactly("kidnapped 17@2026-05-11..2026-05-11", "kidnapped 6@2026-05-11..2026-05-11");
        assertThat(dateClaims(captivity, Language.EN, WED)).containsExactly("2026-05-13..2026-05-13");
    }

    @Test
    void othersStillHeldAndTheStillMissingAreNoPart() {
        // "others" are more than the whole; the still missing stay missing, as the development gold has them (dev3-en-049)
        List<CountClaim> others = counts("Gunmen abducted 17 passengers from a bus on Monday, and three others remain in captivity.", Language.EN);
        assertThat(others).extracting(c -> c.count().value()).containsExactly(17L, 3L);
        assertThat(others.get(1).partOf()).isNull();
        assertThat(countsWithDays("Gunmen abducted 17 passengers from a bus on Monday. Six of them are still missing.", Language.EN, WED))
                .containsExactly("kidnapped 17@2026-05-11..2026-05-11", "missing 6@2026-05-11..2026-05-11");
    }

    @Test
    void arabicCaptivesNotFreedOrStillHeld() {
        String excepted = "اختطف مسلحون 23 عاملاً زراعياً قرب النهر يوم الاثنين. وأُفرج عن جميع المخطوفين باستثناء خمسة يوم الأربعاء بعد وساطة من وجهاء المنطقة.";
        assertThat(countsWithDays(excepted, Language.AR, WED))
                .containsExactly("kidnapped 23@2026-05-11..2026-05-11", "kidnapped 5@2026-05-11..2026-05-11");
        partOfTheFirst(excepted, Language.AR);
        assertThat(dateClaims(excepted, Language.AR, WED)).containsExactly("2026-05-13..2026-05-13");
        String held = "خطف مسلحون 17 راكباً من حافلة على الطريق الدولي يوم الاثنين. ولا يزال ستة منهم محتجزين لدى الخاطفين.";
        assertThat(countsWithDays(held, Language.AR, WED))
                .containsExactly("kidnapped 17@2026-05-11..2026-05-11", "kidnapped 6@2026-05-11..2026-05-11");
        partOfTheFirst(held, Language.AR);
    }

    @Test
    void noKidnappingBeforeCountsNoneHeld() {
        assertThat(counts("Police detained 30 protesters on Monday. All but four were released on Wednesday.", Language.EN))
                .extracting(c -> c.count().value()).containsExactly(30L);
        assertThat(counts("Police detained 30 protesters on Monday. Four of them are still being held.", Language.EN))
                .extracting(c -> c.count().value()).containsExactly(30L);
        assertThat(counts("All but four of the 30 passengers survived the crash.", Language.EN)).isEmpty();
        assertThat(counts("أفرجت السلطات عن جميع الموقوفين باستثناء أربعة.", Language.AR)).isEmpty();
        assertThat(counts("نجا جميع ركاب الحافلة باستثناء أربعة.", Language.AR)).isEmpty();
    }
}
