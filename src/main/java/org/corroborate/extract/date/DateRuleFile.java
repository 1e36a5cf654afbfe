package org.corroborate.extract.date;

import java.util.List;
import java.util.Map;

import org.corroborate.api.Language;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Problems;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;

/**
 * A rule file of kind {@code dates}: lexicons (month and weekday names, relative words), named
 * pattern parts, words that point a bare date forward ({@code future_markers}), words that make a
 * date a recurring one ({@code recurring_before}: "every July 5"; {@code recurring_after}: "في
 * الخامس من تموز من كل عام"), words of a release ({@code release_words}: freed, أفرجت) that make a
 * date after them a dated event of its own in a sentence of counts, words of a statement
 * ({@code statement_words}: told, حسبما) that make a clause an attribution, words of a comparison
 * ({@code comparison_words}: the first, deadliest, أول، الأعنف), ordinals that count events up to now
 * ({@code event_counts}: the third, the 11th, الثالث، الحادي عشر: comparison words too, and a clause
 * "since" opens after one, "the 11th since the government was formed ten years ago", dates no event) and words that open a clause on the
 * moment compared with ({@code when_words}: ", when", "، حين"), auxiliaries of a perfect tense
 * ({@code perfect_words}: has, had) that put reported words before their statement, conjunctions
 * whose words are no statement's ({@code conjunctions}: "قبل أن"), the words a span up to now
 * opens with ({@code since_words}: since, منذ), words that make a date ahead of publication no
 * scheduled event ({@code unscheduled_before}: a forecast, a deadline, "had been scheduled for", sought in the
 * date's clause before it, up to a {@code clause_joins} join; {@code unscheduled_sentence}: weather words, in the whole
 * sentence before it; {@code expected_before}: an act expected of someone, in the date's clause before it, no fixed day
 * unless the date is a named day, "is expected to resume next week"; {@code unscheduled_after}: a condition or weather
 * after it, "if calm held";
 * {@code unscheduled_dates}: "next spring", "مطلع العام المقبل"; dev rule 21b; ahead of publication only), patterns of
 * a clause whose dates are no dated event ({@code no_event_clauses}: a sports result, the weather, an age, a yearly
 * day; anywhere in the clause, past or ahead) and of the clause before a date, anchored at it ({@code
 * no_event_before}: a birth right before its date, a forecast whose object the date is; past or ahead), words right
 * before or after a day and month without a year that make it
 * part of a name ({@code name_before}, {@code name_after}: "شارع 26 يوليو", "6th of October Bridge") and
 * right before or after a bare year that make it a document's ({@code document_before}, {@code document_after}:
 * "Resolution 2254 of 2015", "قانون الصحافة لسنة 2015"), words of a move right before a range from the old day to
 * the new one ({@code moved_before}: "moving the hearing from July 15 to September 9", a verb with its event as object or
 * its passive), words right after a date, in its own phrase, of a schedule that did not hold ({@code unheld_after}:
 * "was postponed", "قبل أن تؤجل"; past or ahead), words right before a date that put the event before it ({@code
 * before_words}: "before the end of February", "قبل نهاية شباط"; past dates), words around a bare weekday that make it
 * a weekly observance ({@code observance_before}, {@code observance_after}: "the Friday prayer leader", "خطيب الجمعة"),
 * unless words that date an event by it stand before ({@code observance_held}: "after Friday prayers"), words before
 * another event and its day that put the clause's event a day after or before it ({@code next_day_before}, {@code
 * previous_day_before}: "a day after the raid on Tuesday", "غداة", "عشية"), words of a statistic in the clause before a
 * month or year that make it the statistic's period ({@code statistic_verbs}: a figure moving or standing at a level
 * with its number after it in the clause, "fell to 1.2 million", "بلغت 3 مليارات"; {@code statistic_words}: a trend
 * or a rate by its name alone, "have doubled", "inflation", "التضخم"), words right before a date of how long a state
 * has held ({@code until_before}: "until", "حتى مساء"), that make a feast named alone the time another event comes
 * before ({@code feast_eve_before}: "on the eve of", «عشية»), of a move's new day after the day of the decision
 * ({@code moved_until_before}: "was adjourned on Thursday until"), of an event a month names as its modifier
 * ({@code event_noun_after}: "at its July meeting"), of a stretch a scheduled start runs on to ({@code continued_before}:
 * "and runs until", "وتستمر حتى"), of the close of a past stretch an earlier day of its sentence opened ({@code
 * closed_before}: "and closed", «واختتمت»), of a past schedule ({@code scheduled_before}: "due to have been
 * held in"), of a schedule told in the present ({@code scheduled_now_before}: "is scheduled for", «من المقرر أن») and
 * of a time something was done by ({@code by_before}: "by early", "بحلول"), the arrest of a group
 * already counted told again in a later sentence ({@code restated_arrests}: "The men, aged 23 and 27, were arrested on
 * Friday", "ألقت القبض على المتهمين يوم الأحد": its date is the count's; {@code restated_one}: "He was arrested", "The
 * man was detained", told again of a count of one only; {@code restated_counts}: "The three workers died on Tuesday", the
 * words before a count that tell the one of an earlier sentence again), the incident already counted told again in a later sentence
 * ({@code meeting_words}, {@code meeting_acts}, {@code meeting_back_references}: a meeting, talks or a session told
 * in a sentence of its own whose day a quote said at it in a later sentence carries, «وأكد … خلال الاجتماع أن …», no date
 * claim of its own unless an act of its own (a vote, a signing) was done at it.)
 * ({@code restated_incidents}: "The blaze broke out on Saturday", «وكان الهجوم قد وقع فجر الثلاثاء»: its day is the
 * counts'), a toll's rise told by the day of its update ({@code toll_rise_before}: "rose to 31 on", {@code toll_rise_after}:
 * ", raising the death toll", in a sentence with one of {@code toll_words}), words right before a day and month without a
 * year that make it a start ({@code start_words}: "apply from", "اعتباراً من": the nearer of its two readings; so
 * too a date between {@code stretch_from} and {@code stretch_to}: "from April 9th till the 17th"; not one with
 * {@code past_after} right after it: «اعتباراً من 3 آذار الماضي»), words between a
 * date and a no-event clause that open another clause of its own ({@code no_event_bounds}: "Fans clashed … on Saturday
 * after Ajax beat PSV 2-1": the date is the clash's, the score vetoes it not), a relative clause in the past right
 * before a date that no future marker of the sentence points forward ({@code past_clause_before}: "will publish the
 * register on 19 January, after an audit that began on 28 December": the audit's December is the one before), the words
 * of an event's opening ({@code opening_words}: «انطلقت أمس فعاليات المعرض», whose stretch a later sentence's «وتستمر حتى»
 * ends), and rules. The name, document and
 * moved keys hold both past and future dates and are anchored at the date.
 * A language sees the lexicons and parts of every dates file of its packs (common first).
 */
