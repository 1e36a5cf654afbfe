package org.corroborate.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.corroborate.api.DurationMention;
import org.corroborate.api.Grain;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.OrdinalMention;
import org.corroborate.api.Span;
import org.junit.jupiter.api.Test;

class NumberRecognizerTest {
    private final NumberRecognizer arabic = Recognizers.of(Language.AR);
    private final NumberRecognizer english = Recognizers.of(Language.EN);

    private static List<NumberMention> numbers(List<Mention> mentions) {
        return mentions.stream().filter(NumberMention.class::isInstance).map(NumberMention.class::cast).toList();
    }

    private static NumberMention onlyNumber(NumberRecognizer recognizer, String text) {
        List<NumberMention> numbers = numbers(recognizer.find(text));
        assertThat(numbers).as("numbers in %s", text).hasSize(1);
        return numbers.get(0);
    }

    @Test
    void readsDualFormAsTwo() {
        NumberMention n = onlyNumber(arabic, "قتل جنديان في الهجوم");
        assertThat(n.text()).isEqualTo("جنديان");
        assertThat(n.value()).isEqualByComparingTo("2");
    }

    @Test
    void doesNotReadPlaceNamesEndingLikeADualAsTwo() {
        assertThat(arabic.find("زار الوزير فلسطين والبحرين وعمان ولبنان")).isEmpty();
    }

    @Test
    void readsMondayAsAWeekdayNotAsTwo() {
        assertThat(numbers(arabic.find("اجتمع المجلس يوم الاثنين"))).isEmpty();
    }

    @Test
    void readsCompoundWithUnitsBeforeTens() {
        assertThat(onlyNumber(arabic, "أصيب خمسة وعشرون شخصا").value()).isEqualByComparingTo("25");
    }

    @Test
    void readsHundredsThenUnitsThenTens() {
        assertThat(onlyNumber(arabic, "اعتقلت الشرطة ثلاثمائة وخمسة وعشرين متظاهرا").value()).isEqualByComparingTo("325");
    }

    @Test
    void keepsTheCliticInsideTheSpan() {
        NumberMention n = onlyNumber(arabic, "حكم عليه بخمسة أعوام");
        assertThat(n.text()).isEqualTo("بخمسة");
        assertThat(n.value()).isEqualByComparingTo("5");
    }

    @Test
    void reportsSpansInTheOriginalTextWithItsHarakatAndDigits() {
        String text = "قُتِلَ ١٢ مدنياً";
        NumberMention n = onlyNumber(arabic, text);
        assertThat(n.span()).isEqualTo(new Span(7, 9));
        assertThat(n.text()).isEqualTo("١٢");
    }

    @Test
    void readsDigitsThroughBidiControls() {
        assertThat(onlyNumber(arabic, "بلغ عدد الضحايا \u202A1,250\u202C شخصا").value()).isEqualByComparingTo("1250");
    }

    @Test
    void readsMoreThanAsAtLeastOneMore() {
        NumberMention n = onlyNumber(arabic, "قتل أكثر من 50 شخصا");
        assertThat(n.text()).isEqualTo("أكثر من 50");
        assertThat(n.min()).isEqualByComparingTo("51");
        assertThat(n.value()).isNull();
        assertThat(n.max()).isNull();
    }

    @Test
    void readsAboutAsApproximateValue() {
        NumberMention n = onlyNumber(arabic, "نزح نحو ثلاثة آلاف شخص");
        assertThat(n.value()).isEqualByComparingTo("3000");
        assertThat(n.approximate()).isTrue();
    }

    @Test
    void readsAtLeastAsMinimum() {
        NumberMention n = onlyNumber(arabic, "قتل ما لا يقل عن 12 شخصا");
        assertThat(n.min()).isEqualByComparingTo("12");
        assertThat(n.approximate()).isFalse();
    }

    @Test
    void readsAtLeastWrittenAfterTheCountedNoun() {
        NumberMention n = onlyNumber(arabic, "قتل 12 شخصا على الأقل في الغارة");
        assertThat(n.text()).isEqualTo("12 شخصا على الأقل");
        assertThat(n.min()).isEqualByComparingTo("12");
    }

    @Test
    void readsUpToAsMaximum() {
        NumberMention n = onlyNumber(english, "The storm could displace up to 200 families");
        assertThat(n.max()).isEqualByComparingTo("200");
        assertThat(n.value()).isNull();
    }

    @Test
    void readsNearlyAsApproximateValueAndMaximum() {
        NumberMention n = onlyNumber(english, "nearly 100 people were hurt");
        assertThat(n.value()).isEqualByComparingTo("100");
        assertThat(n.max()).isEqualByComparingTo("100");
        assertThat(n.approximate()).isTrue();
    }

    @Test
    void readsVagueTensAsApproximateRange() {
        NumberMention n = onlyNumber(arabic, "أصيب العشرات في المواجهات");
        assertThat(n.min()).isEqualByComparingTo("20");
        assertThat(n.max()).isEqualByComparingTo("99");
        assertThat(n.approximate()).isTrue();
    }

    @Test
    void readsADatelineDashBeforeANumberAsNoMinusSign() {
        NumberMention n = onlyNumber(english, "MANILA (Reuters) - Twenty-three people were killed");
        assertThat(n.value()).isEqualByComparingTo("23");
        assertThat(onlyNumber(english, "the reading fell to -5 overnight").value()).isEqualByComparingTo("-5");
    }

    @Test
    void readsADozenAsExactTwelve() {
        NumberMention n = onlyNumber(english, "a dozen soldiers were captured");
        assertThat(n.value()).isEqualByComparingTo("12");
        assertThat(n.approximate()).isFalse();
    }

