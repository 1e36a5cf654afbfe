package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «وقال رئيس البلدية إن امرأة قُتلت وأصيب أربعة أشخاص»: in reported words the one person comes before her verb, and a
 * passive that takes no object joined by و after it ({@code own_subject_passives}: أصيب) opens a clause of its own group.
 * The woman was killed and the four wounded; the joined verbs «قُتل وأصيب» are no figure of both there, as they are with
 * nobody before them («قتل وأصيب العشرات»), and an active verb there («إن رجلاً قتل وأصاب ثلاثة») is the man's own deed.
 */
class ReportedOneBeforeJoinedPassiveTest {
    private static List<String> counts(String text) {
        return ExtractedClaims.claims(text, Language.AR, "2026-04-20").stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).map(c -> c.action().wire() + " " + c.count().lower()).toList();
    }

    @Test
    void theOneBeforeHerVerbIsKilledAndTheGroupAfterThePassiveWounded() {
        assertThat(counts("وقال رئيس البلدية إن امرأة قُتلت وأصيب أربعة أشخاص في الغارة التي استهدفت الحي فجر اليوم."))
                .containsExactlyInAnyOrder("killed 1", "wounded 4");
        assertThat(counts("وأوضح المحافظ أن جندياً قُتل وأصيب اثنان آخران في انفجار عبوة ناسفة على الطريق."))
                .containsExactlyInAnyOrder("killed 1", "wounded 2");
        assertThat(counts("وذكر مصدر طبي أن سائقاً قُتل وأصيبت ثلاث نساء في حادث السير."))
                .containsExactlyInAnyOrder("killed 1", "wounded 3");
    }

    @Test
    void theJoinedVerbsWithNobodyBeforeThemStayOneFigureOfBoth() {
        assertThat(counts("قتل وأصيب العشرات في القصف المدفعي على السوق الشعبي.")).isEmpty();
    }

    @Test
    void anActiveVerbAfterTheOneIsHisDeed() {
        assertThat(counts("وقالت الشرطة إن رجلاً قتل وأصاب ثلاثة أشخاص في الحي.")).containsExactly("wounded 3");
        assertThat(counts("وقال المتحدث إن مسلحاً قتل وجرح خمسة أشخاص قبل أن يلوذ بالفرار.")).doesNotContain("killed 1");
    }
}
