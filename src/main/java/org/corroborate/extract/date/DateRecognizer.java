package org.corroborate.extract.date;

import static org.corroborate.extract.date.DateWordList.MEETING_ACTS;
import static org.corroborate.extract.date.DateWordList.MEETING_BACK_REFERENCES;
import static org.corroborate.extract.date.DateWordList.MEETING_WORDS;
import static org.corroborate.extract.date.DateWordList.OPENING_WORDS;
import static org.corroborate.extract.date.DateWordList.BEFORE_WORDS;
import static org.corroborate.extract.date.DateWordList.CLAUSE_JOINS;
import static org.corroborate.extract.date.DateWordList.COMPARISON;
import static org.corroborate.extract.date.DateWordList.CLOSED_BEFORE;
import static org.corroborate.extract.date.DateWordList.CONTINUED_BEFORE;
import static org.corroborate.extract.date.DateWordList.FEAST_EVE_BEFORE;
import static org.corroborate.extract.date.DateWordList.MOVED_UNTIL_BEFORE;
import static org.corroborate.extract.date.DateWordList.NIGHT;
import static org.corroborate.extract.date.DateWordList.SCHEDULED_NOW_BEFORE;
import static org.corroborate.extract.date.DateWordList.EVENT_NOUN_AFTER;
import static org.corroborate.extract.date.DateWordList.COURT_AFTER;
import static org.corroborate.extract.date.DateWordList.COURT_BEFORE;
import static org.corroborate.extract.date.DateWordList.INCIDENT_AFTER;
import static org.corroborate.extract.date.DateWordList.CONJUNCTIONS;
import static org.corroborate.extract.date.DateWordList.DOCUMENT_AFTER;
import static org.corroborate.extract.date.DateWordList.DOCUMENT_BEFORE;
import static org.corroborate.extract.date.DateWordList.EVENT_COUNTS;
import static org.corroborate.extract.date.DateWordList.EXPECTED_BEFORE;
import static org.corroborate.extract.date.DateWordList.MOVED_BEFORE;
import static org.corroborate.extract.date.DateWordList.NAME_AFTER;
import static org.corroborate.extract.date.DateWordList.NAME_BEFORE;
import static org.corroborate.extract.date.DateWordList.NEXT_DAY_BEFORE;
import static org.corroborate.extract.date.DateWordList.NO_EVENT_BEFORE;
import static org.corroborate.extract.date.DateWordList.NO_EVENT_BOUNDS;
import static org.corroborate.extract.date.DateWordList.NO_EVENT_CLAUSES;
import static org.corroborate.extract.date.DateWordList.RESULT_CLAUSES;
import static org.corroborate.extract.date.DateWordList.OBSERVANCE_AFTER;
import static org.corroborate.extract.date.DateWordList.OBSERVANCE_BEFORE;
import static org.corroborate.extract.date.DateWordList.OBSERVANCE_HELD;
import static org.corroborate.extract.date.DateWordList.PERCENT;
import static org.corroborate.extract.date.DateWordList.PERFECT;
import static org.corroborate.extract.date.DateWordList.PREVIOUS_DAY_BEFORE;
import static org.corroborate.extract.date.DateWordList.PAST_AFTER;
import static org.corroborate.extract.date.DateWordList.PAST_CLAUSE_BEFORE;
import static org.corroborate.extract.date.DateWordList.RECURRING_AFTER;
import static org.corroborate.extract.date.DateWordList.RECURRING_BEFORE;
import static org.corroborate.extract.date.DateWordList.RELEASE;
import static org.corroborate.extract.date.DateWordList.RESTATED_ARRESTS;
import static org.corroborate.extract.date.DateWordList.RESTATED_INCIDENTS;
import static org.corroborate.extract.date.DateWordList.TOLL_RISE_AFTER;
import static org.corroborate.extract.date.DateWordList.SEARCH_BEFORE;
import static org.corroborate.extract.date.DateWordList.INCIDENT_PHRASE_BEFORE;
import static org.corroborate.extract.date.DateWordList.SINCE_ACT_BEFORE;
import static org.corroborate.extract.date.DateWordList.AFTER_CLAUSE_OF_COUNTS;
import static org.corroborate.extract.date.DateWordList.DECLARED_BEFORE;
import static org.corroborate.extract.date.DateWordList.TOLL_RISE_BEFORE;
import static org.corroborate.extract.date.DateWordList.TOLL_WORDS;
import static org.corroborate.extract.date.DateWordList.RESTATED_COUNTS;
import static org.corroborate.extract.date.DateWordList.RESTATED_ONE;
import static org.corroborate.extract.date.DateWordList.ROLLING_PERIODS;
import static org.corroborate.extract.date.DateWordList.SINCE;
import static org.corroborate.extract.date.DateWordList.START_WORDS;
import static org.corroborate.extract.date.DateWordList.STRETCH_FROM;
import static org.corroborate.extract.date.DateWordList.STRETCH_TO;
import static org.corroborate.extract.date.DateWordList.STATEMENT;
import static org.corroborate.extract.date.DateWordList.STATISTIC;
import static org.corroborate.extract.date.DateWordList.UNTIL_BEFORE;
import static org.corroborate.extract.date.DateWordList.SCHEDULED_BEFORE;
import static org.corroborate.extract.date.DateWordList.BY_BEFORE;
import static org.corroborate.extract.date.DateWordList.UNHELD_AFTER;
import static org.corroborate.extract.date.DateWordList.UNSCHEDULED_AFTER;
import static org.corroborate.extract.date.DateWordList.UNSCHEDULED_BEFORE;
import static org.corroborate.extract.date.DateWordList.UNSCHEDULED_DATES;
import static org.corroborate.extract.date.DateWordList.UNSCHEDULED_SENTENCE;
import static org.corroborate.extract.date.DateWordList.WHEN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.DateMention;
import org.corroborate.api.Grain;
import org.corroborate.api.Language;
import org.corroborate.api.Span;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.corroborate.text.ArabicNormalizer;
import org.corroborate.text.NormalizedText;

/**
 * Finds dates in the text of one language with the rule files of kind {@code dates} of its packs,
 * and resolves them against a reference date under a {@link DatePolicy}. Matching runs on the
 * normalised text; spans point into the original. Where rules overlap, the longest match wins
 * (then the reading that agrees with the calendar, the earliest, the rule listed first).
 *
 * <p>Immutable and safe to share between threads; build one per language and policy and keep it
 * (compiling the rules takes a moment). {@code find} reads the text once and is linear in its length.
 */
public final class DateRecognizer {
    /** How far back, within the sentence, a word may point a bare date forward ("will ... on Thursday"). */
    private static final int FUTURE_WINDOW = 100;
    /** How far back a quotation closed before a date is sought, to pair straight quotation marks ({@link #forwardFrom}). */
    private static final int QUOTE_WINDOW = 400;
    /** The ints of {@link #needlePlan} that open a set (its number, its largest reach, its needles' number), and of one needle. */
    private static final int PLAN_SET = 3;
    private static final int PLAN_NEEDLE = 3;
    /** The places of a block of {@link Scan}'s table of future markers' ends. */
    private static final int MARKER_BLOCK = 128;
    /** How far before or after a date its recurring markers may reach. */
    private static final int RECURRING_WINDOW = 40;
    /**
     * The warning on a date that recurs ("every July 5", "every Monday", "في الخامس من تموز من كل
     * عام"): the day of a schedule or a commemoration, not of an event.
     */
    public static final String RECURRING = "recurring";

    /**
     * The warning of an offset from another event that no day of the text fixes ("The statement came two days after a drone
     * struck", with no day before): read from the reference date only as a rule example is; no date of a claim.
     */
    public static final String UNANCHORED_OFFSET = EventOffsets.UNANCHORED;

    /** {@code dates} with each offset no day fixes ({@link #UNANCHORED_OFFSET}) left unresolved: no date. */
    public static List<DateMention> withoutUnanchored(List<DateMention> dates) {
        if (dates.stream().noneMatch(d -> d.warnings().contains(UNANCHORED_OFFSET))) {
            return dates;
        }
        return dates.stream().map(d -> !d.warnings().contains(UNANCHORED_OFFSET) ? d
                : new DateMention(d.text(), d.span(), null, null, d.grain(), d.warnings(), d.rule())).toList();
    }
    private static final String SENTENCE_END = ".!?\n;\u061F\u061B";
    /** The chars of {@link #SENTENCE_END}, told by a lookup where a window is read back char by char. */
    private static final java.util.BitSet SENTENCE_END_CHARS = new java.util.BitSet();

    static {
        SENTENCE_END.chars().forEach(SENTENCE_END_CHARS::set);
    }
    /** No date is longer than this many characters; a match is never sought further. */
    private static final int MAX_SPAN = 160;

