package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** One person told by a description in Arabic, not by a number: «امرأة مسنّة لقيت حتفها». */
class OnePersonDescribedArabicTest {

    /** The count claims of the whole extractor, dates read, as an article of that day would give them. */
    private static java.util.List<CountClaim> whole(String text) {
        return org.corroborate.testing.ShippedRules.counts(text, Language.AR, java.time.LocalDate.of(2026, 5, 12));
    }

    @Test
    void anAdjectiveBetweenTheReportedOneAndTheVerbIsPassedOver() {
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "وقال متحدث باسم الدفاع المدني إن امرأة مسنّة لقيت حتفها في الحريق الذي شب في بناية سكنية."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(CountClaim.Action.KILLED, 1L, CountClaim.Category.WOMEN));
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "وأفادت مصادر طبية أن رجلاً مسناً أصيب بجروح خطيرة جراء سقوط جدار منزله."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.WOUNDED, 1L));
    }

    @Test
    void theDescribedOneWhoKilledOthersIsNotTheVictim() {
        // the verb has its own group after it: the described one did it
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "وذكرت الشرطة أن رجلاً مسلحاً قتل ثلاثة أشخاص في متجر وسط المدينة."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 3L));
    }

    @Test
    void aDescribedOneRescuedOrWithoutAVerbOfThePackIsNoCount() {
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "وقال المسعفون إن امرأة حاملاً نُقلت إلى بر الأمان بعد ساعات من انهيار المبنى.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "وأكدت فرق الإنقاذ أن امرأة مسنّة أُنقذت من تحت الأنقاض صباح اليوم.")).isEmpty();
        // a second word between them is no adjective of the one: the verb is not hers
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "وقال الجيران إن امرأة وابنتها غادرتا المنزل قبل أن يقتل الانفجار المارة.")).isEmpty();
    }

    /** «أفرج مسلحون عن طفل كان قد اختُطف»: the freed one's clause opening with «كان قد» tells what befell them before. */
    @Test
    void theFreedOnesPluperfectClauseIsWhatBefellThem() {
        assertThat(whole(
                "وأفرج مسلحون عن طفل كان قد اختُطف قبل خمسة أيام في ريف المحافظة."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(CountClaim.Action.KIDNAPPED, 1L, CountClaim.Category.CHILDREN));
        assertThat(whole(
                "وأفرجت السلطات عن ناشطة كانت قد اعتُقلت في أثناء تغطيتها الاحتجاجات."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 1L));
    }

    @Test
    void aFreedOneWhoseClauseVerbHasAnObjectIsNoCountOfThem() {
        // the freed one had kidnapped others: the verb takes its object, the one is its agent
        assertThat(whole(
                "وأفرجت المحكمة عن رجل كان قد اختطف تاجراً من السوق قبل عامين."))
                .extracting(c -> c.count().value()).doesNotContain(1L).hasSizeLessThanOrEqualTo(1);
        assertThat(whole(
                "وأفرجت السلطات عن رجل كان قد وصل إلى المطار مساء أمس.")).isEmpty();
    }

    @Test
    void anAgeBetweenTheReportedOneAndTheVerbIsPassedOver() {
        assertThat(whole("وقالت الشرطة إن رجلاً يبلغ من العمر 40 عاماً لقي حتفه في حادث السير."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 1L));
        // the aged one who killed others is their agent; one rescued is no count
        assertThat(whole("وقالت الشرطة إن رجلاً يبلغ من العمر 40 عاماً قتل شخصين في مشاجرة."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 2L));
        assertThat(whole("وقال الدفاع المدني إن طفلاً يبلغ من العمر 6 سنوات أُنقذ من البئر بعد ساعات.")).isEmpty();
    }

    @Test
    void theDescribedOneToldAgainWithTheArticleIsNoSecondDeath() {
        assertThat(whole("لقيت امرأة مسنّة حتفها في حريق شب في منزلها فجر اليوم. وقال متحدث باسم الدفاع المدني"
                + " إن المرأة المسنّة لقيت حتفها بعد أن حاصرتها النيران في غرفتها."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 1L));
    }
}
