package org.corroborate.extract.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.junit.jupiter.api.Test;

/**
 * Hostile input must take bounded time: the tokeniser is one linear pass and the digit pattern
 * is only tried at the first digit of a run, with possessive quantifiers, so nothing backtracks
 * catastrophically. Bounds are generous (10 s on 2 cores); a quadratic pattern blows through them.
 */
class HostileTextTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final int MB = 1 << 20;

    private static List<Mention> findWithin(Language language, String text) {
        return assertTimeoutPreemptively(BOUND, () -> Recognizers.of(language).find(text));
    }

    @Test
    void readsTenMegabytesOfArabicNewsInBoundedTime() {
        String sentence = "قتل أكثر من 50 شخصا وأصيب نحو ثلاثمائة وخمسة وعشرين آخرون خلال عشر سنوات، ونزح عشرات الآلاف. ";
        int times = 10 * MB / sentence.length();
        List<Mention> found = findWithin(Language.AR, sentence.repeat(times));
        assertThat(found).as("as many mentions as in the sentence alone, times the repeats: long texts are read in"
                + " segments that never cut a number").hasSize(times * Recognizers.of(Language.AR).find(sentence).size());
    }

    @Test
    void readsTenMegabytesOfEnglishNewsInBoundedTime() {
        String sentence = "At least 12 people, including two hundred and fifty-one pupils, were held for three weeks. ";
        String text = sentence.repeat(10 * MB / sentence.length());
        assertThat(findWithin(Language.EN, text)).isNotEmpty();
    }

    @Test
    void readsAMegabyteLineWithoutSpacesInBoundedTime() {
        String text = "خمسةوعشرون".repeat(MB / 10) + "x1,2".repeat(MB / 4);
        findWithin(Language.AR, text);
        findWithin(Language.EN, text);
    }

    @Test
    void readsTenThousandDigitsInARowAsOneNumber() {
        String text = "7".repeat(10_000);
        List<Mention> found = findWithin(Language.EN, text);
        assertThat(found).singleElement().satisfies(m -> assertThat(m.span().length()).isEqualTo(10_000));
    }

    @Test
    void readsAMegabyteOfDigitGroupsAndDotsInBoundedTime() {
        findWithin(Language.EN, "1,234,".repeat(MB / 6));
        findWithin(Language.AR, "1.2.3.".repeat(MB / 6));
        findWithin(Language.AR, "1 000 ".repeat(MB / 6) + "1e999999999");
    }

    @Test
    void readsTextFullOfMixedDirectionControlsInBoundedTime() {
        String text = "\u202B١٢\u202C\u200F \u2067twenty\u2069-\u200Eone\u202E ألف\u202C ".repeat(MB / 16);
        List<Mention> found = findWithin(Language.AR, text);
        assertThat(found).isNotEmpty();
        findWithin(Language.EN, text);
    }
}