    private final Language language;
    private final DatePolicy policy;
    private final List<CompiledRule> rules;
    private final RuleIndex index;
    private final Pattern futureMarkers;
    /**
     * Whether a match of {@link #futureMarkers} within a region is one within any longer region
     * that starts at the same place, and the reverse when the match ends inside the shorter: true
     * for patterns with no anchors, atomic groups or possessive quantifiers, which is what the
     * packs hold; the regions' bounds are transparent, so lookarounds see the same text.
     */
    private final boolean markersMonotone;
    /**
     * Text one of which every match of {@link #futureMarkers} contains ({@link Needles}), each with
     * the most chars a match may read before it, sought in the text folded as the rules' needles
     * are; null when the markers promise none. A place no needle follows within its reach begins no
     * marker, and the regex is not run there: "is", "will", "سوف" are rare among a text's words.
     */
    private final String[] markerNeedles;
    private final int[] markerReach;
    /**
     * Each future marker alone ({@link DateGrammar#futureMarkerEach}) when the markers are sought once per text ({@link
     * #markersMonotone}) and each promises needles, else null: a place is tried for the markers whose own needles lie
     * within reach after it, not for the whole alternation of over a hundred; the alternation matches at a place where
     * one of them does.
     */
    private final Pattern[] markerEach;
    /** Per needle of {@link #markerNeedles}, the markers of {@link #markerEach} that hold it, and its reach in each. */
    private final int[][] markerNeedleOf;
    private final int[][] markerNeedleReach;
    /** The most chars from where a marker of {@link #markerEach} begins to where a bounded needle of it ends. */
    private final int markerSpan;
    /**
     * The word lists of the packs read around a date ({@link DateWordList}), each with its filter ({@link Words}): a
     * clause or a window without the text one of which every match contains is not searched. Most hold none of a
     * list's words, and a search tries the pattern at every char.
     */
    private final java.util.EnumMap<DateWordList, Words> words = new java.util.EnumMap<>(DateWordList.class);
    /** The ids of the rules that count from the reference date (today, yesterday, two days ago). */
    private final java.util.Set<String> fromToday;
    /** The ids of the rules of {@link #fromToday} that name one day by a word of their own ({@link #namedDay}). */
    private final java.util.Set<String> namedDays;
    /** The ids of the rules that resolve against the reference date: {@link #fromToday} and periods (last week, this month). */
    private final java.util.Set<String> relative;
    /** The ids of the rules that count from the day named before them ("the day before"). */
    private final java.util.Set<String> anchoredRules;
    /** The ids of the range rules that read a day and a month, and a second day ("from April 10 to 17"; {@link #daysOfAMonth}). */
    private final java.util.Set<String> dayRanges;
    /** The rules of an offset from another event ({@code from_event}, {@link EventOffsets}). */
    private final java.util.Set<String> eventOffsetRules;
    /** The marks of the rules the packs mark ({@code marks}), by rule id ({@link #marked}). */
    private final java.util.Map<String, java.util.Set<DateRule.Mark>> marks;
    private final DateResolver resolver;
    /** The distinct needles of the rules ({@link Needles}), sought as in the text folded when {@code foldCase}. */
    private final String[] needles;
    /**
     * Finds every needle of the rules, and then every one of the {@link #markerNeedles} (their indexes after the
     * rules'), in one reading of a text: the markers are sought before the dates of nearly every text.
     */
    private final NeedleAutomaton needleAutomaton;
    /**
     * Per rule, its sets of needles ({@link Needles}), a match containing one of each set, laid out one after another in
     * one array from {@link #needlePlanAt}: the number of sets, then per set its number among the distinct sets (a scan
     * works out once per set which of its needles the text has at all, {@link Scan#present}), the most chars after the
     * start of a match that any of its needles may begin at (its largest reach, never past {@link #MAX_SPAN}), the number
     * of its needles, and per needle ({@link #PLAN_NEEDLE} ints) its index in {@link #needles}, the most chars after the
     * start of a match that it may begin at, and its length. One rule's needles are read from one place: held as arrays of
     * arrays, a try read half a dozen of them, each a wait for memory after the text's other stages.
     */
    private final int[] needlePlan;
    /** Per rule, where its sets begin in {@link #needlePlan}; -1 when it has none. */
    private final int[] needlePlanAt;
    private final int setCount;
    /** Per rule, its lookbehind ({@link CompiledRule#lookbehind()}), null when none. */
    private final Lookbehind[] lookbehinds;
    /** Per rule, the needles of its lookbehind ({@link CompiledRule#lookbehindNeedles()}), null when none. */
    private final LookbehindNeedles[] lookbehindNeedles;
    private final boolean foldCase;
    /**
     * The chars a clitic may begin with ({@link DateGrammar#cliticFirstChars}): where the text has
     * one, a rule's lookbehind is looked at past the clitic, and not checked before the regex runs.
     */
    private final java.util.BitSet cliticFirst;
    /**
     * Matchers that earlier finds made and gave back, an array (one per rule, made as needed) per
     * find running at once: a matcher of a long rule is costly to make, and a find tries dozens.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<Matcher[]> spareMatchers =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private DateRecognizer(Language language, DatePolicy policy, List<DateRuleFile> scope) {
        this.language = language;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rules = DateGrammar.compile(scope, language);
        this.index = new RuleIndex(rules, DateGrammar.hasClitic(scope));
        this.futureMarkers = DateGrammar.futureMarkers(scope, language);
        this.markersMonotone = futureMarkers != null && monotone(futureMarkers.pattern());
        List<Map<String, Integer>> markerSets = futureMarkers == null ? null
                : Needles.of(futureMarkers.pattern(), part -> null, lexicon -> null, DateGrammar.ignoresCase(language), 0, true);
        List<Pattern> each = markersMonotone ? DateGrammar.futureMarkerEach(scope, language) : null;
        List<Map<String, Integer>> eachNeedles = new ArrayList<>();
        for (int i = 0; each != null && i < each.size(); i++) {
            List<Map<String, Integer>> sets = Needles.of(each.get(i).pattern(), part -> null, lexicon -> null,
                    DateGrammar.ignoresCase(language), 0, true);
            if (sets == null || sets.get(0).containsKey("")) {
                each = null; // a marker that promises no needle is tried everywhere: the whole alternation is
            } else {
                eachNeedles.add(sets.get(0));
            }
        }
        if (each != null) {
            this.markerEach = each.toArray(Pattern[]::new);
            this.markerNeedles = eachNeedles.stream().flatMap(n -> n.keySet().stream()).distinct().sorted().toArray(String[]::new);
            this.markerReach = null;
            Map<String, Integer> ids = new java.util.HashMap<>();
            for (int n = 0; n < markerNeedles.length; n++) {
                ids.put(markerNeedles[n], n);
            }
            List<List<int[]>> of = new ArrayList<>();
            for (String needle : markerNeedles) {
                of.add(new ArrayList<>());
            }
            for (int i = 0; i < eachNeedles.size(); i++) {
                for (Map.Entry<String, Integer> needle : eachNeedles.get(i).entrySet()) {
                    of.get(ids.get(needle.getKey())).add(new int[] {i, needle.getValue()});
                }
            }
            this.markerNeedleOf = of.stream().map(l -> l.stream().mapToInt(x -> x[0]).toArray()).toArray(int[][]::new);
            this.markerNeedleReach = of.stream().map(l -> l.stream().mapToInt(x -> x[1]).toArray()).toArray(int[][]::new);
            int span = 0;
            for (int n = 0; n < markerNeedles.length; n++) {
                for (int reach : markerNeedleReach[n]) {
                    if (reach != Needles.UNBOUNDED) {
                        span = Math.max(span, reach + markerNeedles[n].length());
                    }
                }
            }
            this.markerSpan = span;
        } else if (markerSets == null || markerSets.get(0).containsKey("")) {
            this.markerEach = null;
            this.markerNeedleOf = null;
            this.markerNeedleReach = null;
            this.markerSpan = 0;
            this.markerNeedles = null;
            this.markerReach = null;
        } else {
            this.markerEach = null;
            this.markerNeedleOf = null;
            this.markerNeedleReach = null;
            this.markerSpan = 0;
            this.markerNeedles = markerSets.get(0).keySet().stream().sorted().toArray(String[]::new);
            this.markerReach = java.util.Arrays.stream(markerNeedles).mapToInt(markerSets.get(0)::get).toArray();
        }
        this.fromToday = scope.stream().flatMap(f -> f.rules().stream())
                .filter(r -> r.resolve() == DateRule.Resolve.SHIFT && !r.isAnchored())
                .map(DateRule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.namedDays = scope.stream().flatMap(f -> f.rules().stream())
                .filter(r -> r.resolve() == DateRule.Resolve.SHIFT && !r.isAnchored() && "day".equals(r.unit()))
                .map(DateRule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.relative = scope.stream().flatMap(f -> f.rules().stream())
                .filter(r -> (r.resolve() == DateRule.Resolve.SHIFT || r.resolve() == DateRule.Resolve.PERIOD) && !r.isAnchored())
                .map(DateRule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.anchoredRules = scope.stream().flatMap(f -> f.rules().stream())
                .filter(r -> r.isAnchored() && r.resolve() == DateRule.Resolve.SHIFT)
                .map(DateRule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.dayRanges = rules.stream().filter(r -> r.rule().resolve() == DateRule.Resolve.RANGE && readsDaysOfAMonth(r))
                .map(r -> r.rule().id()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.eventOffsetRules = scope.stream().flatMap(f -> f.rules().stream()).filter(DateRule::countsFromEvent)
                .map(DateRule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.marks = scope.stream().flatMap(f -> f.rules().stream()).filter(r -> r.marks() != null && !r.marks().isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(DateRule::id, r -> java.util.Set.copyOf(r.marks())));
        this.resolver = new DateResolver(policy);
        this.foldCase = DateGrammar.ignoresCase(language);
        for (DateWordList list : DateWordList.values()) {
            words.put(list, Words.of(list.pattern(scope, language), foldCase));
        }
        this.cliticFirst = DateGrammar.cliticFirstChars(scope, language);
        Map<String, Integer> ids = new java.util.LinkedHashMap<>();
        Map<List<Integer>, Integer> setIds = new java.util.HashMap<>();
        int[][][] ruleNeedles = new int[rules.size()][][];
        int[][][] ruleReach = new int[rules.size()][][];
        int[][] ruleSetIds = new int[rules.size()][];
        int[][] ruleSetReach = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<Map<String, Integer>> sets = rules.get(r).needles();
            if (sets != null) {
                ruleNeedles[r] = new int[sets.size()][];
                ruleReach[r] = new int[sets.size()][];
                ruleSetIds[r] = new int[sets.size()];
                ruleSetReach[r] = new int[sets.size()];
                for (int k = 0; k < sets.size(); k++) {
                    Map<String, Integer> own = sets.get(k);
                    List<String> sorted = own.keySet().stream().sorted().toList();
                    ruleNeedles[r][k] = sorted.stream().mapToInt(n -> ids.computeIfAbsent(n, x -> ids.size())).toArray();
                    ruleReach[r][k] = sorted.stream().mapToInt(own::get).toArray();
                    List<Integer> key = java.util.Arrays.stream(ruleNeedles[r][k]).boxed().toList();
                    ruleSetIds[r][k] = setIds.computeIfAbsent(key, x -> setIds.size());
                    ruleSetReach[r][k] = Math.min(MAX_SPAN, java.util.Arrays.stream(ruleReach[r][k]).max().orElse(0));
                }
            }
        }
        this.needles = ids.keySet().toArray(String[]::new);
        this.setCount = setIds.size();
        this.needlePlanAt = new int[rules.size()];
        int planned = 0;
        for (int r = 0; r < rules.size(); r++) {
            if (ruleNeedles[r] != null) {
                planned++;
                for (int[] set : ruleNeedles[r]) {
                    planned += PLAN_SET + PLAN_NEEDLE * set.length;
                }
            }
        }
        this.needlePlan = new int[planned];
        int at = 0;
        for (int r = 0; r < rules.size(); r++) {
            if (ruleNeedles[r] == null) {
                needlePlanAt[r] = -1;
                continue;
            }
            needlePlanAt[r] = at;
            needlePlan[at++] = ruleNeedles[r].length;
            for (int k = 0; k < ruleNeedles[r].length; k++) {
                needlePlan[at++] = ruleSetIds[r][k];
                needlePlan[at++] = ruleSetReach[r][k];
                needlePlan[at++] = ruleNeedles[r][k].length;
                for (int n = 0; n < ruleNeedles[r][k].length; n++) {
                    needlePlan[at++] = ruleNeedles[r][k][n];
                    needlePlan[at++] = ruleReach[r][k][n];
                    needlePlan[at++] = needles[ruleNeedles[r][k][n]].length();
                }
            }
        }
        this.lookbehinds = rules.stream().map(CompiledRule::lookbehind).toArray(Lookbehind[]::new);
        this.lookbehindNeedles = rules.stream().map(CompiledRule::lookbehindNeedles).toArray(LookbehindNeedles[]::new);
        String[] sought = markerNeedles == null ? needles
                : java.util.stream.Stream.concat(java.util.Arrays.stream(needles), java.util.Arrays.stream(markerNeedles))
                        .toArray(String[]::new);
        this.needleAutomaton = new NeedleAutomaton(sought, foldCase);
    }

    /** A recogniser from loaded packs. */
    public static DateRecognizer of(RulePacks packs, Language language, DatePolicy policy) {
        return new DateRecognizer(language, policy, packs.forLanguage(language, DateRuleFile.class));
    }

    /** A recogniser from loaded packs, under the news policy. */
    public static DateRecognizer of(RulePacks packs, Language language) {
        return of(packs, language, DatePolicy.NEWS);
    }

    /** A recogniser from the packs shipped in the jar. */
    public static DateRecognizer shipped(Language language, DatePolicy policy) {
        return of(Shipped.PACKS, language, policy);
    }

    /** A recogniser from the packs shipped in the jar, under the news policy. */
    public static DateRecognizer shipped(Language language) {
        return shipped(language, DatePolicy.NEWS);
    }

    public Language language() {
        return language;
    }

    public DatePolicy policy() {
        return policy;
    }

    /** Whether each place's future-marker match is sought once per text ({@link #markersMonotone}). */
    boolean seeksMarkersOnce() {
        return markersMonotone;
    }

    /** Whether a place is tried for each future marker whose needles lie within reach of it alone ({@link #markerEach}). */
    boolean seeksEachMarkerAlone() {
        return markerEach != null;
    }

    /** The text one of which every future marker contains ({@link #markerNeedles}), empty when none. */
    List<String> markerNeedles() {
        return markerNeedles == null ? List.of() : List.of(markerNeedles);
    }

