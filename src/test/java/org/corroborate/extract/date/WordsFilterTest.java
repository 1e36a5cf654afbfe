package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;

class WordsFilterTest {
    private static final RulePacks PACKS = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);

    /** The word patterns of the shipped packs that {@link DateRecognizer} asks its filters before. */
    private static Map<String, Pattern> patterns(Language language) {
        List<DateRuleFile> scope = PACKS.forLanguage(language, DateRuleFile.class);
        Map<String, Pattern> out = new LinkedHashMap<>();
        out.put("recurring before", DateGrammar.recurringMarkers(scope, language, true));
        out.put("recurring after", DateGrammar.recurringMarkers(scope, language, false));
        out.put("release", DateGrammar.releaseWords(scope, language));
        out.put("no event", DateGrammar.noEventClauses(scope, language));
        out.put("no event before", DateGrammar.noEventBefore(scope, language));
        out.put("rolling", DateGrammar.rollingPeriods(scope, language));
        out.put("unscheduled before", DateGrammar.unscheduledMarkers(scope, language, true));
        out.put("unscheduled after", DateGrammar.unscheduledMarkers(scope, language, false));
        out.put("unscheduled dates", DateGrammar.unscheduledDates(scope, language));
        out.put("statement", DateGrammar.statementWords(scope, language));
        out.put("comparison", DateGrammar.comparisonWords(scope, language));
        out.put("event counts", DateGrammar.eventCounts(scope, language));
        out.put("perfect", DateGrammar.perfectWords(scope, language));
        out.put("conjunctions", DateGrammar.conjunctions(scope, language));
        out.put("since", DateGrammar.sinceWords(scope, language));
        out.put("when", DateGrammar.whenWords(scope, language));
        out.put("name before", DateGrammar.adjacentWords(scope, language, DateRuleFile::nameBefore, true));
        out.put("name after", DateGrammar.adjacentWords(scope, language, DateRuleFile::nameAfter, false));
        out.put("document before", DateGrammar.adjacentWords(scope, language, DateRuleFile::documentBefore, true));
        out.put("document after", DateGrammar.adjacentWords(scope, language, DateRuleFile::documentAfter, false));
        out.put("moved before", DateGrammar.adjacentWords(scope, language, DateRuleFile::movedBefore, true));
        out.put("unheld", DateGrammar.unheldMarkers(scope, language));
        out.put("before words", DateGrammar.adjacentWords(scope, language, DateRuleFile::beforeWords, true));
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    private static String article(Language language) throws IOException {
        try (InputStream in = WordsFilterTest.class.getClassLoader()
                .getResourceAsStream("bench/article-" + language.code() + ".txt")) {
            return DateGrammar.NORMALIZER.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8)).normalized();
        }
    }

    @Test
    void aFilterNeverTurnsAwayAStretchItsPatternMatchesIn() throws IOException {
        for (Language language : List.of(Language.EN, Language.AR)) {
            String text = article(language);
            String upper = text.toUpperCase(java.util.Locale.ROOT); // the English patterns ignore case
            boolean foldCase = DateGrammar.ignoresCase(language);
            int matched = 0;
            for (Map.Entry<String, Pattern> e : patterns(language).entrySet()) {
                WordsFilter filter = WordsFilter.of(e.getValue(), foldCase);
                for (String t : List.of(text, upper)) {
                    for (int from = 0; from < t.length(); from += 5) {
                        int to = Math.min(t.length(), from + 80);
                        boolean finds = e.getValue().matcher(t).region(from, to).find();
                        if (finds) {
                            matched++;
                            assertThat(filter.mayFindWithin(t, from, to)).as("%s %s at %d", language, e.getKey(), from).isTrue();
                        }
                    }
                }
            }
            assertThat(matched).as("%s: stretches some pattern matches in", language).isPositive();
        }
    }

    @Test
    void turnsAwayAClauseWithoutTheWordsAndKeepsOneWithThem() {
        WordsFilter noEvent = WordsFilter.of(patterns(Language.EN).get("no event"), true);
        assertThat(noEvent.mayFind("the ministry said on thursday that the convoy was delayed")).isFalse();
        assertThat(noEvent.mayFind("South Africa BEAT New Zealand 24-17 in Durban on Saturday")).isTrue();
        assertThat(noEvent.needles()).isNotEmpty();
    }
}
