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

    /**
     * One stretch per pattern, of the kind {@link DateRecognizer} reads it in (a clause, the words right before or after a
     * date), written after the packs' own examples: each pattern must match its stretch, and its filter pass it.
     */
    private static final Map<Language, Map<String, String>> EXAMPLES = Map.of(
            Language.EN, Map.ofEntries(
                    Map.entry("recurring before", "the fair is held every "),
                    Map.entry("recurring after", " each year"),
                    Map.entry("release", "the kidnappers released two of them on "),
                    Map.entry("no event", "South Africa beat New Zealand 24-17 in Durban on Saturday"),
                    Map.entry("no event before", "Forecasters predicted heavy rain across the north from "),
                    Map.entry("rolling", "in the past three years"),
                    Map.entry("unscheduled before", "rain is expected on "),
                    Map.entry("unscheduled after", " if calm held"),
                    Map.entry("unscheduled dates", "next spring"),
                    Map.entry("statement", "the ministry said on Tuesday"),
                    Map.entry("comparison", "its hottest June day since "),
                    Map.entry("event counts", "the third attack since "),
                    Map.entry("perfect", "the factory had failed a safety inspection in "),
                    Map.entry("conjunctions", "ending a debate that began on "),
                    Map.entry("since", "since "),
                    Map.entry("when", ", when drones hit the airport"),
                    Map.entry("name after", " Street stayed shut"),
                    Map.entry("document before", "Resolution 2254 of "),
                    Map.entry("document after", " constitution amended"),
                    Map.entry("moved before", "moving the hearing from "),
                    Map.entry("unheld", ", was called off"),
                    Map.entry("before words", "must approve the budget before ")),
            Language.AR, Map.ofEntries(
                    Map.entry("recurring before", "يقام المعرض كل "),
                    Map.entry("recurring after", " من كل عام"),
                    Map.entry("release", "أفرج الخاطفون عن اثنين منهم يوم "),
                    Map.entry("no event", "ولد الشاعر في الثالث من آذار عام 1956"),
                    Map.entry("no event before", "وتوقع خبراء أن يرتفع سعر صرف الدولار خلال "),
                    Map.entry("rolling", "خلال الأيام الثلاثة الماضية"),
                    Map.entry("unscheduled before", "تتوقع الأرصاد أمطارا غزيرة يوم "),
                    Map.entry("unscheduled after", " بمنخفض جوي"),
                    Map.entry("unscheduled dates", "مطلع العام المقبل"),
                    Map.entry("statement", "قالت الوزارة يوم الثلاثاء"),
                    Map.entry("comparison", "أول هجوم على المدينة منذ "),
                    Map.entry("event counts", "الهجوم الثالث منذ "),
                    Map.entry("conjunctions", "قبل أن تنهي قوات الأمن الحصار"),
                    Map.entry("since", "منذ "),
                    Map.entry("when", "، حين استهدفت مسيرات مطارها"),
                    Map.entry("name before", "في شارع "),
                    Map.entry("document before", "قانون الصحافة ل"),
                    Map.entry("moved before", "وأرجأت المحكمة الجلسة من "),
                    Map.entry("unheld", " قبل أن يؤجل"),
                    Map.entry("before words", "إقرار الموازنة قبل ")));

    @Test
    void everyPatternMatchesItsExampleAndItsFilterPassesIt() {
        for (Language language : List.of(Language.EN, Language.AR)) {
            boolean foldCase = DateGrammar.ignoresCase(language);
            for (Map.Entry<String, Pattern> e : patterns(language).entrySet()) {
                String example = EXAMPLES.get(language).get(e.getKey());
                assertThat(example).as("%s %s: an example", language, e.getKey()).isNotNull();
                String text = DateGrammar.NORMALIZER.normalize(example).normalized();
                assertThat(e.getValue().matcher(text).find()).as("%s %s matches \"%s\"", language, e.getKey(), text).isTrue();
                assertThat(WordsFilter.of(e.getValue(), foldCase).mayFind(text)).as("%s %s filter", language, e.getKey()).isTrue();
            }
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
