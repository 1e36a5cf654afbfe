package org.corroborate.extract.date;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.corroborate.api.Language;

/**
 * The word lists of the date packs that {@link DateRecognizer} reads around a date, each built by {@link DateGrammar}
 * into one pattern of a scope and a language (null when the scope has none of its words). The one place that names
 * them: the recognizer builds every list with its {@link WordsFilter} from this table ({@link Words}), and
 * {@code WordsFilterTest} checks every list's filter against its pattern.
 */
enum DateWordList {
    /** Words before a date that make it a recurring one ("every July 5"; {@link DateRecognizer#RECURRING}). */
    RECURRING_BEFORE((scope, language) -> DateGrammar.recurringMarkers(scope, language, true)),
    /** Words after a date that make it a recurring one ("من كل عام"; {@link DateRecognizer#RECURRING}). */
    RECURRING_AFTER((scope, language) -> DateGrammar.recurringMarkers(scope, language, false)),
    /** Words of a release before a date ({@link DateRecognizer#releasedOn}). */
    RELEASE(DateGrammar::releaseWords),
    /** What makes a clause no dated event: the weather, a birth (dev rule 3; {@link DateRecognizer#noEventIn}). */
    NO_EVENT_CLAUSES(DateGrammar::noEventClauses),
    /** A sports result with its score ("beat New Zealand 24-17"; dev rule 3, M17 of dev12; {@link DateRecognizer#resultAround}). */
    RESULT_CLAUSES(DateGrammar::resultClauses),
    /** Words between a date and a no-event clause that open another clause ({@link DateRecognizer#noEventAround}). */
    NO_EVENT_BOUNDS(DateGrammar::noEventBounds),
    /** Words before a date in its clause that make it no dated event ({@link DateRecognizer#noEventBefore}). */
    NO_EVENT_BEFORE(DateGrammar::noEventBefore),
    /** The words of a period counted back from now ("in the past year"; dev rule 19; {@link DateRecognizer#rollingPeriod}). */
    ROLLING_PERIODS(DateGrammar::rollingPeriods),
    /** Words before a date ahead of publication, in its own clause, that make it no scheduled event ({@link DateRecognizer#unscheduled}). */
    UNSCHEDULED_BEFORE((scope, language) -> DateGrammar.unscheduledMarkers(scope, language, true)),
    /** Words after a date ahead of publication that make it no scheduled event ({@link DateRecognizer#unscheduled}). */
    UNSCHEDULED_AFTER((scope, language) -> DateGrammar.unscheduledMarkers(scope, language, false)),
    /** The dates that are no scheduled day even ahead of publication ("next spring"; {@link DateRecognizer#unscheduled}). */
    UNSCHEDULED_DATES(DateGrammar::unscheduledDates),
    /** Weather words read in the whole sentence before a date ahead ({@link DateRecognizer#unscheduled}). */
    UNSCHEDULED_SENTENCE(DateGrammar::unscheduledSentence),
    /** Words of an act expected of someone before a date ahead, no fixed day unless a named day ({@link DateRecognizer#unscheduled}). */
    EXPECTED_BEFORE(DateGrammar::expectedMarkers),
    /** What joins a new clause to a sentence ({@link DateRecognizer#unscheduled} reads the date's own clause). */
    CLAUSE_JOINS(DateGrammar::clauseJoins),
    /** Words after a date of a schedule that did not hold ({@link DateRecognizer#unheld}). */
    UNHELD_AFTER(DateGrammar::unheldMarkers),
    /** Words right before a date that make it part of a name ({@link DateRecognizer#namesAThing}). */
    NAME_BEFORE(adjacent(DateRuleFile::nameBefore, true)),
    /** Words right after a date that make it part of a name ({@link DateRecognizer#namesAThing}). */
    NAME_AFTER(adjacent(DateRuleFile::nameAfter, false)),
    /** Words right before a year that make it part of a document's title ({@link DateRecognizer#namesAThing}). */
    DOCUMENT_BEFORE(adjacent(DateRuleFile::documentBefore, true)),
    /** Words right after a year that make it part of a document's title ({@link DateRecognizer#namesAThing}). */
    DOCUMENT_AFTER(adjacent(DateRuleFile::documentAfter, false)),
    /** Words of a move right before a range from the old day to the new ({@link DateRecognizer#movedFrom}). */
    MOVED_BEFORE(adjacent(DateRuleFile::movedBefore, true)),
    /** Words right before a date that put the event before it ({@link DateRecognizer#before}). */
    BEFORE_WORDS(adjacent(DateRuleFile::beforeWords, true)),
    /** Words right before a weekday that make it a weekly observance ("خطيب الجمعة"; {@link DateRecognizer#observance}). */
    OBSERVANCE_BEFORE(adjacent(DateRuleFile::observanceBefore, true)),
    /** Words right after a weekday that make it a weekly observance ("Friday prayers"; {@link DateRecognizer#observance}). */
    OBSERVANCE_AFTER(adjacent(DateRuleFile::observanceAfter, false)),
    /** Words right after a day that name the incident of that day by it ("Saturday's victims"; {@link DateRecognizer#namesIncident}). */
    INCIDENT_AFTER(adjacent(DateRuleFile::incidentAfter, false)),
    /** Words of a court's act right before a day ("pleaded guilty in a Sydney court on"; {@link DateRecognizer#courtDay}). */
    COURT_BEFORE(adjacent(DateRuleFile::courtBefore, true)),
    /** Words of a court's act right after a day ("on Tuesday sentenced"; {@link DateRecognizer#courtDay}). */
    COURT_AFTER(adjacent(DateRuleFile::courtAfter, false)),
    /** Words of time before an observance that date an event by it ("After Friday prayers"; {@link DateRecognizer#observance}). */
    OBSERVANCE_HELD(adjacent(DateRuleFile::observanceHeld, true)),
    /** Words before an event and its day that date the clause's own event a day after it ({@link DateRecognizer#dayShift}). */
    NEXT_DAY_BEFORE(adjacent(DateRuleFile::nextDayBefore, true)),
    /** Words before an event and its day that date the clause's own event a day before it ({@link DateRecognizer#dayShift}). */
    PREVIOUS_DAY_BEFORE(adjacent(DateRuleFile::previousDayBefore, true)),
    /** Words of a statement ({@link DateRecognizer#statesIn}). */
    STATEMENT(DateGrammar::statementWords),
    /** Words of a night, in a day named again ("the same night", «الليلة نفسها»; {@link DateRecognizer#find}). */
    NIGHT(DateGrammar::nightWords),
    /** Words of a comparison ({@link DateRecognizer#comparedWith}, {@link DateRecognizer#baselineOf}). */
    COMPARISON(DateGrammar::comparisonWords),
    /** Ordinals that count events ({@code event_counts}; {@link DateRecognizer#inBaselineClause}). */
    EVENT_COUNTS(DateGrammar::eventCounts),
    /** The words that open a "when" clause right after a date ({@link DateRecognizer#whenFollows}). */
    WHEN(DateGrammar::whenWords),
    /** The words a span up to now opens with ({@link DateRecognizer#opensWithSince}, {@link DateRecognizer#baselineOf}). */
    SINCE(DateGrammar::sinceWords),
    /** Auxiliaries of a perfect tense ({@link DateRecognizer#perfectIn}). */
    PERFECT(DateGrammar::perfectWords),
    /** Words of a statistic whose period a month or year after them is ({@link DateRecognizer#statisticIn}). */
    STATISTIC(DateGrammar::statisticWords),
    /** A percentage, by sign or in words, whose period a month or year after it in its clause is ({@link DateRecognizer#percentIn}). */
    PERCENT(DateGrammar::percentWords),
    /** Words right before a date of how long a state has held ("until", "حتى مساء"; {@link DateRecognizer#untilBefore}). */
    UNTIL_BEFORE(adjacent(DateRuleFile::untilBefore, true)),
    /** Words right before a date that a stretch opened earlier runs on to ("and runs until", "وتستمر حتى"; {@link DateRecognizer#continuedBefore}). */
    CONTINUED_BEFORE(adjacent(DateRuleFile::continuedBefore, true)),
    /** Words right before a date that a past stretch opened earlier closed on ("and closed", «واختتمت»; {@link DateRecognizer#closedBefore}). */
    CLOSED_BEFORE(adjacent(DateRuleFile::closedBefore, true)),
    /** Words right before a feast named alone that make it the time another event comes before ("on the eve of", «عشية»; {@link DateRecognizer#feastEveBefore}). */
    FEAST_EVE_BEFORE(adjacent(DateRuleFile::feastEveBefore, true)),
    /** Words right before a move's new day, past the day of the move ("adjourned on Thursday until"; {@link DateRecognizer#movedUntilBefore}). */
    MOVED_UNTIL_BEFORE(adjacent(DateRuleFile::movedUntilBefore, true)),
    /** Words right after a month that make it an event's modifier ("July meeting"; {@link DateRecognizer#namesEventAfter}). */
    EVENT_NOUN_AFTER(adjacent(DateRuleFile::eventNounAfter, false)),
    /** Words right before a date of a schedule ("due to have been held in"; {@link DateRecognizer#scheduledBefore}). */
    SCHEDULED_BEFORE(adjacent(DateRuleFile::scheduledBefore, true)),
    /** Words before a date of a schedule told in the present ("is scheduled for"; {@link DateRecognizer#scheduledNow}). */
    SCHEDULED_NOW_BEFORE(adjacent(DateRuleFile::scheduledNowBefore, true)),
    /** Words right before a date that something was done by ("by early", "بحلول"; {@link DateRecognizer#byBefore}). */
    BY_BEFORE(adjacent(DateRuleFile::byBefore, true)),
    /** Words that tell an arrest already counted again, in a later sentence ({@link DateRecognizer#restatesArrest}). */
    RESTATED_ARRESTS(DateGrammar::restatedArrests),
    /** Words that name the one person an arrest is told again of ({@link DateRecognizer#restatesOne}). */
    RESTATED_ONE(DateGrammar::restatedOne),
    /** Words that tell an incident already counted again, in a later sentence ({@link DateRecognizer#restatesIncident}). */
    RESTATED_INCIDENTS(DateGrammar::restatedIncidents),
    /** Words before a count, from its sentence's start, that tell a count of an earlier sentence again ({@link DateRecognizer#restatesCount}). */
    RESTATED_COUNTS(DateGrammar::restatedCounts),
    /** Words that name a meeting, talks or a session ({@link DateRecognizer#meetingAt}). */
    MEETING_WORDS(DateGrammar::meetingWords),
    /** Words of an act of its own done at a meeting, a vote or a signing ({@link DateRecognizer#meetingAt}). */
    MEETING_ACTS(DateGrammar::meetingActs),
    /** Words of an event's opening, in the sentence of a stretch's start ({@link DateRecognizer#opensAnEvent}). */
    OPENING_WORDS(DateGrammar::openingWords),
    /** Words by which a statement refers back to the meeting it was made at ({@link DateRecognizer#saidAtTheMeeting}). */
    MEETING_BACK_REFERENCES(DateGrammar::meetingBackReferences),
    /** Words right before a date of a toll's rise ("rose to 31 on"; {@link DateRecognizer#tollUpdate}). */
    TOLL_RISE_BEFORE(adjacent(DateRuleFile::tollRiseBefore, true)),
    /** Words right after a date of a toll's rise (", raising the death toll"; {@link DateRecognizer#tollUpdate}). */
    TOLL_RISE_AFTER(adjacent(DateRuleFile::tollRiseAfter, false)),
    /** The words of a toll, in the sentence of a toll's rise ({@link DateRecognizer#tollUpdate}). */
    TOLL_WORDS(DateGrammar::tollWords),
    /** Words right before the day of a search for people counted ("were searching on"; {@link DateRecognizer#searchDay}). */
    SEARCH_BEFORE(adjacent(DateRuleFile::searchBefore, true)),
    /** A phrase of an incident before its day ("after a crowd crush at a stadium on"; {@link DateRecognizer#incidentPhraseBefore}). */
    INCIDENT_PHRASE_BEFORE(adjacent(DateRuleFile::incidentPhraseBefore, true)),
    /** A since clause of an act right before its day ("since it was declared on"; {@link DateRecognizer#sinceActBefore}). */
    SINCE_ACT_BEFORE(adjacent(DateRuleFile::sinceActBefore, true)),
    /** What stands between a day and a count of an earlier event ("after two days of clashes that"; {@link DateRecognizer#afterClauseBetween}). */
    AFTER_CLAUSE_OF_COUNTS(adjacent(DateRuleFile::afterClauseOfCounts, false)),
    /** A subject's declaration set off by a comma right before its day ("The outbreak, confirmed on"; {@link DateRecognizer#declaredBefore}). */
    DECLARED_BEFORE(adjacent(DateRuleFile::declaredBefore, true)),
    /** Words right before a day and month without a year that make it a start ("from", "اعتباراً من"; {@link DateRecognizer}). */
    START_WORDS(adjacent(DateRuleFile::startWords, true)),
    /** A word right before a date that opens a stretch ("from"; {@link DateRecognizer}), with a {@link #STRETCH_TO} after it. */
    STRETCH_FROM(adjacent(DateRuleFile::stretchFrom, true)),
    /** A word right after a date that ends the stretch it opens ("to", "till"; {@link DateRecognizer}). */
    STRETCH_TO(adjacent(DateRuleFile::stretchTo, false)),
    /** Words right after a day and month that put it back ("الماضي"): no start word reads it ahead ({@link DateRecognizer}). */
    PAST_AFTER(adjacent(DateRuleFile::pastAfter, false)),
    /**
     * A relative clause in the past right before a date ("after an audit that began on", "التي انطلقت في"): no future
     * marker before it in the sentence points the date forward ({@link DateRecognizer}).
     */
    PAST_CLAUSE_BEFORE(adjacent(DateRuleFile::pastClauseBefore, true)),
    /** Conjunctions whose words announce nothing ({@link DateRecognizer#withoutConjunctions}). */
    CONJUNCTIONS(DateGrammar::conjunctions);

    private final BiFunction<List<DateRuleFile>, Language, Pattern> build;

    DateWordList(BiFunction<List<DateRuleFile>, Language, Pattern> build) {
        this.build = build;
    }

    /** The list's pattern of {@code scope} in {@code language} ({@link DateGrammar}), or null when it holds no words. */
    Pattern pattern(List<DateRuleFile> scope, Language language) {
        return build.apply(scope, language);
    }

    private static BiFunction<List<DateRuleFile>, Language, Pattern> adjacent(
            java.util.function.Function<DateRuleFile, List<String>> list, boolean before) {
        return (scope, language) -> DateGrammar.adjacentWords(scope, language, list, before);
    }
}
