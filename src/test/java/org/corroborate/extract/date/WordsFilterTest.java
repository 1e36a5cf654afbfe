package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
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

    /** The word patterns of the shipped packs that {@link DateRecognizer} asks their filters before: every list of {@link DateWordList}. */
    private static Map<DateWordList, Pattern> patterns(Language language) {
        List<DateRuleFile> scope = PACKS.forLanguage(language, DateRuleFile.class);
        Map<DateWordList, Pattern> out = new EnumMap<>(DateWordList.class);
        for (DateWordList list : DateWordList.values()) {
            Pattern pattern = list.pattern(scope, language);
            if (pattern != null) {
                out.put(list, pattern);
            }
        }
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
            for (Map.Entry<DateWordList, Pattern> e : patterns(language).entrySet()) {
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
    private static final Map<Language, Map<DateWordList, String>> EXAMPLES = Map.of(
            Language.EN, Map.ofEntries(
                    Map.entry(DateWordList.RECURRING_BEFORE, "the fair is held every "),
                    Map.entry(DateWordList.RECURRING_AFTER, " each year"),
                    Map.entry(DateWordList.RELEASE, "the kidnappers released two of them on "),
                    Map.entry(DateWordList.NO_EVENT_CLAUSES, "The sky over Lyon was grey and mild on Sunday"),
                    Map.entry(DateWordList.RESULT_CLAUSES, "Porto thrashed Braga 4-0 in Lisbon on Sunday"),
                    Map.entry(DateWordList.INCIDENT_AFTER, "'s victims were mostly women"),
                    Map.entry(DateWordList.COURT_BEFORE, "pleaded guilty in a Perth court on "),
                    Map.entry(DateWordList.COURT_AFTER, " sentenced three men to life in prison"),
                    Map.entry(DateWordList.NO_EVENT_BEFORE, "Forecasters predicted heavy rain across the north from "),
                    Map.entry(DateWordList.ROLLING_PERIODS, "in the past three years"),
                    Map.entry(DateWordList.UNSCHEDULED_BEFORE, "rain is forecast on "),
                    Map.entry(DateWordList.UNSCHEDULED_AFTER, " if calm held"),
                    Map.entry(DateWordList.UNSCHEDULED_DATES, "next spring"),
                    Map.entry(DateWordList.STATEMENT, "the ministry said on Tuesday"),
                    Map.entry(DateWordList.NIGHT, "the same night"),
                    Map.entry(DateWordList.COMPARISON, "its hottest June day since "),
                    Map.entry(DateWordList.EVENT_COUNTS, "the third attack since "),
                    Map.entry(DateWordList.PERFECT, "the factory had failed a safety inspection in "),
                    Map.entry(DateWordList.CONJUNCTIONS, "ending a debate that began on "),
                    Map.entry(DateWordList.SINCE, "since "),
                    Map.entry(DateWordList.WHEN, ", when drones hit the airport"),
                    Map.entry(DateWordList.NAME_AFTER, " Street stayed shut"),
                    Map.entry(DateWordList.DOCUMENT_BEFORE, "Resolution 2254 of "),
                    Map.entry(DateWordList.DOCUMENT_AFTER, " constitution amended"),
                    Map.entry(DateWordList.MOVED_BEFORE, "moving the hearing from "),
                    Map.entry(DateWordList.UNHELD_AFTER, ", was called off"),
                    Map.entry(DateWordList.BEFORE_WORDS, "must approve the budget before "),
                    Map.entry(DateWordList.UNSCHEDULED_SENTENCE, "the cyclone will gather strength before it reaches the coast on "),
                    Map.entry(DateWordList.EXPECTED_BEFORE, "truce talks are expected to resume "),
                    Map.entry(DateWordList.CLAUSE_JOINS, "inflation is expected to ease, and the committee meets again on "),
                    Map.entry(DateWordList.OBSERVANCE_AFTER, " prayers at the mosque"),
                    Map.entry(DateWordList.OBSERVANCE_HELD, "protesters marched after "),
                    Map.entry(DateWordList.NEXT_DAY_BEFORE, "the army closed the crossing a day after the raid on "),
                    Map.entry(DateWordList.PREVIOUS_DAY_BEFORE, "the minister resigned on the eve of the vote on "),
                    Map.entry(DateWordList.STATISTIC, "Passenger numbers fell to 1.2 million in "),
                    Map.entry(DateWordList.PERCENT, "inflation had eased to 1.8 percent in "),
                    Map.entry(DateWordList.UNTIL_BEFORE, "no group had claimed the attack as of "),
                    Map.entry(DateWordList.CONTINUED_BEFORE, "starts on Sunday in all 36 states and runs until "),
                    Map.entry(DateWordList.CLOSED_BEFORE, "The exhibition opened on April 20 and closed "),
                    Map.entry(DateWordList.FEAST_EVE_BEFORE, "Shoppers crowded the markets on the eve of "),
                    Map.entry(DateWordList.MOVED_UNTIL_BEFORE, "The magistrate postponed the bail hearing on Friday until "),
                    Map.entry(DateWordList.SCHEDULED_NOW_BEFORE, "The final of the pursuit race is scheduled for "),
                    Map.entry(DateWordList.EVENT_NOUN_AFTER, " policy meeting, the bank kept its rate"),
                    Map.entry(DateWordList.SCHEDULED_BEFORE, "elections, which were due to have been held in "),
                    Map.entry(DateWordList.BY_BEFORE, "the works will be finished by early "),
                    Map.entry(DateWordList.RESTATED_ARRESTS, "The men, aged 23 and 27, were arrested on "),
                    Map.entry(DateWordList.RESTATED_ONE, "He was arrested on "),
                    Map.entry(DateWordList.RESTATED_INCIDENTS, "The blaze broke out on "),
                    Map.entry(DateWordList.RESTATED_COUNTS, "The"),
                    Map.entry(DateWordList.TOLL_RISE_BEFORE, "The toll from the landslide rose to 31 on "),
                    Map.entry(DateWordList.TOLL_RISE_AFTER, ", raising the death toll to 17"),
                    Map.entry(DateWordList.SEARCH_BEFORE, "and divers were searching on "),
                    Map.entry(DateWordList.SINCE_ACT_BEFORE, "recorded 40 deaths since the outbreak was declared on "),
                    Map.entry(DateWordList.AFTER_CLAUSE_OF_COUNTS, " evening after three days of fighting that "),
                    Map.entry(DateWordList.DECLARED_BEFORE, "The epidemic, first confirmed on "),
                    Map.entry(DateWordList.INCIDENT_PHRASE_BEFORE, "Families wept after a stampede at a festival in Kano on "),
                    Map.entry(DateWordList.TOLL_WORDS, "The death toll from the landslide"),
                    Map.entry(DateWordList.START_WORDS, "The new fares apply from "),
                    Map.entry(DateWordList.PAST_AFTER, " showed prices rising"),
                    Map.entry(DateWordList.STRETCH_FROM, "I am off from "),
                    Map.entry(DateWordList.STRETCH_TO, " till the 17th"),
                    Map.entry(DateWordList.NO_EVENT_BOUNDS, " outside the stadium after "),
                    Map.entry(DateWordList.PAST_CLAUSE_BEFORE, "after a review that began on ")),
            Language.AR, Map.ofEntries(
                    Map.entry(DateWordList.RECURRING_BEFORE, "يقام المعرض كل "),
                    Map.entry(DateWordList.INCIDENT_PHRASE_BEFORE, "ضربت عاصفة قوية الساحل الشرقي مساء "),
                    Map.entry(DateWordList.RECURRING_AFTER, " من كل عام"),
                    Map.entry(DateWordList.RELEASE, "أفرج الخاطفون عن اثنين منهم يوم "),
                    Map.entry(DateWordList.NO_EVENT_CLAUSES, "ولد الشاعر في الثالث من آذار عام 1956"),
                    Map.entry(DateWordList.RESULT_CLAUSES, "وتغلب الوداد على الرجاء بهدفين دون مقابل مساء السبت"),
                    Map.entry(DateWordList.NO_EVENT_BEFORE, "وتوقع خبراء أن يرتفع سعر صرف الدولار خلال "),
                    Map.entry(DateWordList.ROLLING_PERIODS, "خلال الأيام الثلاثة الماضية"),
                    Map.entry(DateWordList.UNSCHEDULED_BEFORE, "تتوقع الأرصاد أمطارا غزيرة يوم "),
                    Map.entry(DateWordList.UNSCHEDULED_AFTER, " بمنخفض جوي"),
                    Map.entry(DateWordList.UNSCHEDULED_DATES, "مطلع العام المقبل"),
                    Map.entry(DateWordList.STATEMENT, "قالت الوزارة يوم الثلاثاء"),
                    Map.entry(DateWordList.NIGHT, "خلال الليلة نفسها"),
                    Map.entry(DateWordList.COMPARISON, "أول هجوم على المدينة منذ "),
                    Map.entry(DateWordList.EVENT_COUNTS, "الهجوم الثالث منذ "),
                    Map.entry(DateWordList.CONJUNCTIONS, "قبل أن تنهي قوات الأمن الحصار"),
                    Map.entry(DateWordList.SINCE, "منذ "),
                    Map.entry(DateWordList.WHEN, "، حين استهدفت مسيرات مطارها"),
                    Map.entry(DateWordList.NAME_BEFORE, "في شارع "),
                    Map.entry(DateWordList.DOCUMENT_BEFORE, "قانون الصحافة ل"),
                    Map.entry(DateWordList.MOVED_BEFORE, "وأرجأت المحكمة الجلسة من "),
                    Map.entry(DateWordList.COURT_BEFORE, "وقضت محكمة الجنايات في عمان، اليوم "),
                    Map.entry(DateWordList.UNHELD_AFTER, " قبل أن يؤجل"),
                    Map.entry(DateWordList.BEFORE_WORDS, "إقرار الموازنة قبل "),
                    Map.entry(DateWordList.UNSCHEDULED_SENTENCE, "تتأثر البلاد بمنخفض جوي، وتهطل الأمطار يوم "),
                    Map.entry(DateWordList.CLAUSE_JOINS, "ويتوقع أن يتراجع التضخم، وتعقد اللجنة اجتماعها المقبل في "),
                    Map.entry(DateWordList.OBSERVANCE_BEFORE, "وقال خطيب "),
                    Map.entry(DateWordList.OBSERVANCE_HELD, "خرج المحتجون عقب "),
                    Map.entry(DateWordList.NEXT_DAY_BEFORE, "واستقال الوزير غداة الهجوم الذي وقع يوم "),
                    Map.entry(DateWordList.PREVIOUS_DAY_BEFORE, "واستقال الوزير عشية الانتخابات المقررة يوم "),
                    Map.entry(DateWordList.STATISTIC, "وبلغت قيمة الصادرات 3 مليارات دولار في "),
                    Map.entry(DateWordList.PERCENT, "وتراجع التضخم إلى 2.1 في المئة في "),
                    Map.entry(DateWordList.UNTIL_BEFORE, "ولم يعلّق الحزب على البيان حتى مساء "),
                    Map.entry(DateWordList.CONTINUED_BEFORE, "تنطلق الحملة يوم الأحد وتستمر حتى "),
                    Map.entry(DateWordList.CLOSED_BEFORE, "انطلقت الحملة يوم السبت وانتهت مساء "),
                    Map.entry(DateWordList.FEAST_EVE_BEFORE, "اكتظت الأسواق بالمتسوقين عشية عطلة "),
                    Map.entry(DateWordList.MOVED_UNTIL_BEFORE, "ورفعت هيئة المحكمة الجلسة صباح الأحد إلى يوم "),
                    Map.entry(DateWordList.SCHEDULED_NOW_BEFORE, "ومن المقرر أن تنطلق السباقات "),
                    Map.entry(DateWordList.BY_BEFORE, "ستنتهي الأعمال بحلول "),
                    Map.entry(DateWordList.RESTATED_ARRESTS, "وكانت قوات الأمن قد ألقت القبض على المتهمين يوم "),
                    Map.entry(DateWordList.RESTATED_INCIDENTS, "وكان الهجوم قد وقع فجر "),
                    Map.entry(DateWordList.MEETING_WORDS, "بحث وزير الخارجية مع نظيره "),
                    Map.entry(DateWordList.MEETING_ACTS, "وقّع الوزيران خلال الاجتماع "),
                    Map.entry(DateWordList.MEETING_BACK_REFERENCES, "وأكد الوزير خلال الاجتماع أن "),
                    Map.entry(DateWordList.OPENING_WORDS, "وانطلقت مساء أمس فعاليات المهرجان"),
                    Map.entry(DateWordList.TOLL_RISE_BEFORE, "ارتفعت حصيلة ضحايا السيول إلى 23 قتيلاً "),
                    Map.entry(DateWordList.TOLL_RISE_AFTER, "، لترتفع حصيلة القتلى إلى تسعة"),
                    Map.entry(DateWordList.TOLL_WORDS, "ارتفعت حصيلة ضحايا السيول"),
                    Map.entry(DateWordList.START_WORDS, "تطبق الأسعار الجديدة اعتباراً من "),
                    Map.entry(DateWordList.PAST_AFTER, " الماضي"),
                    Map.entry(DateWordList.NO_EVENT_BOUNDS, " عقب "),
                    Map.entry(DateWordList.SCHEDULED_BEFORE, "وتعثرت الانتخابات التي كانت مقررة في "),
                    Map.entry(DateWordList.PAST_CLAUSE_BEFORE, "بعد المراجعة التي انطلقت في ")));

    @Test
    void everyPatternMatchesItsExampleAndItsFilterPassesIt() {
        for (Language language : List.of(Language.EN, Language.AR)) {
            boolean foldCase = DateGrammar.ignoresCase(language);
            for (Map.Entry<DateWordList, Pattern> e : patterns(language).entrySet()) {
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
        WordsFilter noEvent = WordsFilter.of(patterns(Language.EN).get(DateWordList.NO_EVENT_CLAUSES), true);
        assertThat(noEvent.mayFind("the ministry said on thursday that the convoy was delayed")).isFalse();
        assertThat(noEvent.mayFind("The singer, who TURNED 70 on Tuesday, sang in Lyon")).isTrue();
        assertThat(noEvent.needles()).isNotEmpty();
    }
}
