package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «وانتشل الغواصون جثث الأطفال الثلاثة»: the bodies of a definite noun and a definite number (body_nouns) are the dead
 * counted before, told again; no second killed count.
 */
class BodiesToldAgainTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    @Test
    void theBodiesOfTheDeadCountedBeforeAreNoNewCount() {
        assertThat(ar("لقي أربعة شبان حتفهم غرقاً في قناة للري شمالي المحافظة. وانتشل غواصو الدفاع المدني جثث الشبان الأربعة بعد ساعات من البحث."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 4L));
        assertThat(ar("قُتل خمسة عمال في انهيار نفق بمنجم للفحم. ونقلت سيارات الإسعاف جثامين العمال الخمسة إلى مستشفى المدينة."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 5L));
    }

    @Test
    void theMissingFoundDeadAndBodiesCountedAnewStayCounted() {
        assertThat(ar("فُقد ثلاثة صيادين بعد انقلاب قاربهم قبالة الساحل. وعثرت فرق البحث على جثث الصيادين الثلاثة صباح اليوم."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.MISSING, 3L), tuple(Action.KILLED, 3L));
        assertThat(ar("وانتشلت فرق الإنقاذ جثث ستة مهاجرين من البحر قبالة السواحل الشرقية."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 6L));
    }
}
