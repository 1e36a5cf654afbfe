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
 * Who is held and by what: trades outside the named groups (صرّاف، صائغ: rule 7's {@code other}), a prosecutor's order
 * to detain a counted group («أمر بتوقيف ثلاثة أشخاص», held, where «أمر باعتقال» is a warrant for people at large), and a
 * single named one among the held («بينهم مدير الشركة», "including a wanted arms dealer", "the company's finance
 * director").
 */
class HeldTradesAndOrdersTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2026-06-10");

    private static List<CountClaim> ar(String text) {
        return ShippedRules.counts(text, Language.AR, PUBLISHED);
    }

    private static List<CountClaim> en(String text) {
        return ShippedRules.counts(text, Language.EN, PUBLISHED);
    }

    private static boolean has(List<CountClaim> claims, Action action, long value) {
        return claims.stream().anyMatch(c -> c.action() == action && c.count().value() != null && c.count().value() == value);
    }

    @Test
    void moneyChangersAndGoldsmithsAreCounted() {
        assertThat(has(ar("واعتقلت قوات الأمن 23 صرافاً في حملة على السوق السوداء للعملة."), Action.ARRESTED, 23)).isTrue();
        assertThat(has(ar("وأوقفت الشرطة 12 صائغاً يشتبه في بيعهم ذهباً مغشوشاً."), Action.ARRESTED, 12)).isTrue();
        assertThat(has(ar("أطلق مجهولون النار على صراف أمام محله في السوق فأردوه قتيلاً."), Action.KILLED, 1)
                || has(ar("قتل لصوص صائغاً داخل متجره فجر الخميس."), Action.KILLED, 1)).isTrue();
        assertThat(has(ar("قضت المحكمة بإعدام شاب أدين بقتل صائغ خلال عملية سطو."), Action.KILLED, 1)).isTrue();
        assertThat(ar("وقتل لصوص صائغاً داخل متجره فجر الخميس.")).singleElement()
                .satisfies(c -> assertThat(c.subject().category()).isEqualTo(CountClaim.Category.OTHER));
    }

    @Test
    void aTradeNamedWithNoEventIsNoClaim() {
        assertThat(ar("ويعمل في السوق أكثر من 40 صرافاً مرخصاً.")).isEmpty();
        assertThat(ar("وقال صائغ في المدينة إن أسعار الذهب ارتفعت.")).isEmpty();
    }

    @Test
    void anOrderToDetainACountedGroupHoldsIt() {
        assertThat(has(ar("وأمر النائب العام بتوقيف أربعة موظفين في الميناء على ذمة التحقيق."), Action.ARRESTED, 4)).isTrue();
        assertThat(has(ar("وأمرت النيابة بتوقيف خمسة أشخاص للتحقيق في انهيار المبنى."), Action.ARRESTED, 5)).isTrue();
        assertThat(has(ar("وأمر قاضي التحقيق بتوقيف مهندسَين اثنين في البلدية."), Action.ARRESTED, 2)
                || has(ar("وأمر قاضي التحقيق بتوقيف موظفين اثنين في البلدية."), Action.ARRESTED, 2)).isTrue();
        List<CountClaim> withPart = ar("وأمرت النيابة بتوقيف أربعة أشخاص، بينهم مدير المصنع، لحين انتهاء التحقيق.");
        assertThat(has(withPart, Action.ARRESTED, 4)).isTrue();
        assertThat(withPart).anySatisfy(c -> {
            assertThat(c.count().value()).isEqualTo(1L);
            assertThat(c.partOf()).isNotNull();
        });
    }

    @Test
    void anOrderToArrestPeopleAtLargeHoldsNobody() {
        assertThat(ar("وأمر القاضي باعتقال أربعة مسؤولين سابقين فارين خارج البلاد.")).isEmpty();
        assertThat(ar("وأمر المحافظ بتوقيف صاحب المطعم لحين استكمال التحقيق.")).isEmpty();
    }

    @Test
    void aSingleNamedOneAmongTheHeldIsAPart() {
        List<CountClaim> ar = ar("وأوقفت الشرطة سبعة أشخاص، بينهم مدير الشركة، بتهمة التهرب الضريبي.");
        assertThat(has(ar, Action.ARRESTED, 7)).isTrue();
        assertThat(ar).anySatisfy(c -> assertThat(c.partOf()).isNotNull());
        List<CountClaim> en = en("Police detained nine people, including a notorious drug dealer, in raids across the city on Friday.");
        assertThat(has(en, Action.ARRESTED, 9)).isTrue();
        assertThat(en).anySatisfy(c -> {
            assertThat(c.count().value()).isEqualTo(1L);
            assertThat(c.partOf()).isNotNull();
        });
        assertThat(en("Officers arrested six men, including a suspected people smuggler, near the port."))
                .anySatisfy(c -> assertThat(c.partOf()).isNotNull());
    }

    @Test
    void aRoleWithAPossessiveIsOneHeld() {
        assertThat(has(en("Investigators have detained the firm's finance director over the missing funds."), Action.ARRESTED, 1)).isTrue();
        List<CountClaim> two = en("Police have arrested the bank's chief executive and three employees.");
        assertThat(has(two, Action.ARRESTED, 1)).isTrue();
        assertThat(has(two, Action.ARRESTED, 3)).isTrue();
        assertThat(en("The company's finance director said the accounts were in order.")).isEmpty();
    }
}
