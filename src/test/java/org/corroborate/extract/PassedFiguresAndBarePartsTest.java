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
 * A toll that passed a figure written as definite tens («عدد المعتقلين تجاوز الأربعين», read as an ordinal "the
 * fortieth" elsewhere) is more than that figure, as "the number detained had passed 50" is; a bare number of a part
 * with a clause on it («بينهم ثلاثة شاركوا في الهجوم», "including two believed to have …") is a part of the whole.
 */
class PassedFiguresAndBarePartsTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2026-06-10");

    private static List<CountClaim> ar(String text) {
        return ShippedRules.counts(text, Language.AR, PUBLISHED);
    }

    private static List<CountClaim> en(String text) {
        return ShippedRules.counts(text, Language.EN, PUBLISHED);
    }

    @Test
    void definiteTensAfterAPassedTollAreMoreThanTheFigure() {
        assertThat(ar("وذكرت لجنة محامين أن عدد الموقوفين تجاوز الأربعين منذ بدء الاحتجاجات.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.ARRESTED);
            assertThat(c.count().min()).isEqualTo(41L);
        });
        assertThat(ar("وأفادت مصادر طبية بأن عدد القتلى تخطى الخمسين شخصاً.")).singleElement()
                .satisfies(c -> assertThat(c.count().min()).isEqualTo(51L));
        assertThat(ar("وقال ناشطون إن عدد المعتقلين بلغ السبعين.")).singleElement()
                .satisfies(c -> assertThat(c.count().value()).isEqualTo(70L));
    }

    @Test
    void definiteTensWithNoTollAreNoCount() {
        assertThat(ar("وقُتل رجل تجاوز الستين من عمره في القصف.")).noneMatch(c -> c.count().min() != null && c.count().min() == 61L);
        assertThat(ar("واحتفلت المدينة بالذكرى الستين لتأسيسها.")).isEmpty();
    }

    @Test
    void passedBeforeDigitsIsMoreThanTheFigure() {
        assertThat(en("Lawyers said the number of people detained since the protests began had passed 80.")).singleElement()
                .satisfies(c -> assertThat(c.count().min()).isEqualTo(81L));
    }

    @Test
    void aBareNumberOfAPartWithAClauseOnItIsAPart() {
        List<CountClaim> verb = ar("واعتقلت قوات الأمن ١٨ شخصاً، بينهم أربعة شاركوا في إحراق المبنى.");
        assertThat(verb).anySatisfy(c -> {
            assertThat(c.count().value()).isEqualTo(4L);
            assertThat(c.partOf()).isNotNull();
        });
        List<CountClaim> belief = ar("وأوقفت الشرطة ٢٠ مشتبهاً به، بينهم خمسة يُشتبه في أنهم خططوا للهجوم.");
        assertThat(belief).anySatisfy(c -> {
            assertThat(c.count().value()).isEqualTo(5L);
            assertThat(c.partOf()).isNotNull();
        });
        List<CountClaim> english = en("Soldiers detained 16 men, including three believed to have smuggled the weapons across the border.");
        assertThat(english).anySatisfy(c -> {
            assertThat(c.count().value()).isEqualTo(3L);
            assertThat(c.partOf()).isNotNull();
        });
    }

    @Test
    void aNamedPartStaysNamed() {
        assertThat(ar("واعتقلت القوات ١٥ شخصاً، بينهم ثلاثة قياديين في التنظيم.")).anySatisfy(c -> {
            assertThat(c.count().value()).isEqualTo(3L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.MILITANTS);
        });
        assertThat(ar("وقتل سبعة أشخاص، بينهم اثنان كانا في طريقهما إلى المدرسة.")).anySatisfy(c -> {
            assertThat(c.count().value()).isEqualTo(2L);
            assertThat(c.partOf()).isNotNull();
        });
    }
}