    /**
     * The dates in {@code text}, sorted by span. Relative dates resolve against {@code reference}
     * (the publication date); when it is null they stay unresolved with the warning
     * {@code unresolved-relative-date}.
     */
    public List<DateMention> find(String text, LocalDate reference) {
        NormalizedText normalized = DateGrammar.NORMALIZER.normalize(text);
        String s = normalized.normalized();
        Scan scan = new Scan(s, reference);
        List<Candidate> candidates = scan.run();
        scan.release();
        List<DateMention> out = new ArrayList<>();
        List<Candidate> chosen = select(candidates);
        chosen.sort(Comparator.comparingInt((Candidate c) -> c.start));
        LocalDate lastDay = null; // the single day named last, which "the following day" counts from
        int lastDayEnd = -1; // where that day ends in the normalised text
        LocalDate lastPastDay = null; // the same, not after the reference date
        LocalDate lastNamed = null; // the end of the day or month named last: the month "of the same month" is
        LocalDate lastEventDay = null; // the last past day that is no statement's own ("police said on Monday")
        int statementEnd = -1; // where the last single day ends when it is a statement's, else -1
        DateResolver.Resolution lastNight = null; // the night named last across two days ("overnight", "Sunday night into Monday")
        int lastNightEnd = -1; // where that night ends in the normalised text
        for (Candidate c : chosen) {
            int[] span = normalized.toOriginal(c.start, c.end);
            span[1] = includeTrailingMarks(text, span[1]);
            DateResolver.Resolution r = c.resolution;
            // a past day first: "… will take effect on July 1. Opposition deputies walked out of the session the
            // previous day" counts from the vote, the last dated event, not from the schedule (J6 of dev10)
            LocalDate anchor = lastPastDay != null ? lastPastDay : lastDay;
            if (lastDay != null && !lastDay.equals(lastPastDay) && !sentenceEndBetween(s, lastDayEnd, c.start)) {
                // "Scotland host France on February 28, while Wales travel to Rome a day earlier", "يحل الهلال ضيفاً على الدحيل
                // يوم ٢١ أكتوبر، بينما يستقبل العين شباب الأهلي في اليوم التالي": within its own sentence a scheduled day is
                // the one counted from, not a past day of an earlier sentence (dev27-en-005, dev27-ar-025)
                anchor = lastDay;
            }
            if (statementEnd >= 0 && lastEventDay != null && sentenceEndBetween(s, statementEnd, c.start)) {
                // "… killing three players, police said on Monday. A storm had cut power the previous day": a later sentence
                // counts from the event, not from the day it was told (dev22-en-017); within the statement's own sentence the
                // day is the statement's ("said on Tuesday that a truce agreed the day before was holding", N2 of dev13)
                anchor = lastEventDay;
            }
            if (c.rule.rule().countsFromEvent()) {
                // "on Monday, seven months after protests …", "two days after the quake struck on 3 March", «وتأتي الغارة بعد
                // يومين من غارة مماثلة»: counted from the day of one of the two events, or none
                r = EventOffsets.resolve(resolver, c.rule.rule(), c.captures, s, c.start, c.end,
                        lastDay == null ? null : new EventOffsets.Named(lastDayEnd, lastDayEnd, DateResolver.day(lastDay, List.of()), false),
                        nextOf(chosen, c), anchor == null || reference != null && anchor.isAfter(reference) ? null : anchor, r);
            } else if (c.rule.rule().isAnchored() && (c.rule.rule().resolve() == DateRule.Resolve.DATE
                    || c.rule.rule().resolve() == DateRule.Resolve.RANGE)) {
                // "في الخامس عشر من الشهر نفسه": a day of the month named last ("يومي 17 و18 حزيران"), not of publication's; so
                // two days "between the 10th and 12th of the same month"
                DateResolver.Resolution anchored = lastNamed == null ? null
                        : resolver.resolve(c.rule.rule(), c.captures, java.time.YearMonth.from(lastNamed).atEndOfMonth(), false);
                r = anchored != null ? anchored : r;
            } else if (lastNight != null && lastNightEnd > lastDayEnd && c.rule.rule().isAnchored()
                    && c.rule.rule().resolve() == DateRule.Resolve.SHIFT && Integer.valueOf(0).equals(c.rule.rule().offset())
                    && words(NIGHT).present() && words(NIGHT).foundIn(DateGrammar.NORMALIZER.normalizedBetween(s, c.start, c.end))) {
                // "Russian forces launched 60 drones overnight … Air defences shot down 47 drones during the same night": the
                // night named last, across its two days, not the single day before it (blind10's adjudication #21)
                r = lastNight;
            } else if (c.rule.rule().isAnchored() && anchor != null) {
                DateResolver.Resolution anchored = resolver.resolve(c.rule.rule(), c.captures, anchor, false);
                r = anchored != null ? anchored : r;
            }
            if (r.start() != null && r.grain() == Grain.DAY && r.end() != null && r.end().equals(r.start().plusDays(1))) {
                lastNight = r;
                lastNightEnd = c.end;
            }
            if (r.end() != null && (r.grain() == Grain.DAY || r.grain() == Grain.MONTH)) {
                lastNamed = r.end();
            }
            if (r.start() != null && r.start().equals(r.end())) {
                lastDay = r.start();
                lastDayEnd = c.end;
                if (reference == null || !r.start().isAfter(reference)) {
                    lastPastDay = r.start();
                    boolean told = statedRightBefore(s, c.start);
                    statementEnd = told ? c.end : -1;
                    if (!told) {
                        lastEventDay = r.start();
                    }
                }
            }
            List<String> warnings = recurs(s, c.start, c.end) ? DateResolver.plus(r.warnings(), List.of(RECURRING)) : r.warnings();
            out.add(new DateMention(text.substring(span[0], span[1]), new Span(span[0], span[1]),
                    r.start(), r.end(), r.grain(), warnings, c.rule.rule().id()));
        }
        out.sort(Comparator.comparingInt((DateMention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return out;
    }

    /** The first date chosen after {@code c}, as {@link EventOffsets} reads it, or null. */
    private static EventOffsets.Named nextOf(List<Candidate> chosen, Candidate c) {
        for (Candidate o : chosen) {
            if (o.start >= c.end) {
                return new EventOffsets.Named(o.start, o.end, o.resolution, o.rule.rule().isAnchored() || o.rule.rule().countsFromEvent());
            }
        }
        return null;
    }

    /** How many characters before a day a statement word may stand for the day to be the statement's ("police said on"). */
    private static final int STATED_WINDOW = 24;

    /** Whether a statement word stands in the few chars before {@code start} of normalised {@code s}, within its clause. */
    private boolean statedRightBefore(String s, int start) {
        int from = Math.max(0, start - STATED_WINDOW);
        for (int i = start - 1; i >= from; i--) {
            if (SENTENCE_END_CHARS.get(s.charAt(i))) {
                from = i + 1;
                break;
            }
        }
        return words(STATEMENT).present() && words(STATEMENT).foundIn(s.substring(from, start));
    }

    /** Whether a sentence ends in {@code s} between {@code from} and {@code to}. */
    private static boolean sentenceEndBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_END_CHARS.get(s.charAt(i)) && !abbreviationDot(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** How many characters before a date a release word may stand ("released two of them on Friday"). */
    private static final int RELEASE_WINDOW = 40;

    /**
     * Whether a release word (the {@code release_words} of the packs) stands shortly before the date
     * {@code d} of {@code text}, in its clause: "and released two of them on Friday", "قبل أن
     * يُطلقوا سراح اثنين منهم صباح أمس". After a kidnapping or an arrest the release is an event of its own.
     */
    public boolean releasedOn(String text, DateMention d) {
        if (!words(RELEASE).present()) {
            return false;
        }
        int from = Math.max(0, d.span().start() - RELEASE_WINDOW);
        for (int i = d.span().start() - 1; i >= from; i--) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0 || isComma(text.charAt(i))) {
                from = i + 1; // not past the clause's start
                break;
            }
        }
        String before = DateGrammar.NORMALIZER.normalizedBetween(text, from, d.span().start());
        return words(RELEASE).foundIn(before);
    }

    /**
     * Whether the words before the date {@code d} of {@code text}, from {@code sentenceStart}, tell an arrest again with
     * its date, the people held named by a definite noun or a pronoun (the packs' {@code restated_arrests}): "The men,
     * aged 23 and 27, were arrested on Friday", "He was arrested on Saturday in …", "وكانت قوات الأمن قد ألقت القبض على
     * المتهمين يوم الأحد". The last such words before the date must reach it without a clause break (a comma, a stop):
     * "The men were detained after a manhunt, which began on Monday" tells another event's day.
     * The words' filter is asked first: most sentences before a date hold no verb of arrest, and the
     * pattern, some of whose words are not anchored, would otherwise be tried at every char of them.
     */
    public boolean restatesArrest(String text, DateMention d, int sentenceStart) {
        return reachesDate(words(RESTATED_ARRESTS), text, d, sentenceStart);
    }

    /**
     * Whether the words before the date {@code d} of {@code text}, from {@code sentenceStart}, tell again an incident a
     * count reported, its subject or its verb referring back to it (the packs' {@code restated_incidents}): "The blaze
     * broke out on Saturday afternoon", "The attack on Saturday was one of the deadliest", «وكان الهجوم قد وقع فجر
     * الثلاثاء», «أفادت مصادر محلية بأنه وقع صباح الثلاثاء». As for a restated arrest, the last such words must reach the
     * date without a clause break: "The fire was put out, and the minister visited the site on Sunday" dates the visit.
     */
    public boolean restatesIncident(String text, DateMention d, int sentenceStart) {
        return reachesDate(words(RESTATED_INCIDENTS), text, d, sentenceStart);
    }

    /**
     * Whether the words of {@code text} from {@code sentenceStart} to {@code countStart} (a count's) tell a count of an
     * earlier sentence again (the packs' {@code restated_counts}): "The three workers died on Tuesday evening", "The four men
     * were arrested on Friday".
     */
    public boolean restatesCount(String text, int sentenceStart, int countStart) {
        Words restated = words(RESTATED_COUNTS);
        return restated.present() && countStart > sentenceStart
                && restated.foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, sentenceStart, countStart).strip());
    }

    /**
     * Whether the words of {@code text} from {@code start} to {@code end} (a sentence) tell a meeting, talks or a session
     * (the packs' {@code meeting_words}) and no act of its own done at it, a vote, an approval or a signing ({@code
     * meeting_acts}), which is an event in its own right whatever was said there.
     */
    public boolean meetingAt(String text, int start, int end) {
        if (!words(MEETING_WORDS).present()) {
            return false; // a pack without the words (English): no sentence normalised for nothing, at every day
        }
        String normalized = DateGrammar.NORMALIZER.normalizedBetween(text, start, end);
        return words(MEETING_WORDS).foundIn(normalized) && !words(MEETING_ACTS).foundIn(normalized);
    }

