package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** A singular noun counts one person (قُتل مسلح), unless it only says what kind of event it was (هجوم مسلح). */
class GroupsOfOneTest {

    @Test
    void anArmedAttackIsNoGunman() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "قتل ثلاثة جنود في هجوم مسلح استهدف حاجزا أمنيا قرب درعا يوم الأحد.");
        assertThat(claims).extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, CountClaim.Category.SOLDIERS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "أصيب خمسة أشخاص بهجوم مسلح على حافلة."))
                .extracting(c -> c.count().value()).containsExactly(5L);
    }

    @Test
    void aGunmanKilledIsStillOne() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR, "قُتل مسلح خلال الاشتباك مع قوات الأمن.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.count().value()).isEqualTo(1L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.MILITANTS);
        });
    }
}
