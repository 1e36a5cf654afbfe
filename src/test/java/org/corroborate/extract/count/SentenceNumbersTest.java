package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.Span;
import org.corroborate.extract.number.NumberRecognizer;
import org.corroborate.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * Each sentence reads only the numbers that start within it when the text's numbers come sorted by their start
 * ({@link CountClaimFinder#byStart}, {@link SentenceReader#firstStartingAt}), and finds what it found going over all of them.
 */
class SentenceNumbersTest {

    private static Mention at(int start, int end) {
        return new NumberMention("n", new Span(start, end), BigDecimal.ONE, null, null, false, null);
    }

    @Test
    void theFirstNumberStartingAtAnIndexIsFoundAmongTiesAndAtTheEnds() {
        List<Mention> numbers = List.of(at(3, 5), at(3, 4), at(8, 9), at(12, 20), at(12, 13), at(30, 31));
        assertThat(SentenceReader.firstStartingAt(numbers, 0)).isZero();
        assertThat(SentenceReader.firstStartingAt(numbers, 3)).isZero();
        assertThat(SentenceReader.firstStartingAt(numbers, 4)).isEqualTo(2);
        assertThat(SentenceReader.firstStartingAt(numbers, 12)).isEqualTo(3);
        assertThat(SentenceReader.firstStartingAt(numbers, 13)).isEqualTo(5);
        assertThat(SentenceReader.firstStartingAt(numbers, 31)).isEqualTo(6);
        assertThat(SentenceReader.firstStartingAt(List.of(), 7)).isZero();
    }

    @Test
    void numbersOutOfOrderAreToldFromSortedOnes() {
        assertThat(CountClaimFinder.byStart(List.of(at(3, 5), at(3, 4), at(8, 9)))).isTrue();
        assertThat(CountClaimFinder.byStart(List.of())).isTrue();
        assertThat(CountClaimFinder.byStart(List.of(at(8, 9), at(3, 5)))).isFalse();
    }

    @Test
    void sentencesFindTheSameCountsFromSortedNumbersAsFromShuffledOnes() {
        String en = "Police arrested 12 people on Monday. Three officers were wounded in the clashes, and two protesters "
                + "were killed. Later, 40 more were detained in the north, among them five minors.";
        String ar = "اعتقلت الشرطة 12 شخصا يوم الاثنين. وأصيب ثلاثة عناصر من الأمن في المواجهات، وقتل متظاهران. "
                + "واحتجزت السلطات لاحقا 40 آخرين في الشمال، بينهم خمسة قاصرين.";
        for (Language language : List.of(Language.EN, Language.AR)) {
            String text = language == Language.EN ? en : ar;
            CountClaimFinder finder = CountClaimFinder.of(CountRuleExamplesTest.PACKS, language,
                    Gazetteer.of(CountRuleExamplesTest.PACKS));
            List<Mention> sorted = NumberRecognizer.of(CountRuleExamplesTest.PACKS, language).find(text);
            assertThat(CountClaimFinder.byStart(sorted)).isTrue();
            List<Mention> shuffled = new ArrayList<>(sorted);
            Collections.reverse(shuffled);
            assertThat(CountClaimFinder.byStart(shuffled)).isFalse();
            List<CountClaim> fromSorted = finder.find(text, sorted, List.of());
            // the shuffled list is gone over whole in every sentence: each sentence's numbers in the order it reads them
            // differ, so the claims are compared as sets of what they count
            List<CountClaim> fromShuffled = finder.find(text, shuffled, List.of());
            assertThat(fromSorted).as(language.code()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(fromSorted).extracting(CountClaim::span).containsExactlyInAnyOrderElementsOf(
                    fromShuffled.stream().map(CountClaim::span).toList());
            assertThat(fromSorted).extracting(c -> c.count().value()).containsExactlyInAnyOrderElementsOf(
                    fromShuffled.stream().map(c -> c.count().value()).toList());
        }
    }
}
