package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * People still trapped in a tunnel or underground («لا يزال عاملان محاصرين تحت الأرض») are missing, as those under the
 * rubble are; a tunnel with no one in it is no claim.
 */
class TrappedUndergroundTest {
    private static List<CountClaim> ar(String text) {
        return ShippedRules.counts(text, Language.AR, LocalDate.parse("2026-06-10"));
    }

    @Test
    void workersStillTrappedUndergroundAreMissing() {
        assertThat(ar("وما زال عاملان محاصرين داخل النفق بعد انهيار جزء من سقفه.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.MISSING);
            assertThat(c.count().value()).isEqualTo(2L);
        });
        assertThat(ar("لقي أربعة عمال حتفهم في انفجار بمنجم للفحم، بينما لا يزال ثلاثة آخرون عالقين تحت الأرض."))
                .anySatisfy(c -> {
                    assertThat(c.action()).isEqualTo(Action.MISSING);
                    assertThat(c.count().value()).isEqualTo(3L);
                });
    }

    @Test
    void aTunnelNamedWithNoOneInItIsNoClaim() {
        assertThat(ar("وافتتحت الوزارة نفقاً جديداً تحت الأرض يربط ضفتي النهر.")).isEmpty();
    }
}