public record DateRuleFile(@OptionalKey List<DateLexicon> lexicons,
                           @OptionalKey Map<String, String> parts,
                           @OptionalKey List<String> futureMarkers,
                           @OptionalKey List<String> recurringBefore,
                           @OptionalKey List<String> recurringAfter,
                           @OptionalKey List<String> releaseWords,
                           @OptionalKey List<String> statementWords,
                           @OptionalKey List<String> nightWords,
                           @OptionalKey List<String> comparisonWords,
                           @OptionalKey List<String> eventCounts,
                           @OptionalKey List<String> whenWords,
                           @OptionalKey List<String> perfectWords,
                           @OptionalKey List<String> conjunctions,
                           @OptionalKey List<String> sinceWords,
                           @OptionalKey List<String> noEventClauses,
                           @OptionalKey List<String> resultClauses,
                           @OptionalKey List<String> noEventBefore,
                           @OptionalKey List<String> rollingPeriods,
                           @OptionalKey List<String> unscheduledBefore,
                           @OptionalKey List<String> unscheduledAfter,
                           @OptionalKey List<String> unscheduledDates,
                           @OptionalKey List<String> nameBefore,
                           @OptionalKey List<String> nameAfter,
                           @OptionalKey List<String> documentBefore,
                           @OptionalKey List<String> documentAfter,
                           @OptionalKey List<String> movedBefore,
                           @OptionalKey List<String> unheldAfter,
                           @OptionalKey List<String> beforeWords,
                           @OptionalKey List<String> observanceBefore,
                           @OptionalKey List<String> observanceAfter,
                           @OptionalKey List<String> incidentAfter,
                           @OptionalKey List<String> courtBefore,
                           @OptionalKey List<String> courtAfter,
                           @OptionalKey List<String> observanceHeld,
                           @OptionalKey List<String> clauseJoins,
                           @OptionalKey List<String> unscheduledSentence,
                           @OptionalKey List<String> expectedBefore,
                           @OptionalKey List<String> nextDayBefore,
                           @OptionalKey List<String> previousDayBefore,
                           @OptionalKey List<String> statisticVerbs,
                           @OptionalKey List<String> statisticWords,
                           @OptionalKey List<String> percentWords,
                           @OptionalKey List<String> untilBefore,
                           @OptionalKey List<String> continuedBefore,
                           @OptionalKey List<String> closedBefore,
                           @OptionalKey List<String> feastEveBefore,
                           @OptionalKey List<String> movedUntilBefore,
                           @OptionalKey List<String> eventNounAfter,
                           @OptionalKey List<String> scheduledBefore,
                           @OptionalKey List<String> scheduledNowBefore,
                           @OptionalKey List<String> byBefore,
                           @OptionalKey List<String> restatedArrests,
                           @OptionalKey List<String> restatedOne,
                           @OptionalKey List<String> restatedIncidents,
                           @OptionalKey List<String> restatedCounts,
                           @OptionalKey List<String> meetingWords,
                           @OptionalKey List<String> meetingActs,
                           @OptionalKey List<String> meetingBackReferences,
                           @OptionalKey List<String> tollRiseBefore,
                           @OptionalKey List<String> tollRiseAfter,
                           @OptionalKey List<String> tollWords,
                           @OptionalKey List<String> searchBefore,
                           @OptionalKey List<String> incidentPhraseBefore,
                           @OptionalKey List<String> sinceActBefore,
                           @OptionalKey List<String> afterClauseOfCounts,
                           @OptionalKey List<String> declaredBefore,
                           @OptionalKey List<String> startWords,
                           @OptionalKey List<String> stretchFrom,
                           @OptionalKey List<String> stretchTo,
                           @OptionalKey List<String> pastAfter,
                           @OptionalKey List<String> noEventBounds,
                           @OptionalKey List<String> pastClauseBefore,
                           @OptionalKey List<String> openingWords,
                           @OptionalKey List<DateRule> rules,
                           List<String> negativeExamples) implements RuleFile {
    public DateRuleFile {
        lexicons = lexicons == null ? List.of() : List.copyOf(lexicons);
        parts = parts == null ? Map.of() : Map.copyOf(parts);
        futureMarkers = futureMarkers == null ? List.of() : List.copyOf(futureMarkers);
        recurringBefore = recurringBefore == null ? List.of() : List.copyOf(recurringBefore);
        recurringAfter = recurringAfter == null ? List.of() : List.copyOf(recurringAfter);
        releaseWords = releaseWords == null ? List.of() : List.copyOf(releaseWords);
        statementWords = statementWords == null ? List.of() : List.copyOf(statementWords);
        nightWords = nightWords == null ? List.of() : List.copyOf(nightWords);
        comparisonWords = comparisonWords == null ? List.of() : List.copyOf(comparisonWords);
        eventCounts = eventCounts == null ? List.of() : List.copyOf(eventCounts);
        whenWords = whenWords == null ? List.of() : List.copyOf(whenWords);
        perfectWords = perfectWords == null ? List.of() : List.copyOf(perfectWords);
        conjunctions = conjunctions == null ? List.of() : List.copyOf(conjunctions);
        sinceWords = sinceWords == null ? List.of() : List.copyOf(sinceWords);
        noEventClauses = noEventClauses == null ? List.of() : List.copyOf(noEventClauses);
        resultClauses = resultClauses == null ? List.of() : List.copyOf(resultClauses);
        noEventBefore = noEventBefore == null ? List.of() : List.copyOf(noEventBefore);
        rollingPeriods = rollingPeriods == null ? List.of() : List.copyOf(rollingPeriods);
        unscheduledBefore = unscheduledBefore == null ? List.of() : List.copyOf(unscheduledBefore);
        unscheduledAfter = unscheduledAfter == null ? List.of() : List.copyOf(unscheduledAfter);
        unscheduledDates = unscheduledDates == null ? List.of() : List.copyOf(unscheduledDates);
        nameBefore = nameBefore == null ? List.of() : List.copyOf(nameBefore);
        nameAfter = nameAfter == null ? List.of() : List.copyOf(nameAfter);
        documentBefore = documentBefore == null ? List.of() : List.copyOf(documentBefore);
        documentAfter = documentAfter == null ? List.of() : List.copyOf(documentAfter);
        movedBefore = movedBefore == null ? List.of() : List.copyOf(movedBefore);
        unheldAfter = unheldAfter == null ? List.of() : List.copyOf(unheldAfter);
        beforeWords = beforeWords == null ? List.of() : List.copyOf(beforeWords);
        observanceBefore = observanceBefore == null ? List.of() : List.copyOf(observanceBefore);
        observanceAfter = observanceAfter == null ? List.of() : List.copyOf(observanceAfter);
        incidentAfter = incidentAfter == null ? List.of() : List.copyOf(incidentAfter);
        courtBefore = courtBefore == null ? List.of() : List.copyOf(courtBefore);
        courtAfter = courtAfter == null ? List.of() : List.copyOf(courtAfter);
        observanceHeld = observanceHeld == null ? List.of() : List.copyOf(observanceHeld);
        clauseJoins = clauseJoins == null ? List.of() : List.copyOf(clauseJoins);
        unscheduledSentence = unscheduledSentence == null ? List.of() : List.copyOf(unscheduledSentence);
        expectedBefore = expectedBefore == null ? List.of() : List.copyOf(expectedBefore);
        nextDayBefore = nextDayBefore == null ? List.of() : List.copyOf(nextDayBefore);
        previousDayBefore = previousDayBefore == null ? List.of() : List.copyOf(previousDayBefore);
        statisticVerbs = statisticVerbs == null ? List.of() : List.copyOf(statisticVerbs);
        statisticWords = statisticWords == null ? List.of() : List.copyOf(statisticWords);
        percentWords = percentWords == null ? List.of() : List.copyOf(percentWords);
        restatedArrests = restatedArrests == null ? List.of() : List.copyOf(restatedArrests);
        restatedOne = restatedOne == null ? List.of() : List.copyOf(restatedOne);
        restatedIncidents = restatedIncidents == null ? List.of() : List.copyOf(restatedIncidents);
        restatedCounts = restatedCounts == null ? List.of() : List.copyOf(restatedCounts);
        meetingWords = meetingWords == null ? List.of() : List.copyOf(meetingWords);
        meetingActs = meetingActs == null ? List.of() : List.copyOf(meetingActs);
        meetingBackReferences = meetingBackReferences == null ? List.of() : List.copyOf(meetingBackReferences);
        tollRiseBefore = tollRiseBefore == null ? List.of() : List.copyOf(tollRiseBefore);
        tollRiseAfter = tollRiseAfter == null ? List.of() : List.copyOf(tollRiseAfter);
        tollWords = tollWords == null ? List.of() : List.copyOf(tollWords);
        searchBefore = searchBefore == null ? List.of() : List.copyOf(searchBefore);
        incidentPhraseBefore = incidentPhraseBefore == null ? List.of() : List.copyOf(incidentPhraseBefore);
        sinceActBefore = sinceActBefore == null ? List.of() : List.copyOf(sinceActBefore);
        afterClauseOfCounts = afterClauseOfCounts == null ? List.of() : List.copyOf(afterClauseOfCounts);
        declaredBefore = declaredBefore == null ? List.of() : List.copyOf(declaredBefore);
        startWords = startWords == null ? List.of() : List.copyOf(startWords);
        stretchFrom = stretchFrom == null ? List.of() : List.copyOf(stretchFrom);
        stretchTo = stretchTo == null ? List.of() : List.copyOf(stretchTo);
        pastAfter = pastAfter == null ? List.of() : List.copyOf(pastAfter);
        noEventBounds = noEventBounds == null ? List.of() : List.copyOf(noEventBounds);
        pastClauseBefore = pastClauseBefore == null ? List.of() : List.copyOf(pastClauseBefore);
        openingWords = openingWords == null ? List.of() : List.copyOf(openingWords);
        untilBefore = untilBefore == null ? List.of() : List.copyOf(untilBefore);
        continuedBefore = continuedBefore == null ? List.of() : List.copyOf(continuedBefore);
        closedBefore = closedBefore == null ? List.of() : List.copyOf(closedBefore);
        feastEveBefore = feastEveBefore == null ? List.of() : List.copyOf(feastEveBefore);
        movedUntilBefore = movedUntilBefore == null ? List.of() : List.copyOf(movedUntilBefore);
        eventNounAfter = eventNounAfter == null ? List.of() : List.copyOf(eventNounAfter);
        scheduledBefore = scheduledBefore == null ? List.of() : List.copyOf(scheduledBefore);
        scheduledNowBefore = scheduledNowBefore == null ? List.of() : List.copyOf(scheduledNowBefore);
        byBefore = byBefore == null ? List.of() : List.copyOf(byBefore);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * Compiles this file's rules in every language whose packs include it, reporting unknown
     * placeholders, patterns that do not compile once expanded, unbounded repetition and rules
     * whose {@code resolve} lacks what it needs.
     */
    @Override
    public void validate(Problems problems, RulePacks packs) {
        for (Language language : Language.values()) {
            List<DateRuleFile> scope = packs.forLanguage(language, DateRuleFile.class);
            if (scope.stream().anyMatch(f -> f == this)) {
                DateGrammar.check(this, scope, language, problems);
            }
        }
    }
}
