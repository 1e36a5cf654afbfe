package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;

/** {@link Words} tries its pattern only where a match may begin; it must answer what a plain {@code find} answers. */
class WordsTest {
    private static final RulePacks PACKS = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);

    private static String article(Language language) throws IOException {
        try (InputStream in = WordsTest.class.getClassLoader()
                .getResourceAsStream("bench/article-" + language.code() + ".txt")) {
            return DateGrammar.NORMALIZER.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8)).normalized();
        }
    }

    /** Where the last of successive {@code find}s ends, -1 when none: what {@link Words#lastEnd} answers. */
    private static int lastEnd(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    @Test
    void everyListOfThePacksAnswersAsAPlainFindOverWindowsOfTheArticles() throws IOException {
        for (Language language : List.of(Language.EN, Language.AR)) {
            List<DateRuleFile> scope = PACKS.forLanguage(language, DateRuleFile.class);
            boolean foldCase = DateGrammar.ignoresCase(language);
            String text = article(language);
            int found = 0;
            int withStarts = 0;
            int alone = 0;
            for (DateWordList list : DateWordList.values()) {
                Pattern pattern = list.pattern(scope, language);
                if (pattern == null) {
                    continue;
                }
                Words words = Words.of(pattern, foldCase);
                withStarts += words.starts() != null ? 1 : 0;
                alone += Words.Starts.split(pattern.pattern()) != null ? 1 : 0;
                for (String t : List.of(text, text.toUpperCase(java.util.Locale.ROOT))) {
                    for (int from = 0; from < t.length(); from += 7) {
                        String window = t.substring(from, Math.min(t.length(), from + 120));
                        boolean finds = pattern.matcher(window).find();
                        found += finds ? 1 : 0;
                        assertThat(words.foundIn(window)).as("%s %s at %d", language, list, from).isEqualTo(finds);
                        assertThat(words.lastEnd(window)).as("%s %s at %d", language, list, from).isEqualTo(lastEnd(pattern, window));
                    }
                }
            }
            assertThat(withStarts).as("lists tried from their needles' places, %s", language).isGreaterThan(10);
            assertThat(alone).as("lists whose entries are tried alone, %s", language).isGreaterThan(8);
            assertThat(found).as("windows a list is found in, %s", language).isGreaterThan(50);
        }
    }

    @Test
    void aMatchIsSoughtWithinItsNeedlesReachAndNotRightAfterALetter() {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:said(?: (?:on|late on))? ?$)|(?:born(?: [a-z]{2,12}){0,2} on ?$))(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
        Words words = Words.of(pattern, true);
        assertThat(words.starts()).isNotNull();
        assertThat(words.foundIn("the ministry said late on ")).isTrue();
        assertThat(words.foundIn("the ministry SAID on")).isTrue();
        assertThat(words.foundIn("the ministry unsaid on")).isFalse(); // right after a letter
        assertThat(words.foundIn("the ministry said it would act on")).isFalse(); // "said" not closing the text
        assertThat(words.foundIn("the singer, born in Cairo on ")).isTrue();
        assertThat(words.lastEnd("she said, and he said on")).isEqualTo(24);
        assertThat(words.lastEnd("she said, and he spoke on")).isEqualTo(-1);
    }

    @Test
    void aListOfWholeWordsIsSplitIntoItsEntriesEachAloneAndFoundAsTheWholeIs() {
        String pattern = "(?<![\\p{L}\\p{N}])(?:و)?(?:(?:born(?: [a-z|]{2,12})? on)|(?:forecast(?:s|ed)?)|(?:[|(]a\\|b\\))|(?:due (?:to|for)))(?![\\p{L}\\p{N}])";
        assertThat(Words.Starts.split(pattern)).containsExactly(
                "(?<![\\p{L}\\p{N}])(?:و)?(?:(?:born(?: [a-z|]{2,12})? on))(?![\\p{L}\\p{N}])",
                "(?<![\\p{L}\\p{N}])(?:و)?(?:(?:forecast(?:s|ed)?))(?![\\p{L}\\p{N}])",
                "(?<![\\p{L}\\p{N}])(?:و)?(?:(?:[|(]a\\|b\\)))(?![\\p{L}\\p{N}])",
                "(?<![\\p{L}\\p{N}])(?:و)?(?:(?:due (?:to|for)))(?![\\p{L}\\p{N}])");
        assertThat(Words.Starts.split("(?<![\\p{L}\\p{N}])(?:said|told)$")).isNull(); // no whole-word close
        assertThat(Words.Starts.split("(?<![\\p{L}\\p{N}])(?:(a)\\1|b)(?![\\p{L}\\p{N}])")).isNull(); // a back reference
        Words words = Words.of(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), true);
        assertThat(words.foundIn("The novelist, born there on")).isTrue();
        assertThat(words.foundIn("Forecasters FORECAST rain")).isTrue();
        assertThat(words.foundIn("Forecasters warned of rain")).isFalse(); // "forecast" inside a longer word
        assertThat(words.foundIn("the payment fell due for")).isTrue();
        assertThat(words.foundIn("the payment fell overdue")).isFalse();
        assertThat(words.foundIn("ووdue to")).isFalse(); // right after a letter
        assertThat(words.lastEnd("rain was forecast, and snow is forecasts away")).isEqualTo(40);
        assertThat(words.lastEnd("rain was forecast, and snow is overdue")).isEqualTo(17);
        assertThat(words.lastEnd("the storm was unforecast")).isEqualTo(-1);
    }
}
