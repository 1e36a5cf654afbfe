package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «احتُجزوا داخل سياراتهم»: a verb of holding before a place one is caught in (trap_verbs, trap_prepositions,
 * trap_places) tells people trapped, no arrest; the rescued are no casualty either.
 */
class TrappedIsNoArrestTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    @Test
    void peopleCaughtInCarsLiftsOrFloodWaterAreNotArrested() {
        assertThat(ar("وأنقذت فرق الدفاع المدني 24 راكباً احتُجزوا داخل حافلتهم بعد أن غمرت السيول الطريق الصحراوي."))
                .isEmpty();
        assertThat(ar("وأفاد مسؤول في الدفاع المدني بأن تسعة أشخاص احتجزوا في مصعد برج سكني إثر انقطاع التيار.")
                .stream().filter(c -> c.action() == Action.ARRESTED)).isEmpty();
        assertThat(ar("واحتُجز عشرات السائقين في مياه الفيضانات على الطريق الدائري طوال الليل.")).isEmpty();
    }

    @Test
    void theTrappedBesideTheDeadLeaveTheDeadCounted() {
        assertThat(ar("وانتشلت فرق الإنقاذ أربع جثث من المنجم فيما احتُجز ستة عمال تحت الركام."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 4L));
    }

    @Test
    void holdingByTheAuthoritiesOrInAPrisonStaysAnArrest() {
        assertThat(ar("واحتجزت الشرطة 18 شاباً داخل سياراتهم عند نقطة التفتيش."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 18L));
        assertThat(ar("واحتُجز سبعة ناشطين في مقر الاستخبارات العسكرية منذ الأسبوع الماضي."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 7L));
    }
}