    @Test
    void readsDozensAsApproximateRange() {
        NumberMention n = onlyNumber(english, "dozens of people were detained");
        assertThat(n.value()).isNull();
        assertThat(n.min()).isEqualByComparingTo("24");
        assertThat(n.approximate()).isTrue();
    }

    @Test
    void readsEnglishWordsWithAnd() {
        assertThat(onlyNumber(english, "two hundred and fifty protesters").value()).isEqualByComparingTo("250");
    }

    @Test
    void readsDecimalWithScaleWord() {
        assertThat(onlyNumber(english, "1.2 million refugees").value()).isEqualByComparingTo("1200000");
    }

    @Test
    void readsArabicIndicDigitsWithArabicSeparators() {
        assertThat(onlyNumber(arabic, "بلغت الخسائر ١٬٢٠٠٫٥ مليون دولار").value()).isEqualByComparingTo("1200500000");
    }

    @Test
    void keepsTwoNumbersApartWhenTheyCannotCombine() {
        assertThat(numbers(english.find("three and five"))).extracting(NumberMention::value)
                .containsExactly(BigDecimal.valueOf(3), BigDecimal.valueOf(5));
    }

    @Test
    void readsDurationWithItsUnitAndIso() {
        List<Mention> found = arabic.find("سجن عشر سنوات");
        assertThat(found).filteredOn(DurationMention.class::isInstance).singleElement().satisfies(m -> {
            DurationMention d = (DurationMention) m;
            assertThat(d.text()).isEqualTo("عشر سنوات");
            assertThat(d.unit()).isEqualTo(Grain.YEAR);
            assertThat(d.iso()).isEqualTo("P10Y");
        });
    }

    @Test
    void readsDualDayAsTwoDayDurationInsideARelativeDate() {
        assertThat(arabic.find("وصل منذ يومين")).filteredOn(DurationMention.class::isInstance)
                .singleElement().extracting(m -> ((DurationMention) m).iso()).isEqualTo("P2D");
    }

    @Test
    void readsAHalfJoinedOntoADurationAsPartOfIt() {
        List<Mention> found = arabic.find("قضى ثلاث سنوات ونصف في السجن");
        assertThat(found).filteredOn(DurationMention.class::isInstance).singleElement()
                .extracting(m -> ((DurationMention) m).iso()).isEqualTo("P3.5Y");
        assertThat(numbers(found)).extracting(NumberMention::text).containsExactly("ثلاث");
    }

    @Test
    void readsEnglishDurationAfterAWordNumber() {
        assertThat(english.find("held for three weeks")).filteredOn(DurationMention.class::isInstance)
                .singleElement().extracting(m -> ((DurationMention) m).iso()).isEqualTo("P3W");
    }

    @Test
    void readsArabicCompoundOrdinal() {
        assertThat(arabic.find("للمرة الحادية عشرة")).filteredOn(OrdinalMention.class::isInstance)
                .singleElement().extracting(m -> ((OrdinalMention) m).value()).isEqualTo(11L);
    }

    @Test
    void doesNotReportTheCardinalInsideACompoundOrdinal() {
        assertThat(numbers(arabic.find("في اليوم الحادي عشر"))).isEmpty();
    }

    @Test
    void readsEnglishOrdinalWithDigits() {
        assertThat(english.find("the 21st century")).filteredOn(OrdinalMention.class::isInstance)
                .singleElement().extracting(m -> ((OrdinalMention) m).value()).isEqualTo(21L);
        assertThat(numbers(english.find("the 21st century"))).isEmpty();
    }

    @Test
    void doesNotReadDigitsRunIntoAUnitAsANumber() {
        assertThat(english.find("a 180ml bottle")).isEmpty();
    }

    @Test
    void readsNumbersInAnIpAddressSeparately() {
        assertThat(numbers(english.find("192.168.1.2"))).extracting(NumberMention::text)
                .containsExactly("192", "168", "1", "2");
    }

    @Test
    void readsPerCentAsPartOfTheNumberNotAsAHundred() {
        NumberMention n = onlyNumber(arabic, "ارتفعت البطالة إلى عشرين في المئة");
        assertThat(n.text()).isEqualTo("عشرين في المئة");
        assertThat(n.value()).isEqualByComparingTo("20");
    }

    @Test
    void readsConstructDualOfHundredBeforeAScale() {
        assertThat(onlyNumber(arabic, "خصصت الحكومة مئتي مليون دولار").value()).isEqualByComparingTo("200000000");
    }

    @Test
    void readsDigitsWrittenOntoTheArabicNounAfterThem() {
        NumberMention n = onlyNumber(arabic, "حكم ببراءة 16امرأة");
        assertThat(n.text()).isEqualTo("16");
        assertThat(n.value()).isEqualByComparingTo("16");
    }

    @Test
    void keepsTwoDigitNumbersJoinedByAndApartWithoutAScale() {
        assertThat(numbers(arabic.find("قتل 20 وجرح 30 شخصا"))).extracting(NumberMention::text).containsExactly("20", "30");
        assertThat(numbers(arabic.find("عاد 20 و30 غادروا"))).extracting(NumberMention::text).containsExactly("20", "و30");
    }

    @Test
    void readsBetweenTwoNumbersAsOneRange() {
        NumberMention n = onlyNumber(arabic, "بين 20 و30 شخصا");
        assertThat(n.text()).isEqualTo("بين 20 و30");
        assertThat(n.min()).isEqualByComparingTo("20");
        assertThat(n.max()).isEqualByComparingTo("30");
        assertThat(n.approximate()).isFalse();
    }

    @Test
    void sortsMentionsBySpan() {
        List<Mention> found = arabic.find("قتل 5 وأصيب 12 خلال يومين");
        assertThat(found).extracting(m -> m.span().start()).isSorted();
    }
}
