package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Arabic stretches opened on a day up to publication and still running to a day ahead, told in a sentence of their own
 * (dates-ar42), in sentences of our own published on Tuesday 12 May 2026: after «انطلقت مساء أمس فعاليات المعرض», the sentence
 * «وتستمر فعاليات المعرض حتى 20 أيار الجاري» is the whole stretch, a date claim beside the opening day's.
 */
class OpeningAndRunningStretchesTest {
    private static final String TUE = "2026-05-12";

    @Test
    void aRunningStretchToldInItsOwnSentenceTakesTheOpeningDay() {
        assertThat(dateClaims("انطلقت مساء أمس في الشارقة فعاليات الدورة الجديدة لمعرض الكتاب بمشاركة مئات الناشرين. "
                + "وتستمر فعاليات المعرض حتى 20 أيار الجاري.", Language.AR, TUE))
                .containsExactlyInAnyOrder("2026-05-11..2026-05-11", "2026-05-11..2026-05-20");
        assertThat(dateClaims("تغلب المنتخب على نظيره العُماني مساء الأحد في افتتاح بطولة الخليج للناشئين. "
                + "وتستمر البطولة حتى 22 أيار الجاري بمشاركة ثمانية منتخبات.", Language.AR, TUE))
                .containsExactlyInAnyOrder("2026-05-10..2026-05-10", "2026-05-10..2026-05-22");
    }

    @Test
    void noOpeningRightBeforeNoStretch() {
        // the day before tells no opening: the end is no event of its own, as before
        assertThat(dateClaims("قُتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في سوق المدينة. وتستمر التحقيقات حتى 30 أيار الجاري.",
                Language.AR, TUE)).doesNotContain("2026-05-11..2026-05-30");
        // a statement between: the end stays alone (dev33-ar-026's writer)
        assertThat(dateClaims("انطلقت مساء أمس فعاليات مهرجان المسرح في الرباط. وقال مدير المهرجان إن الدورة تحتفي بالشباب. "
                + "وتستمر الفعاليات حتى 20 أيار الجاري.", Language.AR, TUE)).doesNotContain("2026-05-11..2026-05-20");
        // a past start told in the sentence before, with a day ahead right before the end: no opening day up to publication
        assertThat(dateClaims("ويلاقي المنتخب نظيره الكويتي يوم الخميس المقبل. وتستمر البطولة حتى 22 أيار الجاري.",
                Language.AR, TUE)).doesNotContain("2026-05-14..2026-05-22");
    }

    @Test
    void anEarlierOpeningDayRunningToADayAheadIsOneStretch() {
        assertThat(dateClaims("افتُتحت في عمّان أمس الاثنين فعاليات مهرجان الفنون الشعبية، وتستمر حتى 24 أيار الجاري بمشاركة فرق عربية.",
                Language.AR, TUE)).containsExactly("2026-05-11..2026-05-24");
        assertThat(dateClaims("أطلقت وزارة الزراعة السبت الماضي حملة لمكافحة الجراد في المحافظات الجنوبية، وتستمر حتى نهاية الشهر الجاري.",
                Language.AR, TUE)).containsExactly("2026-05-09..2026-05-31");
    }

    @Test
    void anEndThatIsNotAheadOrABareUntilLeavesTheDay() {
        // a past event that lasted into another day keeps its own day (K17 of dev11)
        assertThat(dateClaims("اندلعت الاشتباكات في الحي الغربي مساء السبت واستمرت حتى فجر الأحد.", Language.AR, TUE))
                .containsExactly("2026-05-09..2026-05-09");
        // no verb of lasting: "until" alone does not join a past day to a day ahead
        assertThat(dateClaims("أغلقت السلطات المعبر أمس أمام المسافرين حتى الأحد المقبل.", Language.AR, TUE))
                .doesNotContain("2026-05-11..2026-05-17");
    }
}
