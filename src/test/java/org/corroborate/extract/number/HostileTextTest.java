package org.corroborate.extract.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.junit.jupiter.api.Test;

/**
 * Hostile input must take bounded time: the tokeniser is one linear pass and the digit pattern
 * is only tried at the first digit of a run, with possessive quantifiers, so nothing backtracks
 * catastrophically. Bounds are generous (30 s on 2 cores); a catastrophic pattern blows through them.
 */
class HostileTextTest {
    // Catastrophic backtracking on these inputs takes hours, not seconds; 30 s stays a proof of
    // linear behaviour while leaving room for a loaded 2-core CI machine (a typical run: 1-3 s).
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final int MB = 1 << 20;

    private static List<Mention> findWithin(Language language, String text) {
        return assertTimeoutPreemptively(BOUND, () -> Recognizers.of(language).find(text));
    }

    @Test
    void readsTenMegabytesOfArabicNewsInBoundedTime() throws IOException {
        String article = resource("bench/article-ar.txt");
        int times = 10 * MB / article.length();
        List<Mention> found = findWithin(Language.AR, article.repeat(times));
        assertThat(found).as("as many mentions as in the article alone, times the repeats: long texts are read in"
                + " segments that never cut a number").hasSize(times * Recognizers.of(Language.AR).find(article).size());
    }

    @Test
    void readsTenMegabytesOfEnglishNewsInBoundedTime() throws IOException {
        String article = resource("bench/article-en.txt");
        int times = 10 * MB / article.length();
        List<Mention> found = findWithin(Language.EN, article.repeat(times));
        assertThat(found).hasSize(times * Recognizers.of(Language.EN).find(article).size());
    }

    @Test
    void readsAMegabyteOfNumbersWithoutLineBreaksInBoundedTime() {
        String sentence = "قتل أكثر من 50 شخصا وأصيب نحو ثلاثمائة وخمسة وعشرين آخرون خلال عشر سنوات، ونزح عشرات الآلاف. ";
        int times = MB / sentence.length();
        List<Mention> found = findWithin(Language.AR, sentence.repeat(times));
        assertThat(found).hasSize(times * Recognizers.of(Language.AR).find(sentence).size());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HostileTextTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsAMegabyteLineWithoutSpacesInBoundedTime() {
        String text = "خمسةوعشرون".repeat(MB / 10) + "x1,2".repeat(MB / 4);
        findWithin(Language.AR, text);
        findWithin(Language.EN, text);
    }

    @Test
    void readsTenThousandDigitsInARowAsNoNumberInBoundedTime() {
        assertThat(findWithin(Language.EN, "7".repeat(10_000))).isEmpty();
    }

    @Test
    void readsAMegabyteOfArabicIndicDigitsInARowAsNoNumberInBoundedTime() {
        assertThat(findWithin(Language.AR, "\u0663\u0664\u0665".repeat(MB / 3))).isEmpty();
    }

    @Test
    void stillReadsSixtyFourDigitsAsANumber() {
        assertThat(findWithin(Language.EN, "9".repeat(64))).singleElement()
                .satisfies(m -> assertThat(m.span().length()).isEqualTo(64));
    }

    @Test
    void readsAMegabyteOfDigitGroupsAndDotsInBoundedTime() {
        findWithin(Language.EN, "1,234,".repeat(MB / 6));
        findWithin(Language.AR, "1.2.3.".repeat(MB / 6));
        findWithin(Language.AR, "1 000 ".repeat(MB / 6) + "1e999999999");
    }

    @Test
    void readsAMegabyteOfNumberWordsThatNeverEndInBoundedTime() {
        findWithin(Language.EN, "one and a half of a twenty-first - minus (5 (".repeat(MB / 44));
        findWithin(Language.AR, "مليون وألف و ونصف وعشرات الآلاف نحو أكثر من ".repeat(MB / 44));
        findWithin(Language.AR, "1/2/".repeat(MB / 4) + "5^-".repeat(MB / 3));
    }

    @Test
    void readsTextFullOfMixedDirectionControlsInBoundedTime() {
        String text = "\u202B١٢\u202C\u200F \u2067twenty\u2069-\u200Eone\u202E ألف\u202C ".repeat(MB / 16);
        List<Mention> found = findWithin(Language.AR, text);
        assertThat(found).isNotEmpty();
        findWithin(Language.EN, text);
    }
}
