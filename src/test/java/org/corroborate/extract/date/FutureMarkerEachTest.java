package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;

/**
 * The future markers are tried one by one where their own needles lie within reach ({@link DateGrammar#futureMarkerEach}):
 * at every place, and within every region, one of them must match exactly where the alternation of them all does.
 */
class FutureMarkerEachTest {
    private static final RulePacks PACKS = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19); // a Friday

    private static String article(Language language) throws IOException {
        try (InputStream in = FutureMarkerEachTest.class.getClassLoader()
                .getResourceAsStream("bench/article-" + language.code() + ".txt")) {
            return DateGrammar.NORMALIZER.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8)).normalized();
        }
    }

    @Test
    void eachMarkerAloneMatchesWhereTheirAlternationDoesInEveryRegionOfTheArticles() throws IOException {
        for (Language language : List.of(Language.EN, Language.AR)) {
            List<DateRuleFile> scope = PACKS.forLanguage(language, DateRuleFile.class);
            Pattern all = DateGrammar.futureMarkers(scope, language);
            List<Pattern> each = DateGrammar.futureMarkerEach(scope, language);
            assertThat(each).as("%s", language).hasSizeGreaterThan(20);
            String text = article(language);
            int matched = 0;
            for (String t : List.of(text, text.toUpperCase(java.util.Locale.ROOT))) {
                Matcher whole = all.matcher(t).useTransparentBounds(true);
                List<Matcher> alone = each.stream().map(p -> p.matcher(t).useTransparentBounds(true)).toList();
                for (int p = 0; p < t.length(); p++) {
                    for (int to : new int[] {t.length(), Math.min(t.length(), p + 4), Math.min(t.length(), p + 12)}) {
                        boolean expected = whole.region(p, to).lookingAt();
                        matched += expected ? 1 : 0;
                        boolean any = false;
                        for (Matcher m : alone) {
                            any |= m.region(p, to).lookingAt();
                        }
                        assertThat(any).as("%s at %d to %d", language, p, to).isEqualTo(expected);
                    }
                }
            }
            assertThat(matched).as("%s markers matched", language).isGreaterThan(10);
        }
    }

    @Test
    void theShippedRecognisersTryEachMarkerAloneAndStillReadADateAheadAfterOne() {
        DateRecognizer english = DateRecognizer.of(PACKS, Language.EN);
        DateRecognizer arabic = DateRecognizer.of(PACKS, Language.AR);
        assertThat(english.seeksEachMarkerAlone()).isTrue();
        assertThat(arabic.seeksEachMarkerAlone()).isTrue();
        assertThat(english.find("The regional council is expected to approve the new budget on Tuesday.", PUBLISHED))
                .extracting(DateMention::start).containsExactly(LocalDate.of(2025, 12, 23));
        assertThat(english.find("The regional council approved the new budget on Tuesday.", PUBLISHED))
                .extracting(DateMention::start).containsExactly(LocalDate.of(2025, 12, 16));
        assertThat(arabic.find("ومن المقرر أن يعقد المجلس البلدي جلسته الطارئة يوم الثلاثاء لمناقشة الموازنة.", PUBLISHED))
                .extracting(DateMention::start).containsExactly(LocalDate.of(2025, 12, 23));
        assertThat(arabic.find("وعقد المجلس البلدي جلسته الطارئة يوم الثلاثاء لمناقشة الموازنة.", PUBLISHED))
                .extracting(DateMention::start).containsExactly(LocalDate.of(2025, 12, 16));
    }
}
