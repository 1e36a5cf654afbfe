package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Arabic captives freed with a pluperfect clause of their captivity (a held-out kind of round left15c): «حررت قوات الأمن
 * تسعة أشخاص، بينهم امرأتان، كانوا قد اختُطفوا قبل أسبوعين» counts nine kidnapped and two of them, as the English "freed nine
 * people, among them two women, who had been held captive" does ({@link FreedCaptivesWithAPartTest}); «أفرجت الجماعة عن خمسة
 * عمال كانوا قد خُطفوا» five kidnapped. A release with no such clause counts no one, neither kidnapped nor arrested.
 */
class FreedCaptivesTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    @Test
    void thePluperfectClausePastAPartIsTheWholes() {
        List<CountClaim> claims = ar("حررت وحدة من الجيش أحد عشر مزارعاً، بينهم ثلاثة أطفال، كانوا قد اختُطفوا من حقولهم قبل أسبوعين.");
        assertThat(claims).extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KIDNAPPED, 11L, CountClaim.Category.OTHER),
                        tuple(Action.KIDNAPPED, 3L, CountClaim.Category.CHILDREN));
        assertThat(claims.get(1).partOf()).isEqualTo(claims.get(0).id());
    }

    @Test
    void thePluperfectClauseRightAfterTheFreed() {
        assertThat(ar("أفرجت جماعة مسلحة عن ستة عمال كانوا قد خُطفوا من موقع للبناء في الشهر الماضي."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KIDNAPPED, 6L));
    }

    @Test
    void aReleaseWithNoClauseOfCaptivityCountsNoOne() {
        assertThat(ar("أفرجت السلطات عن 35 معتقلاً بموجب عفو رئاسي.")).isEmpty();
        assertThat(ar("وأطلقت الجماعة المسلحة سراح سبعة رهائن مساء الأحد.")).isEmpty();
    }
}
