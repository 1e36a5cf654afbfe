package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * An arrest told of people counted before it in the sentence by a pronoun on the arrest word: a court story counts the
 * defendants, then says when the police held them («بحق 5 متهمين …، بعد أن ضبطتهم الأجهزة الأمنية»). The count is the
 * defendants', the date the arrest's, and that date is no stray date claim of its own. A definite noun in a later
 * sentence («ألقت القبض على المتهمين») makes no new count (dev12's M11, dev21's B7): the writers are split on it.
 */
class ResumedArrestTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();
    /** Wednesday 14 October 2026. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 10, 14);

    @Test
    void aDefiniteNounInALaterSentenceMakesNoNewCountAndItsDateStaysADateClaim() {
        String text = "قضت محكمة الجنايات في الإسكندرية، الثلاثاء، بالسجن المشدد على ستة متهمين في قضية تزوير محررات رسمية."
                + " وكانت مباحث الأموال العامة قد ألقت القبض على المتهمين في أيار/مايو الماضي.";
        assertThat(ShippedRules.counts(text, Language.AR, PUBLISHED)).isEmpty();
        assertThat(dateClaimDays(text)).containsExactly(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 5, 1));
    }

    @Test
    void aPronounOnTheArrestVerbTakesBackTheGroupCountedBeforeItInTheSentence() {
        String text = "أصدرت المحكمة العسكرية أحكاماً بحق 7 متهمين بتهريب الوقود، بعد أن ضبطتهم قوات خفر السواحل في آب الماضي.";
        assertThat(ShippedRules.counts(text, Language.AR, PUBLISHED))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.date().start())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 7L, LocalDate.of(2026, 8, 1)));
    }

    @Test
    void aPronounOnThePrepositionOfTheArrestPhraseTakesBackTheGroupBeforeIt() {
        String text = "ويمثل أمام المحكمة 13 متهماً، كانت قوات الدرك قد ألقت القبض عليهم في شهر حزيران الماضي.";
        assertThat(ShippedRules.counts(text, Language.AR, PUBLISHED))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.date().start())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 13L, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void thePronounOfPeopleTrappedOrAThingTakesNothingBack() {
        // no arresting body holds them: the flood trapped the people rescued
        assertThat(ShippedRules.counts("وتمكنت فرق الدفاع المدني من إنقاذ 40 شخصاً احتجزتهم السيول داخل سياراتهم.",
                Language.AR, PUBLISHED)).extracting(CountClaim::action).doesNotContain(CountClaim.Action.ARRESTED);
        // the pronoun on a seizure of goods, the count before of tonnes
        assertThat(ShippedRules.counts("صادرت الجمارك ثلاثة أطنان من السجائر بعد أن ضبطتها في ميناء العقبة.", Language.AR, PUBLISHED))
                .isEmpty();
    }

    @Test
    void aGroupWithAnArrestOfItsOwnIsNotTakenTwice() {
        String text = "اعتقلت الشرطة أربعة شبان في السوق، ثم أفرجت عن اثنين منهم بعد أن استجوبتهم.";
        assertThat(ShippedRules.counts(text, Language.AR, PUBLISHED)).extracting(c -> c.count().value()).containsExactly(4L);
    }

    private static List<LocalDate> dateClaimDays(String text) {
        return EXTRACTOR.extract(text, Language.AR, PUBLISHED).stream().filter(DateClaim.class::isInstance)
                .map(c -> ((DateClaim) c).date().start()).toList();
    }
}