    /**
     * Whether the words of {@code text} from {@code start} to {@code end} tell an event's opening (the packs' {@code
     * opening_words}: «انطلقت أمس فعاليات المعرض»، «في افتتاح البطولة»), a stretch a later «وتستمر حتى» may end.
     */
    public boolean opensAnEvent(String text, int start, int end) {
        if (!words(OPENING_WORDS).present()) {
            return false;
        }
        return words(OPENING_WORDS).foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, start, end));
    }

    /**
     * Whether the words of {@code text} from {@code start} to {@code end} (a statement's sentence) refer back to a meeting
     * it was made at (the packs' {@code meeting_back_references}): «وأكد المهندي خلال الاجتماع أن …».
     */
    public boolean saidAtTheMeeting(String text, int start, int end) {
        return words(MEETING_BACK_REFERENCES).present() && words(MEETING_BACK_REFERENCES).foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, start, end));
    }

    /**
     * Whether the date {@code d} of {@code text} is the day a toll rose, its update, in a sentence (from {@code sentenceStart})
     * that names the toll (the packs' {@code toll_rise_before}, {@code toll_rise_after} and {@code toll_words}): "The toll from
     * a landslide that buried part of a village on Saturday rose to 31 on Tuesday", "Rescuers recovered more bodies on
     * Saturday, raising the death toll from a landslide … to 17", «ارتفعت حصيلة ضحايا الفيضانات إلى 40 قتيلاً الثلاثاء».
     * The toll's counts are the incident's (dev32's B3: the event date of a "toll rose to N" claim is the incident's, not the
     * update's), and the update is no dated event of its own.
     */
    public boolean tollUpdate(String text, DateMention d, int sentenceStart, int sentenceEnd) {
        Words toll = words(TOLL_WORDS);
        return toll.present() && (adjacentBefore(words(TOLL_RISE_BEFORE), text, d.span().start())
                || adjacentAfter(words(TOLL_RISE_AFTER), text, d.span().end()))
                && toll.foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, sentenceStart, sentenceEnd));
    }

    /**
     * Whether the date {@code d} of {@code text} is the day of a search for people counted, its words right before it (the
     * packs' {@code search_before}): "…, killing at least 16 people, and rescuers were searching Saturday for about 20
     * others". The search goes on after the incident: its day is no dated event of its own, nor the day of the counts.
     */
    public boolean searchDay(String text, DateMention d) {
        return adjacentBefore(words(SEARCH_BEFORE), text, d.span().start());
    }

    /**
     * Whether a since clause right before the date {@code d} names an act done on it (the packs' {@code since_act_before}):
     * "57 deaths since it was declared on Nov. 2", an outbreak's declaration, a dated event of its own besides the span the
     * count runs over (dev rule 21a), not the onset of a state ("since the protests began on Oct. 14").
     */
    public boolean sinceActBefore(String text, DateMention d) {
        return adjacentBefore(words(SINCE_ACT_BEFORE), text, d.span().start());
    }

    /**
     * Whether the words of {@code text} from {@code from} (a date's end) to {@code to} (a count's start) open an after
     * clause whose relative clause holds the count (the packs' {@code after_clause_of_counts}): "A ceasefire took effect on
     * Friday evening after two days of clashes that the health ministry said killed at least 12 people". The count is of the
     * earlier event, not of the day.
     */
    public boolean afterClauseBetween(String text, int from, int to) {
        Words clause = words(AFTER_CLAUSE_OF_COUNTS);
        return clause.present() && to > from && clause.foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, from, to));
    }

    /**
     * Whether a subject's declaration set off by a comma stands right before the date {@code d} (the packs' {@code
     * declared_before}): "The outbreak, confirmed on June 3, infected 26 people and killed nine": the day of the
     * confirmation, not of the deaths the subject went on to cause.
     */
    public boolean declaredBefore(String text, DateMention d) {
        return adjacentBefore(words(DECLARED_BEFORE), text, d.span().start());
    }

    /** How far before a date, within its sentence, its incident's phrase is sought ({@link #incidentPhraseBefore}). */
    private static final int INCIDENT_PHRASE_WINDOW = 100;

    /**
     * Whether the date {@code d} of {@code text} ends a phrase naming an incident, opened by a preposition and read from no
     * further back than {@code sentenceStart} (the packs' {@code incident_phrase_before}): "after a crowd crush at a football
     * stadium in Conakry on Monday", "over violent protests in May". The day is the incident's, not the sentence's own event's.
     */
    public boolean incidentPhraseBefore(String text, DateMention d, int sentenceStart) {
        Words phrase = words(INCIDENT_PHRASE_BEFORE);
        return phrase.present() && phrase.foundIn(DateGrammar.NORMALIZER.normalizedBetween(text,
                Math.max(sentenceStart, d.span().start() - INCIDENT_PHRASE_WINDOW), d.span().start()));
    }

    /** Whether the last of {@code restated}'s words before the date, from {@code sentenceStart}, reach it without a clause break. */
    private static boolean reachesDate(Words restated, String text, DateMention d, int sentenceStart) {
        String before = restated.present() ? sentenceBefore(text, d, sentenceStart) : "";
        int end = restated.lastEnd(before);
        return end >= 0 && !CLAUSE_BREAK.matcher(before.substring(end)).find();
    }

    /**
     * Whether the words before the date {@code d} of {@code text}, from {@code sentenceStart}, name the one person an
     * arrest is told again of (the packs' {@code restated_one}: "He was arrested on Saturday", "The man was detained"):
     * that arrest is of a count of one, not of a group counted before.
     */
    public boolean restatesOne(String text, DateMention d, int sentenceStart) {
        Words one = words(RESTATED_ONE);
        return one.present() && one.foundIn(sentenceBefore(text, d, sentenceStart));
    }

    /** The normalised words of {@code text} from {@code sentenceStart}, past its spaces, up to the date {@code d}. */
    private static String sentenceBefore(String text, DateMention d, int sentenceStart) {
        int from = sentenceStart; // the words may open the sentence ("^The men" in the packs)
        while (from < d.span().start() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from >= d.span().start() ? "" : DateGrammar.NORMALIZER.normalizedBetween(text, from, d.span().start());
    }

    /**
     * A mark that ends a clause between the words of a restated arrest and its date ({@link #restatesArrest}); not the dot
     * after a lone letter of an abbreviation ("The explosion tore through a storage hall shortly after 9 a.m. on Monday").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:!?\u060C\u061B\u061F]|(?<!(?<!\\p{L})\\p{L})\\.");

    /**
     * How far before a date ahead of publication, within its sentence, its {@code unscheduled_before} words are sought: a
     * forecast's word may stand far before its day ("The cyclone is expected to gather strength over warm water before it
     * reaches the southern coast of the island on Friday", dev12).
     */
    private static final int UNSCHEDULED_BEFORE_WINDOW = 200;
    /** How far after a date ahead of publication its {@code unscheduled_after} words are sought ("، قبل أن تؤجل", ", was postponed"). */
    private static final int UNSCHEDULED_AFTER_WINDOW = 60;

    /**
     * Whether the date {@code d} of {@code text}, ahead of publication, is no scheduled event (dev rule 21b):
     * the {@code unscheduled_before} words of the packs stand in its sentence before it (a forecast, "rain is
     * expected on Thursday"; a deadline, "has until July 31", "مهلة تنتهي في 31 تموز"; the end of a span,
     * "runs until July 2"; a schedule that did not hold, "had been scheduled for March"), its {@code expected_before}
     * words before a week, a month or a year ("Truce talks are expected to resume next week"; an act so expected on a
     * named day is its scheduled day, "The Senate is expected to vote on Thursday"), or its
     * {@code unscheduled_after} words after it ("… for March, was postponed", "قبل أن تؤجل"), or the date is one of
     * {@code unscheduled_dates} ("next spring", "مطلع العام المقبل"). A day named by its event ("next week's
     * confidence vote") is read after it only. Asked only of dates ahead of publication, few in news: the sentence
     * is read twice then, not for every date.
     */
    public boolean unscheduled(String text, DateMention d) {
        if (words(UNSCHEDULED_DATES).foundIn(DateGrammar.NORMALIZER.normalize(d.text()).normalized())) {
            return true;
        }
        // (a stretch told by its length first has its day at its end: the words before that day are read, the length among them)
        int start = marked(d, DateRule.Mark.LENGTH_FIRST) ? d.span().end() : d.span().start();
        if (words(UNSCHEDULED_BEFORE).present() && !possessive(text, d.span().end())) {
            int from = sentenceStart(text, start, UNSCHEDULED_BEFORE_WINDOW);
            String sentence = DateGrammar.NORMALIZER.normalizedBetween(text, from, start);
            if (words(UNSCHEDULED_SENTENCE).foundIn(sentence)) {
                return true;
            }
            String own = ownClause(sentence);
            if (words(UNSCHEDULED_BEFORE).foundIn(own) || d.grain() != Grain.DAY && words(EXPECTED_BEFORE).foundIn(own)) {
                return true;
            }
        }
        return unheld(text, d) || words(UNSCHEDULED_AFTER).present() && words(UNSCHEDULED_AFTER).foundIn(after(text, d));
    }

    /** Whether the packs' {@code clause_joins} join a new clause in {@code text} (", and", "، و"). */
    public boolean joinsClause(String text) {
        Words joins = words(CLAUSE_JOINS);
        String normalized = DateGrammar.NORMALIZER.normalizeWord(text).normalized(); // a fragment: the article stays the view kept
        return joins.present() && joins.foundIn(normalized);
    }

    /**
     * The words of {@code before} after the last join of a new clause (the packs' {@code clause_joins}): a forecast in
     * the clause before ("ويُتوقع أن يتراجع التضخم …، وتعقد اللجنة اجتماعها المقبل في 9 تموز", dev15-ar-027) is not
     * the date's.
     */
    private String ownClause(String before) {
        Words joins = words(CLAUSE_JOINS);
        if (!joins.mayFind(before)) {
            return before;
        }
        Matcher join = joins.matcher(before);
        int from = 0;
        while (join.find()) {
            from = join.end();
        }
        return before.substring(from);
    }

    /**
     * Whether the packs' {@code before_words} stand right before the date, which is then a time the event came before,
     * not its day ("ويتعين على الحكومة إقرار الموازنة قبل نهاية شباط", dev14-ar-003; "before the end of February"); not a
     * day named by its event ("before Sunday's vote").
     */
    public boolean before(String text, DateMention d) {
        return words(BEFORE_WORDS).present() && !possessive(text, d.span().end())
                && adjacentBefore(words(BEFORE_WORDS), text, d.span().start());
    }

    /**
     * Whether the date is that of a schedule that did not hold, by the packs' {@code unheld_after} words after it in its
     * sentence ("the vote, which had been scheduled for March, was postponed", "وكان موعد الإطلاق قد حُدّد في البداية
     * لشهر أيلول الماضي قبل أن يؤجَّل", dev15-ar-030): no dated event, ahead of publication or not.
     */
    public boolean unheld(String text, DateMention d) {
        return words(UNHELD_AFTER).present() && words(UNHELD_AFTER).foundIn(after(text, d));
    }

    /** The normalised words after the date, up to {@link #UNSCHEDULED_AFTER_WINDOW} chars and the sentence's end. */
    private static String after(String text, DateMention d) {
        int end = d.span().end();
        int to = Math.min(text.length(), end + UNSCHEDULED_AFTER_WINDOW);
        for (int i = end; i < to; i++) {
            if (SENTENCE_END_CHARS.get(text.charAt(i)) && !abbreviationDot(text, i)) {
                to = i;
                break;
            }
        }
        return DateGrammar.NORMALIZER.normalizedBetween(text, end, to);
    }

    /** Whether a word of a statement (told, said, حسبما، وفق ما أعلنه) stands in {@code text}: an attribution. */
    public boolean statesIn(String text) {
        return words(STATEMENT).present() && words(STATEMENT).foundIn(DateGrammar.NORMALIZER.normalizeWord(text).normalized()); // a fragment, as in joinsClause
    }

    /**
     * Whether a statistic stands in {@code text[from, to)} (the clause before a month or year): a figure moving or standing
     * at a level with its number ("Passenger numbers fell to 1.2 million in January"), a trend ("have doubled") or a rate
     * by its name ("Inflation in Turkey slowed in March"); the date is then the statistic's period (J4 of dev10, G12 of dev8).
     */
    public boolean statisticIn(String text, int from, int to) {
        return foundBetween(STATISTIC, text, from, to);
    }

    /**
     * Whether a percentage stands in {@code text[from, to)} (the clause before a month or year), by sign or in words as wire
     * copy writes it ("1.8 percent", "per cent", "2.1 في المئة", "بالمائة"; the packs' {@code percent_words}): the date is then
     * the period of a statistic ("inflation had eased to 1.8 percent in May", G12 of dev8, J4 of dev10).
     */
    public boolean percentIn(String text, int from, int to) {
        return foundBetween(PERCENT, text, from, to);
    }

    /** Whether a word of {@code list} stands in {@code text[from, to)}, normalised as the packs are. */
    private boolean foundBetween(DateWordList list, String text, int from, int to) {
        return from < to && words(list).present()
                && words(list).foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, from, to));
    }

    /**
     * Whether the packs' {@code until_before} words stand right before the date ("no group had claimed the attack as of
     * Tuesday evening", "ولم يعلّق الحزب على البيان حتى مساء اليوم"): how long a state has held (J12 of dev10).
     */
    public boolean untilBefore(String text, DateMention d) {
        return adjacentBefore(words(UNTIL_BEFORE), text, d.span().start());
    }

    /**
     * Whether the packs' {@code continued_before} words stand right before the date: a verb of lasting and "until" ("The campaign
     * starts on Sunday in all 36 states and runs until 20 February", "تنطلق الحملة يوم الأحد المقبل في جميع المحافظات وتستمر حتى
     * 20 شباط"), the end of the stretch an earlier date of the sentence opens however far before it that date stands.
     */
    public boolean continuedBefore(String text, DateMention d) {
        return adjacentBefore(words(CONTINUED_BEFORE), text, d.span().start());
    }

    /**
     * Whether the packs' {@code closed_before} words stand right before the date: a verb of an event's end, joined to the
     * clause an earlier date of the sentence opens («انطلقت في 19 نوفمبر واختتمت الأربعاء الماضي», "opened on March 2 and
     * closed last Friday"), the last day of a stretch that is over.
     */
    public boolean closedBefore(String text, DateMention d) {
        return adjacentBefore(words(CLOSED_BEFORE), text, d.span().start());
    }

    /**
     * Whether the packs' {@code feast_eve_before} words stand right before the date: a feast named as the time another
     * event comes before («ويأتي الحادث عشية عطلة عيد الأضحى», "Shoppers crowded the markets on the eve of Christmas").
     */
    public boolean feastEveBefore(String text, DateMention d) {
        return adjacentBefore(words(FEAST_EVE_BEFORE), text, d.span().start());
    }

    /**
     * Whether the packs' {@code incident_after} words stand right after the date: a day that names an incident by it ("more
     * than half of Saturday's victims", "Saturday's attack"), the incident a count of the text may already date.
     */
    public boolean namesIncident(String text, DateMention d) {
        return adjacentAfter(words(INCIDENT_AFTER), text, d.span().end());
    }

    /**
     * Whether the date is a court's day (the packs' {@code court_before} and {@code court_after} right around it): a plea, a
     * verdict, a sentence ("pleaded guilty in a Sydney court on Thursday", "A jury on Thursday convicted", «أصدرت محكمة …،
     * اليوم الخميس، أحكاماً»). It dates the court's act, a dated event of its own, never the counts of the earlier
     * incident the story retells ("a crash that killed six people … last December").
     */
    public boolean courtDay(String text, DateMention d) {
        return adjacentBefore(words(COURT_BEFORE), text, d.span().start())
                || adjacentAfter(words(COURT_AFTER), text, d.span().end());
    }

    /**
     * Whether the packs' {@code moved_until_before} words stand right before the date: the new day of an adjournment or a
     * postponement told after the day it was decided ("The trial was adjourned on Thursday until November 18", «أرجأت المحكمة
     * يوم الخميس النظر في القضية إلى 18 تشرين الثاني»), a scheduled day of its own, not the end of a stretch the first day opens.
     */
    public boolean movedUntilBefore(String text, DateMention d) {
        return adjacentBefore(words(MOVED_UNTIL_BEFORE), text, d.span().start());
    }

    /**
     * Whether the packs' {@code scheduled_now_before} words stand before the date, a few words between at most: a schedule
     * told in the present ("The pursuit race is scheduled for Saturday afternoon", «ومن المقرر أن تنطلق السباقات اليوم
     * السبت»), not a past one ("was scheduled for"), so a day it names is one the schedule still holds.
     */
    public boolean scheduledNow(String text, DateMention d) {
        return adjacentBefore(words(SCHEDULED_NOW_BEFORE), text, d.span().start());
    }

    /**
     * Whether the packs' {@code event_noun_after} words stand right after the date: a month that names an event as its
     * modifier ("held its benchmark rate at 4.5 percent at its July meeting", blind10's adjudication #11), the event's time, not
     * the period of a figure of its clause.
     */
    public boolean namesEventAfter(String text, DateMention d) {
        return adjacentAfter(words(EVENT_NOUN_AFTER), text, d.span().end());
    }

    /** Whether the packs' {@code scheduled_before} words stand right before the date ("due to have been held in December 2021"). */
    public boolean scheduledBefore(String text, DateMention d) {
        return adjacentBefore(words(SCHEDULED_BEFORE), text, d.span().start());
    }

    /** Whether the packs' {@code by_before} words stand right before the date ("by early", "as of", "بحلول مساء"; K2 of dev11). */
    public boolean byBefore(String text, DateMention d) {
        return adjacentBefore(words(BY_BEFORE), text, d.span().start());
    }

    /**
     * Whether the date at {@code start..end} of {@code text} opens a stretch with its end after it: the packs'
     * {@code stretch_from} right before it and {@code stretch_to} right after ("off from April 9th till the 17th").
     */
    private boolean startsStretch(String text, int start, int end) {
        return adjacentBefore(words(STRETCH_FROM), text, start) && adjacentAfter(words(STRETCH_TO), text, end);
    }

    /** Whether {@code list} (anchored at its end) finds its words in the {@link #ADJACENT_WINDOW} chars right before {@code start}. */
    private static boolean adjacentBefore(Words list, String text, int start) {
        return list.present() && list.foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, Math.max(0, start - ADJACENT_WINDOW), start));
    }

    /** Whether {@code list} (anchored at its start) finds its words in the {@link #ADJACENT_WINDOW} chars right after {@code end}. */
    private static boolean adjacentAfter(Words list, String text, int end) {
        return list.present() && list.foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, end, Math.min(text.length(), end + ADJACENT_WINDOW)));
    }

    /**
     * Whether an auxiliary of a perfect tense stands in {@code words} ("The factory had failed a
     * safety inspection", "France has thwarted nine plots"): reported words that put their event
     * before the statement, whose dates are then the event's (F7 of dev7).
     */
    public boolean perfectIn(String words) {
        return words(PERFECT).present() && words(PERFECT).foundIn(DateGrammar.NORMALIZER.normalizeWord(words).normalized()); // a fragment, as in joinsClause
    }

    /**
     * {@code clause}, normalised with its conjunctions blanked when it has one: the "أن" of "قبل أن تنهي قوات الأمن
     * الحصار" is no "قالت إن/أن" of a statement.
     */
    public String withoutConjunctions(String clause) {
        Words conjunctions = words(CONJUNCTIONS);
        if (!conjunctions.present()) {
            return clause;
        }
        String normalized = DateGrammar.NORMALIZER.normalizeWord(clause).normalized(); // a fragment, as in joinsClause
        if (!conjunctions.mayFind(normalized)) {
            return clause;
        }
        Matcher m = conjunctions.matcher(normalized);
        return m.find() ? m.replaceAll(" ") : clause; // the clause as it is when it has none
    }

    /** Whether a when word (", when", "، حين") follows the date {@code d} of {@code text}. */
    public boolean whenFollows(String text, DateMention d) {
        if (!words(WHEN).present()) {
            return false;
        }
        int end = d.span().end();
        return words(WHEN).foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, end, Math.min(text.length(), end + 16)));
    }

    /**
     * Whether {@code d} counts days from the reference date ("today", "yesterday", "two days ago",
     * "اليوم"، "أمس"): inside a speaker's own words such a date counts from the day they spoke.
     */
    public boolean countsFromToday(DateMention d) {
        return d.rule() != null && fromToday.contains(d.rule());
    }

    /**
     * Whether {@code d} is a day named by a word of its own that counts from the reference date ("tomorrow", "the day after
     * tomorrow", "بعد غد", "أمس"): a day as fixed as a calendar date, not a count of days ("in two days", "بعد يومين").
     */
    public boolean namedDay(DateMention d) {
        return d.rule() != null && namedDays.contains(d.rule());
    }

    /**
     * Whether {@code d} is some days, weeks or months from another event ({@code from_event}: "seven months after protests
     * left 41 people dead", «بعد يومين من غارة مماثلة»), read by {@link EventOffsets}.
     */
    public boolean fromEvent(DateMention d) {
        return d.rule() != null && eventOffsetRules.contains(d.rule());
    }

    /**
     * Whether {@code d} was read by a rule the packs mark {@code mark} ({@code marks: [part_of]}, {@link DateRule.Mark}): the
     * claim reader treats such dates apart, whatever the rule's id.
     */
    public boolean marked(DateMention d, DateRule.Mark mark) {
        return d.rule() != null && marks.getOrDefault(d.rule(), java.util.Set.of()).contains(mark);
    }

    /**
     * Whether {@code d} was read by a range rule that states its days and their month ("from April 10 to 17", «بين 10 و17
     * نيسان»): a stretch of the calendar, not one counted from today ("until next month") nor from a weekday.
     */
    public boolean daysOfAMonth(DateMention d) {
        return d.rule() != null && dayRanges.contains(d.rule());
    }

    /** Whether the rule captures two days and a month, of either day. */
    private static boolean readsDaysOfAMonth(CompiledRule rule) {
        java.util.Set<String> fields = rule.groups().keySet().stream().map(CompiledRule::field)
                .collect(java.util.stream.Collectors.toSet());
        return fields.contains("day") && fields.contains("day2") && (fields.contains("month") || fields.contains("month2"));
    }

    /** Whether {@code d} counts from the day named before it in the text ("the day before", "a day earlier"). */
    public boolean anchored(DateMention d) {
        return d.rule() != null && anchoredRules.contains(d.rule());
    }

    /** Whether {@code d} resolves against the reference date: a shift ("yesterday") or a period ("the past week", "this month"). */
    public boolean relativeToToday(DateMention d) {
        return d.rule() != null && relative.contains(d.rule());
    }

    /**
     * Whether the date {@code d} of {@code text} is the moment a comparison looks back to, and a
     * clause on what happened then follows it: "the first attack on the city since May 2025, when
     * drones hit the airport", "أول هجوم على المدينة منذ أيار/مايو 2025، حين استهدفت مسيّرات مطارها"
     * (F3 of dev7). A comparison word must stand in the date's clause before it, a when word right
     * after it (a comma between). "has carried out dozens of attacks since 2019, when …" compares
     * nothing: a span (E11).
     */
    public boolean comparedWith(String text, DateMention d) {
        if (!words(COMPARISON).present()) {
            return false;
        }
        return whenFollows(text, d) && comparisonBefore(text, d);
    }

    /**
     * Whether the "since" date {@code d} of {@code text} is only the baseline of a comparison or a
     * count of events: "its hottest June day since 2015", "the third attack since the start of the
     * month", "الهجوم الثالث منذ مطلع الشهر" (F1, F3 of dev7). A comparison word stands in the date's
     * clause before it, and the date opens with a since word or follows one.
     */
    public boolean baselineOf(String text, DateMention d) {
        if (!words(COMPARISON).present()) {
            return false;
        }
        return opensWithSince(text, d) && comparisonBefore(text, d);
    }

    /**
     * Whether the date {@code d} of {@code text} opens with a since word or follows one: "since
     * 1969", "since January", "منذ عام 2007", "منذ 27 أيلول الماضي". Such a date bounds a state or a
     * tally (dev rule 21a) unless it counts days back ("منذ يومين", read as a day).
     */
    public boolean opensWithSince(String text, DateMention d) {
        Words since = words(SINCE);
        if (!since.present()) {
            return false;
        }
        String date = DateGrammar.NORMALIZER.normalize(d.text()).normalized();
        if (since.mayFind(date) && since.matcher(date).lookingAt()) {
            return true;
        }
        String before = DateGrammar.NORMALIZER.normalizedBetween(text, Math.max(0, d.span().start() - SINCE_REACH), d.span().start()).stripTrailing();
        if (!since.mayFind(before)) {
            return false;
        }
        Matcher m = since.matcher(before);
        boolean opens = false;
        while (m.find()) {
            opens = m.end() == before.length();
        }
        return opens;
    }

    /** How many words a since clause with an event of its own holds before its date at least ({@link #sinceClauseStart}). */
    private static final int SINCE_CLAUSE_WORDS = 3;

    /**
     * Where, in {@code text[from, d)}, the clause a since word opens before the date {@code d} begins (right after the last
     * since word there), when words of its own stand between it and the date: "Food prices have doubled since the
     * government lifted bread subsidies in 2024" (kind D6 of blind17's adjudication): the date is the since clause's
     * event's, not the period of the figure before it. -1 when there is none, or when the date follows the word right away
     * ("have doubled since 2024", a boundary), or when fewer than {@link #SINCE_CLAUSE_WORDS} words stand there.
     */
    public int sinceClauseStart(String text, int from, DateMention d) {
        Words since = words(SINCE);
        int to = d.span().start();
        if (!since.present() || from >= to) {
            return -1;
        }
        NormalizedText clause = DateGrammar.NORMALIZER.normalizeBetween(text, from, to);
        String before = clause.normalized();
        if (!since.mayFind(before)) {
            return -1;
        }
        Matcher m = since.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0 || before.substring(end).isBlank() || before.substring(end).strip().split("\\s+").length < SINCE_CLAUSE_WORDS) {
            return -1; // "highest rate since a decade in …", «منذ عقد في العام الماضي»: a span, no clause of its own
        }
        // the first raw offset whose normalised prefix reaches the word's end: right after the raw char of its last letter
        return end == 0 ? from : from + clause.toOriginal(end - 1) + 1;
    }

    /** The ids of the rules of a bare weekday ("Friday", "الجمعة", "this Friday"): only such a day names a weekly observance. */
    private static final Pattern WEEKDAY_RULE = Pattern.compile("\\p{L}+\\.date\\.(?:this_)?weekday(?:_abbreviated)?");

    /**
     * How far before and after a date the keys of words right next to it read ({@link #namesAThing}, {@link #observance},
     * {@link #before}, {@link #movedFrom}): a noun and a number ("Resolution 2254 of "), a verb and its object ("postponed
     * the hearing from ").
     */
    private static final int ADJACENT_WINDOW = 48;

    /**
     * How far before a date a past clause of time or a relative one is read ({@code past_clause_before}): its opening word,
     * a subject of a few words, the verb and what it did (a held-out adjudication's kind 3: the 48 chars of the words next
     * to a date cut a longer clause off at its opening word).
     */
    private static final int PAST_CLAUSE_WINDOW = 96;

    /**
     * Whether the date is part of a name or a document's title, no dated event: a day and month without a year
     * after or before a place or a movement ("شارع 26 يوليو", "مدينة العاشر من رمضان", "ثورة 25 يناير", "the 6th of
     * October Bridge"; the packs' {@code name_before}, {@code name_after}), or a bare year of a law, a resolution
     * or a treaty ("Resolution 2254 of 2015", "قانون الصحافة لسنة 2015", "the 2015 law"; {@code document_before},
     * {@code document_after}).
     */
    public boolean namesAThing(String text, DateMention d, boolean statesYear) {
        boolean year = d.grain() == Grain.YEAR;
        Words before = year ? words(DOCUMENT_BEFORE) : statesYear ? Words.NONE : words(NAME_BEFORE);
        Words after = year ? words(DOCUMENT_AFTER) : statesYear ? Words.NONE : words(NAME_AFTER);
        return adjacentBefore(before, text, d.span().start()) || adjacentAfter(after, text, d.span().end()) && !heldWeekday(text, d);
    }

    /**
     * Whether {@code d} is a bare weekday with a word of time right before it ({@code observance_held}): "On Sunday markets
     * across the region were closed" dates what follows, as "On Monday schools reopened" does for an observance; "the
     * Sunday market" names one.
     */
    private boolean heldWeekday(String text, DateMention d) {
        return d.rule() != null && WEEKDAY_RULE.matcher(d.rule()).matches()
                && adjacentBefore(words(OBSERVANCE_HELD), text, d.span().start());
    }

    /**
     * Whether a weekday names a weekly observance, no day of an event: "the Friday prayer leader", "a Sunday school",
     * "خطيب الجمعة", "صلاة الجمعة" as a noun (the packs' {@code observance_before}, {@code observance_after}); not when a
     * word of time stands before the observance ("After Friday prayers, protesters marched", "عقب صلاة الجمعة":
     * {@code observance_held}), which then dates what follows it.
     */
    public boolean observance(String text, DateMention d) {
        // a bare weekday only: "صلاة عيد الأضحى" is the feast's own day
        if (!words(OBSERVANCE_BEFORE).present() && !words(OBSERVANCE_AFTER).present() || d.rule() == null
                || !WEEKDAY_RULE.matcher(d.rule()).matches()) {
            return false;
        }
        int start = d.span().start();
        int end = d.span().end();
        String before = DateGrammar.NORMALIZER.normalizedBetween(text, Math.max(0, start - ADJACENT_WINDOW), start);
        Words nouns = words(OBSERVANCE_BEFORE);
        Matcher noun = nouns.mayFind(before) ? nouns.matcher(before) : null;
        int head = before.length();
        if (noun != null && noun.find()) {
            head = noun.start();
        } else if (!adjacentAfter(words(OBSERVANCE_AFTER), text, end)) {
            return false;
        }
        return !words(OBSERVANCE_HELD).foundIn(before.substring(0, head));
    }

    /** How far before a day {@link #dayShift} reads: "a day after" and the event it names ("a day after the raid on "). */
    private static final int SHIFT_WINDOW = 80;

    /**
     * How many days the event of the date's clause lies from the day, when the day is another event's named after "a day
     * after" or "a day before" ("The army closed the crossing a day after the raid on Tuesday": Wednesday; "واستقال الوزير
     * غداة الهجوم الذي وقع يوم الخميس": Friday; the packs' {@code next_day_before}, {@code previous_day_before}); 0 when none.
     */
    public int dayShift(String text, DateMention d) {
        if (d.grain() != Grain.DAY || !words(NEXT_DAY_BEFORE).present() && !words(PREVIOUS_DAY_BEFORE).present()) {
            return 0;
        }
        int start = d.span().start();
        int from = Math.max(start - SHIFT_WINDOW, clauseStart(text, start)); // within the date's clause
        String before = DateGrammar.NORMALIZER.normalizedBetween(text, from, start);
        if (words(NEXT_DAY_BEFORE).foundIn(before)) {
            return 1;
        }
        return words(PREVIOUS_DAY_BEFORE).foundIn(before) ? -1 : 0;
    }

    /**
     * Whether a range of days is a move from its first day to its last, no stretch: "moving the hearing from July 15
     * to September 9" (dev14-en-018), "وأرجأت المحكمة الجلسة من 15 تموز إلى 9 أيلول" (the packs' {@code moved_before}).
     */
    public boolean movedFrom(String text, DateMention d) {
        return d.grain() == Grain.DAY && d.start().isBefore(d.end()) && adjacentBefore(words(MOVED_BEFORE), text, d.span().start());
    }

    /**
     * The new time of a move ({@link #movedFrom}): the range's last part read as a date of its own, in the period that ends
     * where the range does ("from July 15 to September 9": September 9; "from late January to early March": 1-10 March, not
     * the range's last day); null when no last part reads so.
     */
    public DateMention movedTo(DateMention d) {
        String written = d.text();
        for (int i = written.indexOf(' '); i > 0; i = written.indexOf(' ', i + 1)) {
            String rest = written.substring(i + 1);
            for (DateMention m : find(rest, d.end())) {
                if (m.resolved() && m.span().start() == 0 && m.span().end() == rest.length()
                        && m.end().equals(d.end()) && m.start().isAfter(d.start())) {
                    return new DateMention(d.text(), d.span(), m.start(), m.end(), m.grain(), d.warnings(), d.rule());
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code clause} is one whose dates are no dated event (the packs' {@code no_event_clauses}): the weather
     * ("Rainfall in the first week of June was the heaviest recorded since 2004"), a birth or an age; or a sports result and
     * its match day (the packs' {@code result_clauses}: "beat New Zealand 24-17 in Durban on Saturday").
     */
    public boolean noEventIn(String clause) {
        String normalized = DateGrammar.NORMALIZER.normalizeWord(clause).normalized(); // a fragment, as in joinsClause
        return words(NO_EVENT_CLAUSES).present() && words(NO_EVENT_CLAUSES).foundIn(normalized)
                || words(RESULT_CLAUSES).present() && words(RESULT_CLAUSES).foundIn(normalized);
    }

    /**
     * Whether a sports result with its score (the packs' {@code result_clauses}) holds the date {@code d} in its clause
     * {@code text[from, to)}, as {@link #noEventAround} reads the no-event clauses: "South Africa beat New Zealand 24-17 in
     * Durban on Saturday", «فاز المنتخب على الأردن بهدفين مقابل هدف الشهر الماضي» (not "Fans clashed with police on Saturday
     * after Ajax beat PSV 2-1"). Whether the match day is then a dated event is the caller's (dev rule 3).
     */
    public boolean resultAround(String text, DateMention d, int from, int to) {
        return around(words(RESULT_CLAUSES), text, d, from, to);
    }

    /**
     * Whether a no-event clause (the packs' {@code no_event_clauses}: a score, the weather, an age) holds the date {@code d}
     * in its clause {@code text[from, to)}: as {@link #noEventIn}, but a match that the packs' {@code no_event_bounds} words
     * set off from the date, between them, is another clause's ("Fans clashed with police on Saturday after Ajax beat PSV
     * 2-1": the clash's Saturday; "واشتبكت الجماهير مع الشرطة يوم السبت عقب فوز الوداد بهدفين مقابل هدف"), and vetoes it not.
     */
    public boolean noEventAround(String text, DateMention d, int from, int to) {
        return around(words(NO_EVENT_CLAUSES), text, d, from, to);
    }

    /** Whether a match of {@code clauses} in {@code text[from, to)} holds the date {@code d} ({@link #noEventAround}). */
    private boolean around(Words clauses, String text, DateMention d, int from, int to) {
        if (!clauses.present()) {
            return false;
        }
        String before = DateGrammar.NORMALIZER.normalizedBetween(text, from, d.span().start());
        String date = DateGrammar.NORMALIZER.normalize(d.text()).normalized();
        String after = DateGrammar.NORMALIZER.normalizedBetween(text, d.span().end(), to);
        String clause = before + date + after;
        if (!clauses.foundIn(clause)) {
            return false;
        }
        Words bounds = words(NO_EVENT_BOUNDS);
        int dateStart = before.length();
        int dateEnd = dateStart + date.length();
        Matcher m = clauses.matcher(clause);
        while (m.find()) {
            String between = m.start() >= dateEnd ? clause.substring(dateEnd, m.start())
                    : m.end() <= dateStart ? clause.substring(m.end(), dateStart) : "";
            if (between.isEmpty() || !bounds.foundIn(between)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the packs' {@code no_event_before} words stand before the date in its clause, which is then no dated event: a
     * birth right before its date ("The singer, born on March 3, 1956, died on Sunday"), a forecast whose object the date is
     * ("Forecasters predicted heavy rain from Thursday", "توقعت الأرصاد الجوية هطول أمطار ابتداء من يوم الخميس"), the day a
     * statement was published ("according to a statement published on Tuesday"); not one after the date ("made landfall on
     * Sunday as forecasters had predicted"). A date set off alone by commas is read with the clause before it, whose
     * verb it dates: «وشدد وزير الخارجية، الثلاثاء، على أهمية الحوار» is the day of the stressing, as it is without the commas (dev rule 15).
     */
    public boolean noEventBefore(String text, DateMention d) {
        int start = d.span().start();
        if (!words(NO_EVENT_BEFORE).present()) {
            return false;
        }
        int from = figureClauseStart(text, start);
        if (from > 0 && blank(text, from, start) && isComma(text.charAt(from - 1)) && commaFollows(text, d.span().end())) {
            from = figureClauseStart(text, from - 1);
        }
        return words(NO_EVENT_BEFORE).foundIn(DateGrammar.NORMALIZER.normalizedBetween(text, from, start));
    }

    private static boolean isComma(char c) {
        return c == ',' || c == '\u060C';
    }

    /** Whether {@code text} holds only spaces from {@code from} to {@code to} (no substring made: asked of every date). */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma stands right after {@code end}, spaces only between. */
    private static boolean commaFollows(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && isComma(text.charAt(i));
    }

    /**
     * Whether the date is a period counted back from now ("dismantled 94 networks in the past year",
     * "خلال الأيام الثلاثة الماضية"): a duration up to the present, no dated event (dev rule 19); it may
     * still date a count of its sentence.
     */
    public boolean rollingPeriod(DateMention d) {
        return words(ROLLING_PERIODS).present() && words(ROLLING_PERIODS).foundIn(DateGrammar.NORMALIZER.normalize(d.text()).normalized());
    }

    /**
     * Whether a since word opens, in the date's clause and shortly before it, a clause that names the
     * event the date is of: "since the rain began on Saturday", "منذ اندلاع الحرب في السابع من تشرين
     * الأول 2023". A count before it runs from that date to publication (dev rule 19, M12 and M13 of
     * dev12). Not a date the since word opens ("since 1969"), nor one a time of day alone stands
     * between ("منذ مساء السبت الماضي", "منذ ليلة الأحد"): two words at least name the event.
     */
    public boolean sinceEventBefore(String text, DateMention d) {
        Words sinceWords = words(SINCE);
        if (!sinceWords.present() || opensWithSince(text, d)) {
            return false;
        }
        int from = Math.max(clauseStart(text, d.span().start()), d.span().start() - SINCE_EVENT_REACH);
        String before = DateGrammar.NORMALIZER.normalizedBetween(text, from, d.span().start());
        if (!sinceWords.mayFind(before)) {
            return false;
        }
        Matcher since = sinceWords.matcher(before);
        int after = -1;
        while (since.find()) {
            after = since.end();
        }
        return after >= 0 && WHITESPACE.split(before.substring(after).strip()).length >= 2;
    }

    /** How far before a date the since word of {@link #sinceEventBefore} may stand: a short clause ("since the Taliban returned to power in "). */
    private static final int SINCE_EVENT_REACH = 48;

    /**
     * Whether the date {@code d} of {@code text} stands in a clause a since word opens after an ordinal
     * that counts events ({@code event_counts}; not after a superlative, whose moment is a dated event: "the
     * deadliest since the junta seized power in September 2022", F3 of dev7): "the 11th since the government was formed ten years ago", "هو الحادي عشر منذ
     * تشكيلها قبل عشر سنوات". The clause dates the baseline the comparison counts from, no event reported.
     * Only a date counted back from publication by a year or more ("ten years ago", "قبل عشر سنوات"),
     * a round figure for when the count starts: a day named there ("the second in Peshawar since a police
     * station was bombed on Jan. 9") is the dated event of that clause (dev7-en-005). The since word and
     * then the ordinal are looked for in the date's clause before it.
     */
    public boolean inBaselineClause(String text, DateMention d, java.time.LocalDate published) {
        Words sinceWords = words(SINCE);
        Words eventCounts = words(EVENT_COUNTS);
        if (!sinceWords.present() || !eventCounts.present() || published == null || !countsFromToday(d)
                || d.start().isAfter(published.minusYears(1))) {
            return false;
        }
        int from = clauseStart(text, d.span().start());
        String before = DateGrammar.NORMALIZER.normalizedBetween(text, from, d.span().start());
        if (!sinceWords.mayFind(before)) {
            return false;
        }
        Matcher since = sinceWords.matcher(before);
        int sinceAt = -1;
        while (since.find()) {
            sinceAt = since.start();
        }
        return sinceAt > 0 && eventCounts.mayFindWithin(before, 0, sinceAt) && eventCounts.matcher(before).region(0, sinceAt).find();
    }

    /** The start of the clause (after a comma or the sentence's end) that {@code at} of {@code text} lies in. */
    private static int clauseStart(String text, int at) {
        int from = at;
        while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0 && !isComma(text.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    /**
     * Where the clause before {@code at} begins when a figure may stand in it: as {@link #clauseStart}, but a point or a comma
     * between digits ("a peak of 300,000 on Monday", "1.2 million") ends no clause.
     */
    private static int figureClauseStart(String text, int at) {
        int from = at;
        while (from > 0) {
            char c = text.charAt(from - 1);
            boolean inFigure = (c == ',' || c == '.') && from >= 2 && from < text.length()
                    && isDigit(text.charAt(from - 2)) && isDigit(text.charAt(from));
            if (!inFigure && (SENTENCE_END.indexOf(c) >= 0 || isComma(c))) {
                break;
            }
            from--;
        }
        return from;
    }

    /** How far before a date its since word may begin ("since" right before it, or opening it). */
    private static final int SINCE_REACH = 8;

    /** Whether a comparison word stands in the clause before {@code d}. */
    private boolean comparisonBefore(String text, DateMention d) {
        int from = clauseStart(text, d.span().start());
        String clause = DateGrammar.NORMALIZER.normalizedBetween(text, from, d.span().start());
        return words(COMPARISON).foundIn(clause) || words(EVENT_COUNTS).foundIn(clause);
    }

    /** The words of {@code list} with their filter (never null: a list the packs leave empty is found nowhere). */
    private Words words(DateWordList list) {
        return words.get(list);
    }

    /** Whether the words right before or after the date at {@code start..end} of {@code s} make it recur. */
    private boolean recurs(String s, int start, int end) {
        int from = Math.max(0, start - RECURRING_WINDOW);
        int to = Math.min(s.length(), end + RECURRING_WINDOW);
        Words before = words(RECURRING_BEFORE);
        Words after = words(RECURRING_AFTER);
        return before.mayFindWithin(s, from, start) && findAfterNonWord(before.matcher(s), s, from, start)
                || after.mayFindWithin(s, end, to) && after.matcher(s).region(end, to).lookingAt();
    }

    /** One pass over the normalised text, trying at each word the rules that may begin there. */
    private final class Scan {
        private final String s;
        private final LocalDate reference;
        private final Matcher[] matchers;
        /** Whether {@code matchers[r]} reads this scan's text yet (a spare one still reads an empty one). */
        private final boolean[] bound = new boolean[rules.size()];
        private final int[] tried = new int[rules.size()];
        /**
         * Per rule, the place before which it cannot match, as its needles told when it was last
         * tried ({@link #mayMatch}): 0 until then. Tries only move forward, so a rule whose needles
         * lie far ahead is passed over with one comparison until they come within reach.
         */
        private final int[] notBefore = new int[rules.size()];
        private final List<Candidate> out = new ArrayList<>();
        /**
         * Per needle, the places it occurs at in the text (folded as the needles are), in order ({@link #readNeedles}),
         * null when nowhere; and how many of them lie before the place last asked about (tries only
         * move forward).
         */
        private int[][] occurrences;
        private int[] occurrenceCount;
        private int[] passed;
        /**
         * Per distinct set of needles, the places in it of the needles the text has (or that are
         * empty, found anywhere), worked out on the set's first try; most of a set is absent.
         */
        private int[][] present;
        /** Seeks the future markers before a date ({@link #pointsForward}); made on first use. */
        private Matcher markers;
        /** The last place {@link #pointsForward} was asked about, and its answer: rules matching at one place ask alike. */
        private int forwardAt = -1;
        private boolean forward;
        /**
         * Per place, where the future markers' match from it to the end of the text ends, plus one;
         * -1 when none begins there, 0 when not sought yet ({@link #markerBefore}): in blocks of {@link
         * #MARKER_BLOCK} places, each made when a place of it is first sought (the windows before dates are
         * a small part of a text, and a table of every place was the largest thing a find made).
         */
        private int[][] markerEnds;
        private Matcher markersToEnd;
        /**
         * Per place, whether a needle of the markers ({@link #markerNeedles}) begins within its reach
         * after it; and past which place every one may (a needle of unbounded reach). Null when the
         * markers have no needles: every place may begin one.
         */
        private boolean[] markerMayBegin;
        private int markerMayBeginUpTo = -1;
        /**
         * With {@link #markerEach}: where each needle of the markers ends in the text and which it is, in the order read
         * (of where they end); per marker, up to where it may begin (a needle of unbounded reach), its matcher (made on
         * first use), and the last gathering ({@link #gatherMarkers}) that took it; the markers last gathered.
         */
        private int[] markerHitEnd;
        private int[] markerHitNeedle;
        private int markerHits;
        private int[] markerUpTo;
        private Matcher[] eachMatchers;
        private int[] eachGathered;
        private int gathering;
        private int[] gathered;

        Scan(String s, LocalDate reference) {
            this.s = s;
            this.reference = reference;
            Matcher[] spare = spareMatchers.poll();
            this.matchers = spare != null ? spare : new Matcher[rules.size()];
        }

        /** Gives the matchers back for a later find, no longer holding on to this text. */
        void release() {
            for (int r = 0; r < matchers.length; r++) {
                if (bound[r]) {
                    matchers[r].reset("");
                }
            }
            spareMatchers.offer(matchers);
        }

        List<Candidate> run() {
            int i = 0;
            while (i < s.length()) {
                int j = i + 1;
                char c = s.charAt(i);
                if (isDigit(c)) {
                    while (j < s.length() && isDigit(s.charAt(j))) {
                        j++;
                    }
                    tryRules(index.digitRules(), i);
                } else if (Character.isLetter(c)) {
                    while (j < s.length() && Character.isLetter(s.charAt(j))) {
                        j++;
                    }
                    tryRules(index.forWord(s, i, j), i);
                    if (j - i <= 2 && j < s.length() && isDigit(s.charAt(j))) {
                        tryRules(index.digitRules(), i); // a clitic on a number: "و27"
                    }
                }
                i = j;
            }
            return out;
        }

        private void tryRules(int[] candidates, int start) {
            int stamp = start + 1; // positions only grow: a rule tried here has tried[r] == stamp
            for (int r : candidates) {
                if (tried[r] == stamp || start < notBefore[r]) {
                    continue;
                }
                tried[r] = stamp;
                int end = Math.min(s.length(), start + MAX_SPAN);
                if (!mayFollow(r, start) || !mayMatch(r, start, end)
                        || lookbehindNeedles[r] != null && !lookbehindNeedles[r].mayHoldAt(s, start)) {
                    continue;
                }
                Matcher m = matcher(r).region(start, end);
                if (m.lookingAt()) {
                    add(rules.get(r), r, m);
                }
            }
        }

        /**
         * False when rule {@code r} begins with a lookbehind whose words the text before {@code start}
         * does not end with: a few char comparisons instead of a run of the regex engine, at every
         * number for a year rule. A clitic at {@code start} would move the lookbehind past it, so
         * there the rule is not filtered.
         */
        private boolean mayFollow(int r, int start) {
            Lookbehind lookbehind = lookbehinds[r];
            return lookbehind == null || lookbehind.holdsAt(s, start) || cliticFirst.get(s.charAt(start));
        }

        /**
         * False when, of one of rule {@code r}'s sets of needles, none lies within {@code s[start,
         * end)} beginning within its reach of {@code start}: a match there cannot be.
         */
        private boolean mayMatch(int r, int start, int end) {
            int at = needlePlanAt[r];
            if (at < 0) {
                return true;
            }
            if (occurrences == null) {
                readNeedles();
            }
            int[] plan = needlePlan;
            int sets = plan[at++];
            for (int k = 0; k < sets; k++) {
                int id = plan[at];
                int setReach = plan[at + 1];
                int count = plan[at + 2];
                int own = at + PLAN_SET;
                at = own + PLAN_NEEDLE * count;
                int[] here = present[id];
                if (here == null) {
                    here = present(own, count);
                    present[id] = here;
                }
                int next = nextWithin(here, own, start, end);
                if (next >= 0) {
                    // no needle of the set before `next` is within reach of a start before this
                    notBefore[r] = Math.max(notBefore[r], next == Integer.MAX_VALUE ? next : next - setReach);
                    return false;
                }
            }
            return true;
        }

        /** The places among the {@code count} needles of the set at {@code own} of {@link #needlePlan} that occur in the text or are empty. */
        private int[] present(int own, int count) {
            int[] here = new int[count];
            int found = 0;
            for (int n = 0; n < count; n++) {
                int p = own + PLAN_NEEDLE * n;
                if (occurrences[needlePlan[p]] != null || needlePlan[p + 2] == 0) {
                    here[found++] = n;
                }
            }
            return java.util.Arrays.copyOf(here, found);
        }

        /**
         * -1 when one of the needles of the set at {@code own} of {@link #needlePlan} (of which the places {@code here} are
         * those the text has) begins within its reach of {@code start} and ends by {@code end}; else the first place at or
         * after {@code start} that one of them begins at ({@link Integer#MAX_VALUE}: none).
         */
        private int nextWithin(int[] here, int own, int start, int end) {
            int[] plan = needlePlan;
            int next = Integer.MAX_VALUE;
            for (int n : here) {
                int p = own + PLAN_NEEDLE * n;
                int id = plan[p];
                int[] at = occurrences[id];
                if (at == null) {
                    return -1; // an empty needle: found at start, as indexOf finds it
                }
                int k = passed[id];
                while (k < occurrenceCount[id] && at[k] < start) {
                    k++;
                }
                passed[id] = k;
                if (k < occurrenceCount[id]) {
                    if (at[k] <= end - plan[p + 2] && at[k] - start <= plan[p + 1]) {
                        return -1;
                    }
                    next = Math.min(next, at[k]);
                }
            }
            return next;
        }

        /**
         * Notes where every needle of the rules and of the markers occurs in the text (its capitals read as the needles
         * are folded), in one reading of it. On the first try that has needles, or the first look for a marker.
         */
        private void readNeedles() {
            occurrences = new int[needles.length][];
            occurrenceCount = new int[needles.length];
            passed = new int[needles.length];
            present = new int[setCount][];
            if (markerNeedles != null) {
                markerMayBegin = new boolean[s.length() + 1];
            }
            if (markerEach != null) {
                markerHitEnd = new int[16];
                markerHitNeedle = new int[16];
                markerUpTo = new int[markerEach.length];
                java.util.Arrays.fill(markerUpTo, -1);
                eachMatchers = new Matcher[markerEach.length];
                eachGathered = new int[markerEach.length];
                gathered = new int[markerEach.length];
            }
            needleAutomaton.scan(s, (id, k) -> {
                if (id < needles.length) {
                    occurs(id, k);
                } else {
                    markerNeedleAt(id - needles.length, k);
                }
            });
        }

        /** Notes that needle {@code id} occurs at {@code k}: the places of one needle come in order. */
        private void occurs(int id, int k) {
            int[] at = occurrences[id];
            int n = occurrenceCount[id];
            if (at == null || n == at.length) {
                at = at == null ? new int[4] : java.util.Arrays.copyOf(at, 2 * n);
                occurrences[id] = at;
            }
            at[n] = k;
            occurrenceCount[id] = n + 1;
        }

        /** True when, under the news policy, a word earlier in the sentence points a date at {@code start} forward. */
        private boolean pointsForward(int start) {
            if (policy != DatePolicy.NEWS || futureMarkers == null) {
                return false;
            }
            if (start != forwardAt) {
                if (markers == null && markerEach == null) {
                    markers = futureMarkers.matcher(s).useTransparentBounds(true);
                }
                forward = markersMonotone ? markerBefore(forwardFrom(s, start), start)
                        : findAfterNonWord(markers, s, forwardFrom(s, start), start);
                forwardAt = start;
            }
            return forward;
        }

        /**
         * What {@link #findAfterNonWord} answers for the future markers in {@code [from, to)}, with
         * each place's match to the end of the text sought once per text, not once per date whose
         * window holds it: the dates of one sentence look back over the same words. Where no
         * marker begins with the rest of the text as its region, none begins in a shorter region; where one
         * ends by {@code to}, the region holds it ({@link #markersMonotone}); only a match running
         * past {@code to} is sought again within the region.
         */
        private boolean markerBefore(int from, int to) {
            if (markerEnds == null) {
                markerEnds = new int[s.length() / MARKER_BLOCK + 1][];
                if (markerEach == null) {
                    markersToEnd = futureMarkers.matcher(s).useTransparentBounds(true);
                }
                if (occurrences == null) {
                    readNeedles(); // the markers' needles are read with the rules'
                }
            }
            for (int p = from; p < to; p++) {
                // where no marker's needle is within reach (most places), the char before is not read
                if ((markerMayBegin != null && !markerMayBegin[p] && p > markerMayBeginUpTo)
                        || (p != 0 && isWordChar(s.codePointBefore(p)))) {
                    continue;
                }
                int[] block = markerEnds[p / MARKER_BLOCK];
                if (block == null) {
                    block = new int[MARKER_BLOCK];
                    markerEnds[p / MARKER_BLOCK] = block;
                }
                int e = block[p % MARKER_BLOCK];
                if (e == 0) {
                    e = markerEndFrom(p);
                    block[p % MARKER_BLOCK] = e;
                }
                if (e > 0 && (e - 1 <= to || markerWithin(p, to))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the future markers' match from {@code p} to the end of the text ends, plus one; -1 when none begins there. With
         * {@link #markerEach}, only the markers whose needles lie within reach after {@code p} are tried, and the end is the
         * nearest of theirs.
         */
        private int markerEndFrom(int p) {
            if (markerEach == null) {
                return markersToEnd.region(p, s.length()).lookingAt() ? markersToEnd.end() + 1 : -1;
            }
            int e = -1;
            for (int k = 0, n = gatherMarkers(p); k < n; k++) {
                Matcher m = eachMatcher(gathered[k]);
                if (m.region(p, s.length()).lookingAt() && (e < 0 || m.end() + 1 < e)) {
                    e = m.end() + 1;
                }
            }
            return e;
        }

        /** Whether a marker matches within {@code [p, to)}: asked where its match to the text's end runs past {@code to}. */
        private boolean markerWithin(int p, int to) {
            return markerEach == null ? markers.region(p, to).lookingAt() : eachMatchesWithin(p, to);
        }

        /** Whether a marker that may begin at {@code p} matches within {@code [p, to)} (its match to the text's end runs past it). */
        private boolean eachMatchesWithin(int p, int to) {
            for (int k = 0, n = gatherMarkers(p); k < n; k++) {
                if (eachMatcher(gathered[k]).region(p, to).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Puts in {@link #gathered} the markers that may begin at {@code p}, each once: those a needle of whose begins
         * within its reach in the marker after {@code p}, and those of a needle of unbounded reach after it; how many.
         */
        private int gatherMarkers(int p) {
            int stamp = ++gathering;
            int n = 0;
            // the needles' ends come in order: the first that may hold a needle beginning at p, by halving
            int low = 0;
            int high = markerHits;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (markerHitEnd[mid] <= p) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            for (int h = low; h < markerHits && markerHitEnd[h] <= p + markerSpan; h++) {
                int needle = markerHitNeedle[h];
                int at = markerHitEnd[h] - markerNeedles[needle].length();
                if (at < p) {
                    continue;
                }
                int[] of = markerNeedleOf[needle];
                for (int k = 0; k < of.length; k++) {
                    if (at - p <= markerNeedleReach[needle][k] && eachGathered[of[k]] != stamp) {
                        eachGathered[of[k]] = stamp;
                        gathered[n++] = of[k];
                    }
                }
            }
            if (p <= markerMayBeginUpTo) {
                for (int i = 0; i < markerUpTo.length; i++) {
                    if (p <= markerUpTo[i] && eachGathered[i] != stamp) {
                        eachGathered[i] = stamp;
                        gathered[n++] = i;
                    }
                }
            }
            return n;
        }

        private Matcher eachMatcher(int i) {
            if (eachMatchers[i] == null) {
                eachMatchers[i] = markerEach[i].matcher(s).useTransparentBounds(true);
            }
            return eachMatchers[i];
        }

        /** Notes that a needle of the markers begins at {@code at}: a marker may begin within its reach before. */
        private void markerNeedleAt(int needle, int at) {
            if (markerEach != null) {
                if (markerHits == markerHitEnd.length) {
                    markerHitEnd = java.util.Arrays.copyOf(markerHitEnd, 2 * markerHits);
                    markerHitNeedle = java.util.Arrays.copyOf(markerHitNeedle, 2 * markerHits);
                }
                markerHitEnd[markerHits] = at + markerNeedles[needle].length();
                markerHitNeedle[markerHits++] = needle;
                int[] of = markerNeedleOf[needle];
                for (int k = 0; k < of.length; k++) {
                    int reach = markerNeedleReach[needle][k];
                    if (reach == Needles.UNBOUNDED) {
                        markerUpTo[of[k]] = Math.max(markerUpTo[of[k]], at);
                        markerMayBeginUpTo = Math.max(markerMayBeginUpTo, at);
                    } else {
                        java.util.Arrays.fill(markerMayBegin, Math.max(0, at - reach), at + 1, true);
                    }
                }
                return;
            }
            int reach = markerReach[needle];
            if (reach == Needles.UNBOUNDED) {
                markerMayBeginUpTo = Math.max(markerMayBeginUpTo, at);
                return;
            }
            for (int p = Math.max(0, at - reach); p <= at; p++) {
                markerMayBegin[p] = true;
            }
        }

        /**
         * Whether a relative clause in the past stands right before the date at {@code start} (the packs' {@code
         * past_clause_before}): "The commission will publish the register on 19 January, after an audit that began on 28
         * December" is the December before; the future word before it is another clause's. The clause is read over {@link
         * #PAST_CLAUSE_WINDOW} chars, as a clause of time runs longer than a word next to a date ("will appear before
         * magistrates after officers stopped his car on the motorway on Friday").
         */
        private boolean pastClauseBefore(int start) {
            Words clause = words(PAST_CLAUSE_BEFORE);
            return clause.present()
                    && clause.foundIn(DateGrammar.NORMALIZER.normalizedBetween(s, Math.max(0, start - PAST_CLAUSE_WINDOW), start));
        }

        /**
         * Whether the packs' {@code past_after} words close the date at {@code start..end} or stand right after it
         * («3 آذار الماضي»: the rule reads the word without capturing a direction).
         */
        private boolean pointsBack(int start, int end) {
            int lastWord = s.lastIndexOf(' ', end - 1);
            return adjacentAfter(words(PAST_AFTER), s, end) || lastWord > start && adjacentAfter(words(PAST_AFTER), s, lastWord);
        }

        /**
         * Whether a day and month without a year, a start right after the packs' {@code start_words} ("The new fares apply
         * from 3 March", "تطبق اعتباراً من 3 آذار"), read back ({@code back}), lies further back than its next occurrence
         * lies ahead: a start is the nearer of the two (a start almost a year back would be written with its year; one a
         * few days back stays, "بدءاً من 15 تشرين الثاني" written on the 20th); so too a month alone ("اتفقت الدول على زيادة
         * إنتاجها اعتباراً من يونيو" written in May is the June ahead, not eleven months back, dev27-ar-012; after a start
         * word only, not in a stretch, "It has been closed from April until the end of June"); not one the
         * packs' {@code past_after} put back («اعتباراً من 3 آذار الماضي»).
         */
        private boolean startsNearerAhead(Map<String, String> captures, DateResolver.Resolution back, int start, int end) {
            if (policy != DatePolicy.NEWS || reference == null || back == null || back.start() == null
                    || !(back.grain() == Grain.DAY && back.start().equals(back.end()) && captures.containsKey("day")
                        || back.grain() == Grain.MONTH && !captures.containsKey("day"))
                    || back.start().isAfter(reference) || !captures.containsKey("month") || captures.containsKey("dir")
                    || !(adjacentBefore(words(START_WORDS), s, start)
                        || back.grain() == Grain.DAY && startsStretch(s, start, end)) // "closed from April until June": a stretch told
                    || pointsBack(start, end)) {
                return false;
            }
            LocalDate ahead = back.start().plusYears(1);
            return ahead.isAfter(reference) && ChronoUnit.DAYS.between(reference, ahead) < ChronoUnit.DAYS.between(back.start(), reference);
        }

        private Matcher matcher(int r) {
            if (!bound[r]) {
                bound[r] = true;
                if (matchers[r] == null) {
                    matchers[r] = rules.get(r).pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                } else {
                    matchers[r].reset(s); // keeps the bounds' transparency and anchoring
                }
            }
            return matchers[r];
        }

        private void add(CompiledRule rule, int order, Matcher m) {
            int start = m.start("m");
            if (m.end("m") <= start) {
                return;
            }
            Map<String, String> captures = rule.captures(m);
            boolean mayPoint = mayPointForward(rule.rule(), captures) && !possessive(s, m.end("m"));
            // («12 آذار الماضي» is the March before, whatever future word stands earlier in the sentence)
            // (a stretch told by its length first has its day at its end: the words before that day, the length and the word of
            // its start among them, are what a marker reads: «أعلنت الحكومة تعطيل الدراسة لمدة أسبوعين اعتبارا من الأحد»,
            // "declared three days of mourning from Wednesday", «ويستمر المعرض عشرة أيام بدءا من الخميس»)
            int pointedAt = rule.rule().isMarked(DateRule.Mark.LENGTH_FIRST) ? m.end("m") : start;
            boolean forward = mayPoint && pointsForward(pointedAt) && !pastClauseBefore(start) && !pointsBack(start, m.end("m"));
            DateResolver.Resolution resolution = resolver.resolve(rule.rule(), captures, reference, forward);
            if (mayPoint && !forward && startsNearerAhead(captures, resolution, start, m.end("m"))) {
                resolution = resolver.resolve(rule.rule(), captures, reference, true);
            }
            if (resolution != null) {
                out.add(new Candidate(rule, order, start, m.end("m"), resolution, captures));
            }
        }
    }

    /**
     * Whether a possessive "'s" follows the date ending at {@code end}: "Sunday's presidential runoff"
     * names an event by its day, which no future marker of the clause ("said it would announce the
     * results of Sunday's runoff by Friday") points forward (dev12-en-008).
     */
    public static boolean possessive(String s, int end) {
        return end + 1 < s.length() && (s.charAt(end) == '\'' || s.charAt(end) == '\u2019')
                && s.charAt(end + 1) == 's' && (end + 2 == s.length() || !Character.isLetter(s.charAt(end + 2)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Harakat and tatweel written on the last letter belong to it ("غداً", "1446هـ"); the normalised
     * view drops them, so the span is extended over them to highlight the whole word.
     */
    private static int includeTrailingMarks(String text, int end) {
        int i = end;
        while (i < text.length() && isMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        return c == ArabicNormalizer.TATWEEL || (c >= ArabicNormalizer.FATHATAN && c <= ArabicNormalizer.SUKUN)
                || c == ArabicNormalizer.SUPERSCRIPT_ALEF;
    }

    /**
     * Longest first; of two readings of the same words, the one without warnings ("الثلاثاء الثالث من
     * أيلول": the 3rd, or the third Tuesday, whichever agrees with the calendar); then earliest, then
     * rule order. No two chosen candidates overlap.
     */
    private static List<Candidate> select(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
                .thenComparingInt(c -> c.resolution.warnings().size())
                .thenComparingInt(c -> c.start).thenComparingInt(c -> c.order));
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            Map.Entry<Integer, Integer> before = taken.floorEntry(c.end - 1);
            if (before == null || before.getValue() <= c.start) {
                taken.put(c.start, c.end);
                chosen.add(c);
            }
        }
        return chosen;
    }

    /**
     * Whether a pattern's matches only grow with the region ({@link #markersMonotone}): no anchor
     * that a region's end would satisfy ({@code $}, {@code \z}, {@code \Z}, {@code \G}, a {@code ^}
     * outside a class) and nothing that commits to a first reading (atomic groups, possessive quantifiers).
     */
    static boolean monotone(String pattern) {
        if (pattern.contains("$") || pattern.contains("\\z") || pattern.contains("\\Z") || pattern.contains("\\G")
                || pattern.contains("(?>") || POSSESSIVE.matcher(pattern).find()) {
            return false;
        }
        for (int i = pattern.indexOf('^'); i >= 0; i = pattern.indexOf('^', i + 1)) {
            if (i == 0 || pattern.charAt(i - 1) != '[') {
                return false;
            }
        }
        return true;
    }

    /** A run of whitespace, compiled once: {@code String.split("\\s+")} compiles it on every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:[*+?]|\\{\\d+(?:,\\d*)?})\\+");

    /** Only dates without a year can be read forward: the sentence is not searched for the others. */
    private boolean mayPointForward(DateRule rule, Map<String, String> captures) {
        return (rule.resolve() == DateRule.Resolve.DATE || rule.resolve() == DateRule.Resolve.RANGE)
                && !captures.containsKey("year") && !captures.containsKey("year2");
    }

    /**
     * What {@code matcher.region(from, to).find()} finds, for a pattern that opens with {@code (?<![\p{L}\p{N}])}
     * (the marker patterns of {@code DateGrammar}): tried with {@code lookingAt()} only where that lets a match
     * begin, rather than at every char of the window, most of which are inside words.
     */
    private static boolean findAfterNonWord(Matcher matcher, String s, int from, int to) {
        boolean seesBefore = matcher.hasTransparentBounds(); // else the lookbehind sees nothing before the region
        for (int p = from; p < to; p++) {
            if ((p == 0 || (p == from && !seesBefore) || !isWordChar(s.codePointBefore(p)))
                    && matcher.region(p, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@code [\p{L}\p{N}]}, the word chars of the marker patterns' lookbehind ({@code DateGrammar}). */
    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * Where, before a date at {@code start}, a future marker may begin: the sentence's start, or the window's; or, when a
     * quotation closes between them, right after it. The speaker's words are no clause of the date that follows them:
     * "“We have the votes, and we will not wait any longer,” Senator X told a news conference on Saturday" and «لن نقبل
     * بأي اتفاق»، قال الوزير السبت» tell the Saturday the words were said, the one before publication (dev31-en-004); a
     * marker after the quotation still points the date forward ("“We are ready,” he said, adding that talks would resume on
     * Monday").
     */
    private static int forwardFrom(String s, int start) {
        int from = sentenceStart(s, start, FUTURE_WINDOW);
        int straight = 0;
        int lastStraight = -1;
        int closed = -1;
        // (straight marks are paired from the sentence's own start: the window may open inside the quotation)
        for (int i = sentenceStart(s, start, QUOTE_WINDOW); i < start; i++) {
            char c = s.charAt(i);
            if (c == '\u201D' || c == '\u00BB') {
                if (closesSpeech(s, i)) {
                    closed = i;
                }
            } else if (c == '"') {
                straight++;
                lastStraight = i;
            }
        }
        if (straight > 0 && straight % 2 == 0 && closesSpeech(s, lastStraight)) {
            closed = Math.max(closed, lastStraight);
        }
        return Math.max(from, closed + 1);
    }

    /**
     * Whether the quotation mark at {@code i} closes a speaker's words, as wire copy closes them: with a comma or a stop
     * inside the marks ("… any longer,” Senator X told") or a comma right after them («…»، قال الوزير). A name or a
     * title in marks runs on into its sentence («مهرجان «شتاء طنطورة» من ١٠ ديسمبر», "the “Safe Roads” plan").
     */
    private static boolean closesSpeech(String s, int i) {
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return before == ',' || before == '.' || before == '!' || before == '?' || before == '\u060C'
                || after == ',' || after == '\u060C';
    }

    /** Where the sentence of {@code start} begins, or {@code window} chars before it when it begins earlier. */
    private static int sentenceStart(String s, int start, int window) {
        int from = Math.max(0, start - window);
        for (int i = start - 1; i >= from; i--) {
            if (SENTENCE_END_CHARS.get(s.charAt(i)) && !abbreviationDot(s, i)) {
                return i + 1;
            }
        }
        return from;
    }

    /** "2 a.m. on Saturday", "The U.S. will": a dot inside a word or before a lower-case word ends no sentence. */
    private static boolean abbreviationDot(String s, int i) {
        if (s.charAt(i) != '.' || i + 1 >= s.length()) {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j == i + 1 || j < s.length() && Character.isLowerCase(s.charAt(j));
    }

    private record Candidate(CompiledRule rule, int order, int start, int end, DateResolver.Resolution resolution,
                             Map<String, String> captures) {
    }

    /** The shipped packs, loaded once. */
    private static final class Shipped {
        static final RulePacks PACKS = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);
    }
}
