package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * Rule 4 of dev as written: only a reported statement whose <em>whole content</em> is a count is the count's
 * sourcing. A statement with a count and a clause of its own (another event, a judgement, a warning, a second
 * reported clause) is a quote claim as well as the count claim; a date, a place, a cause of death or a detail of the
 * same count is no clause of its own. A count's sourcing is a quote marked {@code sourcing} (team decision of
 * 2026-11-30, third): {@link #quotes} are the plain ones.
 */
class MoreThanTheCountTest {
    private static final ClaimExtractor EXTRACTOR =
            ShippedRules.extractor();

    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, language, LocalDate.parse("2026-03-12"));
    }

    private static List<String> quotes(String text, Language language) {
        return claims(text, language).stream().filter(c -> c instanceof QuoteClaim q && !q.sourcing())
                .map(c -> ((QuoteClaim) c).quote()).toList();
    }

    private static long counts(String text, Language language) {
        return claims(text, language).stream().filter(CountClaim.class::isInstance).count();
    }

    @Test
    void aCountWithAnotherPredicateIsAQuoteAndACount() {
        String text = "A police spokesman said 43 people had been detained and would be charged with unlawful assembly.";
        assertThat(quotes(text, Language.EN)).containsExactly("43 people had been detained and would be charged with unlawful assembly");
        assertThat(counts(text, Language.EN)).isEqualTo(1);
    }

    @Test
    void anotherEventBeforeTheCountIsMore() {
        String text = "The rebels said they had seized a cargo ship in the Red Sea and detained its 22 crew members.";
        assertThat(quotes(text, Language.EN)).containsExactly("they had seized a cargo ship in the Red Sea and detained its 22 crew members");
        assertThat(counts(text, Language.EN)).isEqualTo(1);
    }

    @Test
    void aSecondReportedClauseIsMore() {
        String text = "Police said five people were killed and that the attackers fled towards the border.";
        assertThat(quotes(text, Language.EN)).containsExactly("the attackers fled towards the border");
        assertThat(counts(text, Language.EN)).isEqualTo(1);
    }

    @Test
    void aCountWithItsPlaceTimeOrCauseIsOnlyTheCount() {
        assertThat(quotes("Police said five people were killed in the attack on Monday.", Language.EN)).isEmpty();
        assertThat(quotes("The ministry said 12 people were killed and 40 wounded in the strike on the market.", Language.EN)).isEmpty();
        assertThat(quotes("Officials said at least 14 people were killed when a bus plunged into a river.", Language.EN)).isEmpty();
        assertThat(quotes("Rescue teams had recovered 46 bodies by Monday afternoon, a spokesman said.", Language.EN)).isEmpty();
        assertThat(quotes("The interior ministry said it had detained five fighters who had violated the truce overnight.", Language.EN)).isEmpty();
    }

    @Test
    void inArabicAParticipleOfSpeechAfterTheCountIsAQuote() {
        String text = "وقال المتحدث باسم الجيش إن ثلاثة جنود قتلوا، مؤكداً أن الجيش سيواصل عملياته في المنطقة.";
        assertThat(quotes(text, Language.AR)).containsExactly("الجيش سيواصل عملياته في المنطقة");
        assertThat(counts(text, Language.AR)).isEqualTo(1);
    }

    @Test
    void inArabicASecondThatClauseOrThenIsMore() {
        assertThat(quotes("وقالت الوزارة إن 12 شخصاً قتلوا في الغارة، وإن الهجوم يمثل خرقاً واضحاً للهدنة.", Language.AR))
                .containsExactly("12 شخصاً قتلوا في الغارة، وإن الهجوم يمثل خرقاً واضحاً للهدنة");
        assertThat(quotes("وقال مصدر أمني إن مسلحين قتلوا ثلاثة جنود ثم لاذوا بالفرار إلى جهة مجهولة.", Language.AR))
                .containsExactly("مسلحين قتلوا ثلاثة جنود ثم لاذوا بالفرار إلى جهة مجهولة");
    }

    @Test
    void inArabicACountWithItsPlaceOrADetailOfItIsOnlyTheCount() {
        assertThat(quotes("وقالت الوزارة إن 12 شخصاً قتلوا وأصيب 30 آخرون في الغارة على السوق.", Language.AR)).isEmpty();
        assertThat(quotes("وأعلن الجيش مقتل خمسة مسلحين واعتقال ثلاثة آخرين في عملية أمنية شمالي البلاد.", Language.AR)).isEmpty();
        assertThat(quotes("وأعلنت هيئة النزاهة ضبط موظفَين في دائرة التسجيل العقاري، مشيرة إلى أن عملية الضبط جرت يوم الخميس الماضي.",
                Language.AR)).isEmpty();
    }

    @Test
    void wordsAfterACountsSourcingAreAStatementOnlyWhenANewOneOpens() {
        assertThat(quotes("وأعلنت مصالح الدرك الوطني توقيف ثلاثة أشخاص مساء أمس قرب أقبو، مشيرة إلى أن التحقيقات ما زالت جارية لتحديد دوافعهم.",
                Language.AR)).containsExactly("التحقيقات ما زالت جارية لتحديد دوافعهم");
        assertThat(quotes("أفادت مصادر عسكرية سورية بمقتل 11 جندياً في كمين نصبه مسلحون يُعتقد أنهم من تنظيم داعش شرق مدينة تدمر.",
                Language.AR)).isEmpty();
    }

    @Test
    void aCountThatIsTheSubjectOfAnotherVerbIsMore() {
        // own sentences: the count's noun phrase shocked or sparked something; the statement says more than the count
        assertThat(quotes("He said the murder of two children shocked the town.", Language.EN))
                .containsExactly("the murder of two children shocked the town");
        assertThat(quotes("He said the killing of five protesters sparked outrage.", Language.EN))
                .containsExactly("the killing of five protesters sparked outrage");
    }
}
