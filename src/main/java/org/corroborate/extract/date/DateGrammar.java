package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.corroborate.api.Language;
import org.corroborate.rules.Problems;
import org.corroborate.text.ArabicNormalizer;

/**
 * Turns the dates files of one language into compiled rules: expands placeholders into regular
 * expressions (lexicons become alternations, parts are inlined), wraps each rule in word
 * boundaries, checks that no pattern can backtrack without bound, and collects the words a match
 * of each rule can begin with.
 *
 * <p>Placeholder syntax: {@code {name}} inlines lexicon or part {@code name}; {@code {name:group}}
 * captures it as {@code group}; {@code {name:_}} never captures. Without {@code :group} a
 * placeholder captures under its own name when that name is a field the resolver reads
 * ({@link #FIELDS}); placeholders inside parts never capture. A space in a pattern stands for one
 * to three whitespace characters.
 */
final class DateGrammar {
    /** The captures the resolver understands. */
    static final Set<String> FIELDS = Set.of("day", "day2", "month", "month2", "year", "year2",
            "weekday", "weekday2", "dir", "mdir", "n", "unit", "hmonth", "frame", "nth", "part", "part2", "holiday", "rel");
    /**
     * A part with this name, when defined, may precede every rule and future marker, outside the
     * span (Arabic و، ف، ب، ل، ك). It is a plain regular expression, without placeholders.
     */
    static final String CLITIC = "clitic";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)(?::([a-z_][a-z0-9]*))?}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:p\\{\\w+}|.)");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final String SPACE = "(?:[\\s" + NO_BREAK_SPACE + NARROW_NO_BREAK_SPACE + "]{1,3})";
    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final int MAX_DEPTH = 6;
    /**
     * English matches case-insensitively (ASCII folding suffices for its date words, and is much
     * faster than Unicode folding); Arabic has no case.
     */
    private static int flags(Language language) {
        return language == Language.EN ? Pattern.CASE_INSENSITIVE : 0;
    }

    /** Whether the rules of {@code language} match with ASCII case folding. */
    static boolean ignoresCase(Language language) {
        return flags(language) == Pattern.CASE_INSENSITIVE;
    }
    static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Option.FOLD_TEH_MARBUTA);

    /** Lexicons whose values are rules for placing a named day in a year ({@link Holidays}). */
    private static final Set<String> HOLIDAY_LEXICONS = Set.of("holiday", "holiday_with_year", "hijri_bare", "season");

    private final Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    private final Map<String, String> parts = new HashMap<>();
    private final int flags;

    private static void checkHolidays(DateLexicon lexicon, Language language, List<String> problems) {
        for (String spec : lexicon.values().keySet()) {
            try {
                Holidays.check(spec);
            } catch (IllegalArgumentException e) {
                problems.add("lexicon '" + lexicon.name() + "' for " + language + ": " + e.getMessage());
            }
        }
    }

    private DateGrammar(List<DateRuleFile> scope, Language language, List<String> problems) {
        this.flags = flags(language);
        for (DateRuleFile file : scope) {
            for (DateLexicon lexicon : file.lexicons()) {
                if (lexicons.put(lexicon.name(), Lexicon.of(lexicon, flags)) != null) {
                    problems.add("lexicon '" + lexicon.name() + "' is defined twice for " + language);
                }
                if (HOLIDAY_LEXICONS.contains(lexicon.name())) {
                    checkHolidays(lexicon, language, problems);
                }
            }
            file.parts().forEach((name, part) -> {
                if (parts.put(name, normalize(part)) != null) {
                    problems.add("part '" + name + "' is defined twice for " + language);
                }
            });
        }
        lexicons.keySet().stream().filter(parts::containsKey).forEach(name ->
                problems.add("'" + name + "' is both a lexicon and a part for " + language));
    }

    /** Compiles every rule of the scope; throws when anything is wrong (the loader reports details). */
    static List<CompiledRule> compile(List<DateRuleFile> scope, Language language) {
        List<String> problems = new ArrayList<>();
        DateGrammar grammar = new DateGrammar(scope, language, problems);
        List<CompiledRule> out = new ArrayList<>();
        for (DateRuleFile file : scope) {
            for (DateRule rule : file.rules()) {
                out.add(grammar.compileRule(rule, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("date rules for " + language + ": " + problems);
        }
        return out;
    }

    /** Whether the scope defines the part {@code clitic}, which every rule may then begin with. */
    static boolean hasClitic(List<DateRuleFile> scope) {
        return scope.stream().anyMatch(file -> file.parts().containsKey(CLITIC));
    }

    /**
     * The chars a non-empty match of the scope's part {@code clitic} may begin with, which puts the
     * rest of a rule's match after the place it is tried at; empty when the scope has no clitic, and
     * every char when its regex looks around or at a boundary (a lone char cannot tell what it would see).
     */
    static java.util.BitSet cliticFirstChars(List<DateRuleFile> scope, Language language) {
        java.util.BitSet out = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (DateRuleFile file : scope) {
            String part = file.parts().get(CLITIC);
            if (part == null) {
                continue;
            }
            String regex = normalize(part);
            if (java.util.stream.Stream.of("(?=", "(?!", "(?<=", "(?<!", "\\b", "\\B", "\\A", "\\G", "\\z", "\\Z", "^", "$")
                    .anyMatch(regex::contains)) {
                out.set(0, Character.MAX_VALUE + 1);
                continue;
            }
            Matcher m;
            try {
                m = Pattern.compile(regex, flags(language)).matcher("");
            } catch (PatternSyntaxException e) {
                continue; // reported where the rules that use it compile
            }
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                m.reset(String.valueOf((char) c));
                // Matching c alone, or needing more text after it: some match begins with c.
                if (m.matches() || m.hitEnd()) {
                    out.set(c);
                }
            }
        }
        return out;
    }

    /** The future markers of the scope as one pattern, or null when there are none. */
    static Pattern futureMarkers(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::futureMarkers);
    }

    /**
     * Each future marker of the scope alone, in the pattern {@link #futureMarkers} makes of them all (its clitic and
     * word bounds around one entry instead of their alternation): a match of that pattern at a place is a match of one of
     * these, so a place need be tried only for the markers whose needles lie within reach. Null when there are none, or
     * when an entry refers back to a group (numbered anew alone).
     */
    static List<Pattern> futureMarkerEach(List<DateRuleFile> scope, Language language) {
        List<String> words = entries(scope, DateRuleFile::futureMarkers);
        if (words.isEmpty() || words.stream().anyMatch(w -> BACK_REFERENCE.matcher(w).find())) {
            return null;
        }
        String clitic = clitic(scope);
        return words.stream().map(w -> Pattern.compile("(?<!" + WORD_CHAR + ")" + clitic + "(?:" + w + ")(?!" + WORD_CHAR + ")",
                flags(language))).toList();
    }

    /** A back reference of a pattern ({@code \1}, {@code \k<name>}), an escaped backslash before it not told apart. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");

    /**
     * The words that make a date recurring, as one pattern: with {@code before}, ending where the
     * date begins ("every July 5"); otherwise starting where it ends ("من كل عام"). Null when none.
     */
    static Pattern recurringMarkers(List<DateRuleFile> scope, Language language, boolean before) {
        List<String> markers = entries(scope, before ? DateRuleFile::recurringBefore : DateRuleFile::recurringAfter);
        if (markers.isEmpty()) {
            return null;
        }
        String any = "(?:" + String.join("|", markers) + ")";
        return Pattern.compile(before ? "(?<!" + WORD_CHAR + ")" + any + "[\\s\u00A0]{1,3}$"
                : "^[\\s\u00A0,\u060C]{0,3}" + any + "(?!" + WORD_CHAR + ")", flags(language));
    }

    /**
     * The words right before ({@code before}) or after a date that make it part of a name or a document's title
     * ({@code list}: name_before, name_after, document_before, document_after), as one pattern ending where the date
     * begins or starting where it ends; null when there are none. A clitic may join the word to the date ("لعام 2015").
     */
    static Pattern adjacentWords(List<DateRuleFile> scope, Language language,
                                 java.util.function.Function<DateRuleFile, List<String>> list, boolean before) {
        List<String> markers = entries(scope, list);
        if (markers.isEmpty()) {
            return null;
        }
        String any = "(?:" + String.join("|", markers) + ")";
        return Pattern.compile(before ? "(?<!" + WORD_CHAR + ")" + any + "[\\s\u00A0]{0,3}$"
                : "^[\\s\u00A0]{0,3}" + any + "(?!" + WORD_CHAR + ")", flags(language));
    }

    /** What joins a new clause to a sentence (", and", "، و"), as one pattern, or null when there is none. */
    static Pattern clauseJoins(List<DateRuleFile> scope, Language language) {
        List<String> joins = entries(scope, DateRuleFile::clauseJoins);
        return joins.isEmpty() ? null : Pattern.compile(String.join("|", joins), flags(language));
    }

    /**
     * The words that make a clause no dated event (a sports result, the weather, a birth or an age, a yearly observance), as
     * one pattern of whole words, or null when there are none.
     */
    static Pattern noEventClauses(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::noEventClauses);
    }

    /** The words of a sports result with its score, as one pattern of whole words, or null when there are none. */
    static Pattern resultClauses(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::resultClauses);
    }

    /**
     * The words that make a date no dated event when they stand before it in its clause (a birth right before its date, a
     * forecast whose object it is, a statement's publication), as one pattern of whole words anchored by the pack at the date, or null when there are none.
     */
    static Pattern noEventBefore(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::noEventBefore);
    }

    /** The words of a period counted back from now ("the past year"), as one pattern of whole words, or null when there are none. */
    static Pattern rollingPeriods(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::rollingPeriods);
    }

    /**
     * The words that make a date ahead of publication no scheduled event (dev rule 21b), as one pattern of
     * whole words: with {@code before}, those sought in its sentence before it (a forecast, a deadline);
     * otherwise after it ("was postponed"). Null when there are none.
     */
    static Pattern unscheduledMarkers(List<DateRuleFile> scope, Language language, boolean before) {
        return wordsOf(scope, language, before ? DateRuleFile::unscheduledBefore : DateRuleFile::unscheduledAfter);
    }

    /**
     * The words of an act expected of someone before a date ahead ({@code expected_before}: "is expected to vote"), as one
     * pattern of whole words, or null: a week, a month or a year so expected is no fixed day, a named day is.
     */
    static Pattern expectedMarkers(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::expectedBefore);
    }

    /** The weather words read in the whole sentence before a date ahead ({@code unscheduled_sentence}), as one pattern of whole words, or null. */
    static Pattern unscheduledSentence(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::unscheduledSentence);
    }

    /** The words after a date of a schedule that did not hold ("was postponed", "قبل أن تؤجل"), as one pattern of whole words, or null. */
    static Pattern unheldMarkers(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::unheldAfter);
    }

    /** The dates that are no scheduled day even ahead of publication ("next spring", "مطلع العام المقبل"), as one pattern of whole words, or null. */
    static Pattern unscheduledDates(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::unscheduledDates);
    }

    /** The release words of the scope as one pattern of whole words, or null when there are none. */
    static Pattern releaseWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::releaseWords);
    }

    /** The words that bound a no-event clause off a date ({@code no_event_bounds}) as one pattern, or null when there are none. */
    static Pattern noEventBounds(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::noEventBounds);
    }

    /** The words that tell a counted arrest again ({@code restated_arrests}) as one pattern, or null when there are none. */
    static Pattern restatedArrests(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::restatedArrests);
    }

    /** The words that name a meeting, talks or a session ({@code meeting_words}), or null when there are none. */
    static Pattern meetingWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::meetingWords);
    }

    /** The words of an event's opening ({@code opening_words}), or null when there are none. */
    static Pattern openingWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::openingWords);
    }

    /** The acts of their own done at a meeting, a vote or a signing ({@code meeting_acts}), or null when there are none. */
    static Pattern meetingActs(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::meetingActs);
    }

    /** The words by which a statement refers back to the meeting it was made at ({@code meeting_back_references}). */
    static Pattern meetingBackReferences(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::meetingBackReferences);
    }

    /** The words that tell a counted incident again ({@code restated_incidents}) as one pattern, or null when there are none. */
    static Pattern restatedIncidents(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::restatedIncidents);
    }

    /** The words of a toll ({@code toll_words}) as one pattern, or null when there are none. */
    static Pattern tollWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::tollWords);
    }

    /** The words before a count that tell an earlier one again ({@code restated_counts}) as one pattern, or null when there are none. */
    static Pattern restatedCounts(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::restatedCounts);
    }

    /** The words that name the one person of a restated arrest ({@code restated_one}) as one pattern, or null when there are none. */
    static Pattern restatedOne(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::restatedOne);
    }

    /** The statement words of the scope as one pattern of whole words, or null when there are none. */
    static Pattern statementWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::statementWords);
    }

    /** The words of a night ({@code night_words}: "night", «الليلة»), as one pattern; null when none. */
    static Pattern nightWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::nightWords);
    }

    /** The comparison words of the scope as one pattern of whole words, or null when there are none. */
    static Pattern comparisonWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::comparisonWords);
    }

    /** The ordinals that count events of the scope as one pattern of whole words, or null when there are none. */
    static Pattern eventCounts(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::eventCounts);
    }

    /** The auxiliaries of a perfect tense of the scope as one pattern of whole words, or null when there are none. */
    static Pattern perfectWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::perfectWords);
    }

    /** The conjunctions of the scope as one pattern of whole words, or null when there are none. */
    static Pattern conjunctions(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::conjunctions);
    }

    /** The words a span up to now opens with (since, منذ) as one pattern of whole words, or null when there are none. */
    static Pattern sinceWords(List<DateRuleFile> scope, Language language) {
        return wordsOf(scope, language, DateRuleFile::sinceWords);
    }

    /** The words that open a "when" clause, as one pattern anchored at the region's start (after a comma), or null. */
    static Pattern whenWords(List<DateRuleFile> scope, Language language) {
        List<String> words = entries(scope, DateRuleFile::whenWords);
        return words.isEmpty() ? null : Pattern.compile("^[\\s\u00A0]{0,2}[,\u060C][\\s\u00A0]{1,3}(?:"
                + String.join("|", words) + ")(?!" + WORD_CHAR + ")", flags(language));
    }

    /** How far after a word of {@code statistic_verbs} its figure is sought, in its clause. */
    private static final int STATISTIC_FIGURE_REACH = 60;

    /**
     * The words of a statistic of the scope as one pattern, or null when there are none: a word of {@code statistic_verbs}
     * with a digit after it before the clause ends ("fell to 1.2 million", "وبلغت قيمة الصادرات 3 مليارات"), or a word
     * of {@code statistic_words} ("doubled", "inflation", "التضخم"); whole words, written with their clitics.
     */
    static Pattern statisticWords(List<DateRuleFile> scope, Language language) {
        List<String> verbs = entries(scope, DateRuleFile::statisticVerbs);
        List<String> words = entries(scope, DateRuleFile::statisticWords);
        List<String> out = new ArrayList<>();
        if (!verbs.isEmpty()) {
            out.add("(?<!" + WORD_CHAR + ")(?:" + String.join("|", verbs) + ")(?!" + WORD_CHAR + ")[^,.;:\u060C\u061B]{0,"
                    + STATISTIC_FIGURE_REACH + "}?[0-9]");
        }
        if (!words.isEmpty()) {
            out.add("(?<!" + WORD_CHAR + ")(?:" + String.join("|", words) + ")(?!" + WORD_CHAR + ")");
        }
        return out.isEmpty() ? null : Pattern.compile(String.join("|", out), flags(language));
    }

    /**
     * A percentage of the scope as one pattern ({@code percent_words}: a sign or the words "percent", "في المئة"), or null
     * when there are none. A sign follows its digits, so the entries carry their own word boundaries.
     */
    static Pattern percentWords(List<DateRuleFile> scope, Language language) {
        List<String> words = entries(scope, DateRuleFile::percentWords);
        return words.isEmpty() ? null : Pattern.compile(String.join("|", words), flags(language));
    }

    private static Pattern wordsOf(List<DateRuleFile> scope, Language language,
                                   java.util.function.Function<DateRuleFile, List<String>> list) {
        List<String> words = entries(scope, list);
        String clitic = clitic(scope);
        return words.isEmpty() ? null : Pattern.compile("(?<!" + WORD_CHAR + ")" + clitic
                + "(?:" + String.join("|", words) + ")(?!" + WORD_CHAR + ")", flags(language));
    }

    /** The optional clitic the word lists open with (the scope's last {@code clitic} part), empty when none. */
    private static String clitic(List<DateRuleFile> scope) {
        String clitic = "";
        for (DateRuleFile file : scope) {
            if (file.parts().containsKey(CLITIC)) {
                clitic = optional(normalize(file.parts().get(CLITIC)));
            }
        }
        return clitic;
    }

    /**
     * Every entry of one word list of the scope, in order, normalised and each a group of its own, with its {@code {part}}
     * placeholders filled ({@link #withFragments}): every list is built here, so each takes the placeholders its check
     * accepts.
     */
    private static List<String> entries(List<DateRuleFile> scope, java.util.function.Function<DateRuleFile, List<String>> list) {
        Map<String, String> fragments = fragments(scope);
        List<String> out = new ArrayList<>();
        scope.forEach(file -> list.apply(file).forEach(m -> out.add("(?:" + normalize(withFragments(m, fragments)) + ")")));
        return out;
    }

    /** Reports, at file and line, everything wrong with one file's rules in one language. */
    static void check(DateRuleFile file, List<DateRuleFile> scope, Language language, Problems problems) {
        Map<String, String> fragments = fragments(scope);
        List<String> found = new ArrayList<>();
        DateGrammar grammar = new DateGrammar(scope, language, found);
        found.forEach(p -> problems.at("lexicons", p));
        file.parts().forEach((name, part) -> Linearity.check(part).forEach(p -> problems.at("parts/" + name, p)));
        checkMarkers(fragments, file.futureMarkers(), "future_markers", problems);
        checkMarkers(fragments, file.recurringBefore(), "recurring_before", problems);
        checkMarkers(fragments, file.recurringAfter(), "recurring_after", problems);
        checkMarkers(fragments, file.releaseWords(), "release_words", problems);
        checkMarkers(fragments, file.statementWords(), "statement_words", problems);
        checkMarkers(fragments, file.nightWords(), "night_words", problems);
        checkMarkers(fragments, file.comparisonWords(), "comparison_words", problems);
        checkMarkers(fragments, file.eventCounts(), "event_counts", problems);
        checkMarkers(fragments, file.conjunctions(), "conjunctions", problems);
        checkMarkers(fragments, file.perfectWords(), "perfect_words", problems);
        checkMarkers(fragments, file.whenWords(), "when_words", problems);
        checkMarkers(fragments, file.sinceWords(), "since_words", problems);
        checkMarkers(fragments, file.noEventClauses(), "no_event_clauses", problems);
        checkMarkers(fragments, file.resultClauses(), "result_clauses", problems);
        checkMarkers(fragments, file.noEventBefore(), "no_event_before", problems);
        checkMarkers(fragments, file.rollingPeriods(), "rolling_periods", problems);
        checkMarkers(fragments, file.unscheduledBefore(), "unscheduled_before", problems);
        checkMarkers(fragments, file.unscheduledAfter(), "unscheduled_after", problems);
        checkMarkers(fragments, file.unscheduledDates(), "unscheduled_dates", problems);
        checkMarkers(fragments, file.nameBefore(), "name_before", problems);
        checkMarkers(fragments, file.nameAfter(), "name_after", problems);
        checkMarkers(fragments, file.documentBefore(), "document_before", problems);
        checkMarkers(fragments, file.documentAfter(), "document_after", problems);
        checkMarkers(fragments, file.movedBefore(), "moved_before", problems);
        checkMarkers(fragments, file.unheldAfter(), "unheld_after", problems);
        checkMarkers(fragments, file.beforeWords(), "before_words", problems);
        checkMarkers(fragments, file.statisticVerbs(), "statistic_verbs", problems);
        checkMarkers(fragments, file.statisticWords(), "statistic_words", problems);
        checkMarkers(fragments, file.percentWords(), "percent_words", problems);
        checkMarkers(fragments, file.untilBefore(), "until_before", problems);
        checkMarkers(fragments, file.continuedBefore(), "continued_before", problems);
        checkMarkers(fragments, file.closedBefore(), "closed_before", problems);
        checkMarkers(fragments, file.feastEveBefore(), "feast_eve_before", problems);
        checkMarkers(fragments, file.movedUntilBefore(), "moved_until_before", problems);
        checkMarkers(fragments, file.scheduledNowBefore(), "scheduled_now_before", problems);
        checkMarkers(fragments, file.eventNounAfter(), "event_noun_after", problems);
        checkMarkers(fragments, file.scheduledBefore(), "scheduled_before", problems);
        checkMarkers(fragments, file.byBefore(), "by_before", problems);
        checkMarkers(fragments, file.restatedArrests(), "restated_arrests", problems);
        checkMarkers(fragments, file.restatedOne(), "restated_one", problems);
        checkMarkers(fragments, file.restatedIncidents(), "restated_incidents", problems);
        checkMarkers(fragments, file.restatedCounts(), "restated_counts", problems);
        checkMarkers(fragments, file.meetingWords(), "meeting_words", problems);
        checkMarkers(fragments, file.meetingActs(), "meeting_acts", problems);
        checkMarkers(fragments, file.openingWords(), "opening_words", problems);
        checkMarkers(fragments, file.meetingBackReferences(), "meeting_back_references", problems);
        checkMarkers(fragments, file.tollRiseBefore(), "toll_rise_before", problems);
        checkMarkers(fragments, file.tollRiseAfter(), "toll_rise_after", problems);
        checkMarkers(fragments, file.tollWords(), "toll_words", problems);
        checkMarkers(fragments, file.searchBefore(), "search_before", problems);
        checkMarkers(fragments, file.incidentPhraseBefore(), "incident_phrase_before", problems);
        checkMarkers(fragments, file.sinceActBefore(), "since_act_before", problems);
        checkMarkers(fragments, file.afterClauseOfCounts(), "after_clause_of_counts", problems);
        checkMarkers(fragments, file.declaredBefore(), "declared_before", problems);
        checkMarkers(fragments, file.startWords(), "start_words", problems);
        checkMarkers(fragments, file.stretchFrom(), "stretch_from", problems);
        checkMarkers(fragments, file.stretchTo(), "stretch_to", problems);
        checkMarkers(fragments, file.pastAfter(), "past_after", problems);
        checkMarkers(fragments, file.noEventBounds(), "no_event_bounds", problems);
        checkMarkers(fragments, file.pastClauseBefore(), "past_clause_before", problems);
        checkMarkers(fragments, file.observanceBefore(), "observance_before", problems);
        checkMarkers(fragments, file.observanceAfter(), "observance_after", problems);
        checkMarkers(fragments, file.incidentAfter(), "incident_after", problems);
        checkMarkers(fragments, file.courtBefore(), "court_before", problems);
        checkMarkers(fragments, file.courtAfter(), "court_after", problems);
        checkMarkers(fragments, file.observanceHeld(), "observance_held", problems);
        checkMarkers(fragments, file.clauseJoins(), "clause_joins", problems);
        checkMarkers(fragments, file.unscheduledSentence(), "unscheduled_sentence", problems);
        checkMarkers(fragments, file.expectedBefore(), "expected_before", problems);
        checkMarkers(fragments, file.nextDayBefore(), "next_day_before", problems);
        checkMarkers(fragments, file.previousDayBefore(), "previous_day_before", problems);
        for (int i = 0; i < file.rules().size(); i++) {
            List<String> ruleProblems = new ArrayList<>();
            DateRule rule = file.rules().get(i);
            Linearity.check(rule.pattern()).forEach(ruleProblems::add);
            grammar.compileRule(rule, ruleProblems);
            String path = "rules/" + i + "/pattern";
            ruleProblems.forEach(p -> problems.at(path, rule.id() + " (" + language + "): " + p));
        }
    }

    /** Checks every marker of one list of a file ({@code key/i} in the problems). */
    private static void checkMarkers(Map<String, String> fragments, List<String> markers, String key, Problems problems) {
        for (int i = 0; i < markers.size(); i++) {
            checkMarker(withFragments(markers.get(i), fragments), key + "/" + i, problems);
        }
    }

    /** The parts of the scope's files, by name: a word list may name one, as a rule does ({@link #withFragments}). */
    private static Map<String, String> fragments(List<DateRuleFile> scope) {
        Map<String, String> out = new HashMap<>();
        scope.forEach(file -> out.putAll(file.parts()));
        return out;
    }

    /**
     * A word list's entry with its {@code {name}} placeholders replaced by the parts of that name, so that a fragment two
     * lists share is written once ("the court or its ruling after the verb" in the Arabic unscheduled_before and
     * no_event_before); a quantifier ({@code {1,15}}) is no name and stays.
     */
    static String withFragments(String marker, Map<String, String> fragments) {
        return PLACEHOLDER.matcher(marker).replaceAll(m -> Matcher.quoteReplacement(
                fragments.containsKey(m.group(1)) ? "(?:" + fragments.get(m.group(1)) + ")" : m.group()));
    }

    private static void checkMarker(String marker, String path, Problems problems) {
        Linearity.check(marker).forEach(p -> problems.at(path, p));
        try {
            Pattern.compile(marker);
        } catch (PatternSyntaxException e) {
            problems.at(path, "pattern does not compile: " + e.getDescription());
        }
    }

    /** What expanding one rule collects besides the regex. */
    private static final class Expansion {
        final Map<String, List<Lexicon>> groups = new LinkedHashMap<>();
        final Set<String> words = new LinkedHashSet<>();
        final Set<Lexicon> lexicons = new LinkedHashSet<>();
        final List<String> problems;

        Expansion(List<String> problems) {
            this.problems = problems;
        }

        /** For placeholders inside a lookaround: their words never begin a match. */
        Expansion context() {
            return new Expansion(problems);
        }
    }

    private CompiledRule compileRule(DateRule rule, List<String> problems) {
        Expansion x = new Expansion(problems);
        String pattern = normalize(rule.pattern());
        String body = expand(pattern, x, 0, true);
        String clitic = parts.containsKey(CLITIC) ? optional(parts.get(CLITIC)) : "";
        String regex = "(?<!" + WORD_CHAR + ")" + clitic + "(?<m>" + body + ")(?!" + WORD_CHAR + ")";
        requirements(rule, x.groups.keySet().stream().map(CompiledRule::field).collect(java.util.stream.Collectors.toSet()))
                .forEach(problems::add);
        try {
            Pattern compiled = Pattern.compile(regex, flags);
            boolean readsDigits = digitsOutsideLookarounds(body);
            Lookbehind lookbehind = Lookbehind.of(pattern, flags == Pattern.CASE_INSENSITIVE);
            int lead = parts.containsKey(CLITIC) ? Needles.maxLength(parts.get(CLITIC), parts::get, lexicons::get) : 0;
            return new CompiledRule(rule, compiled, Map.copyOf(x.groups), Set.copyOf(x.words), readsDigits,
                    FirstWords.of(pattern, readsDigits, parts::get, lexicons::get),
                    Needles.of(pattern, parts::get, lexicons::get, flags == Pattern.CASE_INSENSITIVE, lead),
                    lookbehind,
                    lookbehind != null ? null // read word for word, a closer test
                            : LookbehindNeedles.of(pattern, parts::get, lexicons::get, flags == Pattern.CASE_INSENSITIVE, lead));
        } catch (PatternSyntaxException e) {
            problems.add("pattern does not compile once expanded: " + e.getDescription());
            return null;
        }
    }

    /**
     * Whether a match may begin with digits: the pattern reads a digit (in a class, as a literal or
     * {@code \\d}) outside a lookaround; quantifiers' numbers do not count. Digits a match only
     * looks at, the year of "(?=(?<x>... {year}))\\k<x>", never begin one, as words in a lookaround
     * never do.
     */
    static boolean digitsOutsideLookarounds(String body) {
        int k = 0;
        while (k >= 0 && k < body.length()) {
            char c = body.charAt(k);
            if (c == '\\' && body.startsWith("d", k + 1)) {
                return true;
            } else if (c == '[') {
                int end = RegexPatternWalk.classEnd(body, k);
                if (readsDigitsIn(body, k, end < 0 ? body.length() : end)) {
                    return true;
                }
                k = end;
            } else if (Lookarounds.opensAt(body, k)) {
                k = RegexPatternWalk.pieceEnd(body, k); // digits a match only looks at
            } else if (body.startsWith("(?<", k) && k + 3 < body.length() && Character.isLetter(body.charAt(k + 3))) {
                k = RegexPatternWalk.past(body, k, '>'); // a group's name ("dayX2") is no digit to read
            } else if (c == '\\') {
                k = RegexPatternWalk.escapeEnd(body, k); // "\\.", "\\k<x>"
            } else if (c == '{') {
                k = RegexPatternWalk.past(body, k, '}'); // "{1,2}": a quantifier's numbers are no digits to read
            } else if (c >= '0' && c <= '9') {
                return true;
            } else {
                k++; // into a group
            }
        }
        return false;
    }

    /** Whether the class {@code body[open, end)} holds a digit, as a literal ({@code [0-9]}) or {@code \\d}. */
    private static boolean readsDigitsIn(String body, int open, int end) {
        for (int i = open; i < end; i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (body.startsWith("d", i + 1)) {
                    return true;
                }
                i++; // the char escaped
            } else if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The clitic {@code regex}, which may be left out. When it can match nothing by itself (the
     * shipped one is all optional letters: {@code (?:و|ف)?(?:ب|ل|ك)?}) it is not made optional
     * once more: {@code (?:X)?} would retry the whole rule after X's own empty match had failed,
     * at the same place, so every failing try (nearly all of them) ran twice, with the same result.
     */
    private static String optional(String regex) {
        boolean matchesEmpty;
        try {
            matchesEmpty = Pattern.compile(regex).matcher("").matches();
        } catch (PatternSyntaxException e) {
            matchesEmpty = false; // reported where the rule that uses it compiles
        }
        return matchesEmpty ? "(?:" + regex + ")" : "(?:" + regex + ")?";
    }

    /** Expands placeholders; {@code capture} is false inside parts. */
    private String expand(String pattern, Expansion x, int depth, boolean capture) {
        if (depth > MAX_DEPTH) {
            x.problems.add("parts nest deeper than " + MAX_DEPTH + " (a part refers to itself?)");
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean[] around = Lookarounds.mask(pattern);
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            out.append(literal(pattern.substring(last, m.start()), around, last, x));
            last = m.end();
            Set<Lexicon> used = new LinkedHashSet<>();
            String inner = inline(m.group(1), used, around[m.start()] ? x.context() : x, depth);
            String group = !capture ? null : m.group(2) != null ? m.group(2) : FIELDS.contains(m.group(1)) ? m.group(1) : null;
            if (group == null || group.equals("_")) {
                out.append("(?:").append(inner).append(')');
            } else if (!FIELDS.contains(group)) {
                x.problems.add("unknown capture '" + group + "' (known: " + new TreeSet<>(FIELDS) + ")");
            } else {
                // The same field may be captured in several alternatives ("{weekday} ...|... {weekday}"):
                // Java needs distinct group names, so later ones become weekdayX2, weekdayX3, ...
                String name = group;
                for (int k = 2; x.groups.containsKey(name); k++) {
                    name = group + "X" + k;
                }
                out.append("(?<").append(name).append('>').append(inner).append(')');
                x.groups.put(name, List.copyOf(used));
            }
        }
        out.append(literal(pattern.substring(last), around, last, x));
        return out.toString();
    }

    private String inline(String name, Set<Lexicon> used, Expansion x, int depth) {
        Lexicon lexicon = lexicons.get(name);
        if (lexicon != null) {
            used.add(lexicon);
            x.lexicons.add(lexicon);
            x.words.addAll(lexicon.tokens());
            return lexicon.alternation();
        }
        String part = parts.get(name);
        if (part == null) {
            x.problems.add("unknown placeholder {" + name + "} (no lexicon or part of that name)");
            return "";
        }
        Expansion inner = new Expansion(x.problems);
        String expanded = expand(part, inner, depth + 1, false);
        x.words.addAll(inner.words);
        x.lexicons.addAll(inner.lexicons);
        used.addAll(inner.lexicons);
        return expanded;
    }

    /**
     * Literal regex text at {@code offset} of its pattern: records its words outside lookarounds (a
     * match may begin with any of them; words a match only looks at, "in" of "(?<=in ){year}", never
     * begin one), and expands spaces.
     */
    private static String literal(String text, boolean[] around, int offset, Expansion x) {
        StringBuilder visible = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            visible.append(around[offset + i] ? ' ' : text.charAt(i));
        }
        for (String word : NOT_LETTER.split(ESCAPE.matcher(visible).replaceAll(" "))) {
            if (!word.isEmpty()) {
                x.words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return text.replace(" ", SPACE);
    }

    static String normalize(String text) {
        return NORMALIZER.normalize(text).normalized();
    }

    private static List<String> requirements(DateRule rule, Set<String> captured) {
        List<String> out = new ArrayList<>();
        boolean hasUnit = rule.unit() != null || captured.contains("unit");
        if (rule.countsFromEvent() && (rule.resolve() != DateRule.Resolve.SHIFT || !List.of("clause", "story").contains(rule.fromEvent()))) {
            out.add("from_event is clause or story, on a shift rule, not '" + rule.fromEvent() + "'");
        }
        switch (rule.resolve()) {
            case SHIFT, PERIOD -> {
                if (!hasUnit) {
                    out.add(rule.resolve() + " needs a unit: give 'unit' or capture {unit}");
                }
                if (rule.unit() != null && !List.of("day", "week", "month", "year").contains(rule.unit())) {
                    out.add("unit must be day, week, month or year, not '" + rule.unit() + "'");
                }
            }
            case RANGE -> {
                if (captured.stream().noneMatch(g -> g.endsWith("2"))
                        && !(captured.contains("n") && (captured.contains("day") || captured.contains("weekday") || captured.contains("rel")))
                        && !(captured.contains("weekday") && !captured.contains("day") && !captured.contains("month"))) {
                    out.add("a range captures its end: day2, month2 or year2, a number of days n from its day, weekday or rel, "
                            + "or a weekday alone (the night that begins on it and ends the next day)");
                }
            }
            case DATE -> {
                if (captured.stream().noneMatch(g -> Set.of("day", "month", "year", "weekday", "hmonth", "holiday", "part", "nth").contains(g))) {
                    out.add("a date captures at least one of day, month, year, weekday, hmonth, holiday, part, nth");
                }
            }
        }
        return out;
    }
}
