package org.corroborate.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Claim;
import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.DateMention;
import org.corroborate.api.Grain;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.QuoteClaim;
import org.corroborate.api.Span;
import org.corroborate.extract.count.CountClaimFinder;
import org.corroborate.extract.date.DateRecognizer;
import org.corroborate.extract.date.DateRule.Mark;
import org.corroborate.text.Sentences;

/**
 * The dated events of an article in one language that no count or quote carries (issue 5's
 * {@code "date"} claims), and the moments "since … when" phrases point back to, for
 * {@link ClaimExtractor}.
 */
final class DateClaims {
    /** What ends a clause around a date ({@link #clauseOfItsOwn}): commas, stops, semicolons, colons, a dash. */
    private static final String CLAUSE_MARKS = ",.;:\u060C\u061B\u2014";
    /** What may stand between a day and the same day named again ("أمس الاثنين", "yesterday, Monday"). */
    private static final Pattern BETWEEN_RESTATED = Pattern.compile("[\\s,\u060C]{1,3}(?:\\p{L}{1,12}[\\s,\u060C]{1,3})?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * An age set off by commas after a name, with or without its word: ", 61,", "، 52 عاماً،" (dates of
     * the person's description are background).
     */
    private static final Pattern AGE_APPOSITION = Pattern.compile("\\p{L}[,\u060C] ?[1-9][0-9]?(?: \\p{L}{1,8}\\p{M}{0,2})?[,\u060C] ");
    /** An age told at a time: "who was 19 at the time of his arrest", "was 17 when" (dates of it are background). */
    private static final Pattern AGE_AT_THE_TIME = Pattern.compile("\\b(?:was|is) [1-9][0-9]? (?:at the time\\b|when\\b)");
    /**
     * "… and extradited to": a link and a past participle, a second verb of the same subject; or a time clause with a subject
     * and a past verb of its own ("… after an audit found irregularities"), another event.
     */
    private static final Pattern SECOND_VERB = Pattern.compile(" and (?:was |were )?\\p{Ll}+ed\\b"
            + "| (?:after|before|when|because) (?:a|an|the|his|her|its|their) (?:\\p{Ll}+ ){0,2}(?:\\p{Ll}+ed|found|began|broke|took|made|saw|showed|revealed|uncovered|won|lost|fell|rose|hit|struck)\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private final Language language;
    private final DateRecognizer recognizer;
    private final CountClaimFinder counts;
    /** The reasons a date is no dated event ({@link #filters()}). */
    private final List<Filter> filters;

    DateClaims(Language language, DateRecognizer recognizer, CountClaimFinder counts) {
        this.language = language;
        this.recognizer = recognizer;
        this.counts = counts;
        this.filters = filters();
    }

    /**
     * Dated events no count or quote carries ("joint operations between 24 and 27 November"): a
     * resolved date in a sentence without claims; or an event scheduled for a date after publication
     * (dev rule 21b), marked {@code scheduled}, unless a forecast, a deadline or a schedule that did not hold.
     */
    List<DateClaim> of(String text, List<DateMention> dates,
                                       List<Sentences.Sentence> sentences,
                                       List<Claim> claims, LocalDate published) {
        List<DateClaim> out = new ArrayList<>();
        for (DateMention written : dates) {
            DateMention moved = movedTo(text, written);
            if (moved == null) {
                continue;
            }
            DateMention d = sinceNamedEvent(text, moved, published);
            // (a stretch of named days from publication on is ahead too: «قررت السلطات تعليق الدراسة يومي الخميس والجمعة», written
            // on the Thursday, is the Thursday and the Friday to come, item 33 of blind8's adjudication; not a part of the
            // current period, "مكاسب للنفط في نهاية الأسبوع", nor one counted from today)
            boolean ahead = d.resolved() && published != null && (d.start().isAfter(published)
                    || d.grain() == Grain.DAY && d.start().equals(published) && d.end().isAfter(published)
                    && !recognizer.relativeToToday(d) && !recognizer.marked(d, Mark.PART_OF));
            if (!d.resolved() || d.warnings().contains(DateRecognizer.RECURRING)
                    || recognizer.namesAThing(text, d, YEAR_DIGITS.matcher(d.text()).find())
                    || recognizer.observance(text, d)
                    || published != null && !ahead && d.end().isAfter(published) && !opensAndCloses(d) && !underWay(text, d, published)
                    || isCurrentPeriod(d, published)
                    || dates.stream().anyMatch(o -> o != written && o.span().contains(d.span()) && o.span().length() > d.span().length())) {
                continue; // a schedule ("every July 5"), a name ("شارع 26 يوليو", "Resolution 2254 of 2015"), a weekly observance ("خطيب الجمعة"), a span still running ("until next month"), a deadline of the current
                          // period ("قبل نهاية العام"), "this year", or a piece of a longer date ("last year" in "24 November last year")
            }
            if (recognizer.fromEvent(d) && (claims.stream().anyMatch(k -> k instanceof CountClaim c && carries(c, d))
                    || recognizer.noEventIn(text.substring(d.span().end(), clauseEnd(text, d)))
                    || FIGURE.matcher(text).region(d.span().end(), ClaimExtractor.sentenceOf(sentences, d.span()).end()).find())) {
                // "two days after the blast" whose toll is dated already; "two days after the rial hit a record low of 2,900 to
                // the dollar": a figure's move (rule 3), no dated event
                continue;
            }
            if (countedFromAgain(text, dates, d, sentences, claims)) {
                continue; // "The 58-year-old died on Thursday, eight days after the attack": the death counted before, told again
            }
            Candidate candidate = new Candidate(text, dates, d, sentences, claims, published);
            if (ahead) {
                DateMention opened = runsOnFromOpening(text, dates, d, sentences, claims, published);
                if (opened != null) {
                    out.add(claimOf(text, opened, d, ClaimExtractor.sentenceOf(sentences, d.span()), false));
                    continue; // «انطلقت أمس فعاليات المهرجان … وتستمر فعاليات المهرجان حتى 17 أيار»: the festival, yesterday to 17 May
                }
                if (!dropped(candidate, true) && claims.stream().noneMatch(k -> !(k instanceof QuoteClaim) && carries(k, d))) {
                    // a statement is made by publication: a quote dated by a day ahead ("will host a meeting on Dec. 28, two
                    // delegates told reporters", dev15-en-018) carries no scheduled day
                    out.add(claimOf(text, spanned(text, dates, d, sentences), d, ClaimExtractor.sentenceOf(sentences, d.span()), true));
                }
                continue;
            }
            if (dropped(candidate, false)) {
                continue;
            }
            Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
            if (claims.stream().anyMatch(k -> k instanceof CountClaim c && within(c, sentence) && c.date() != null
                    && narrows(c.date(), ClaimDate.of(d, ClaimDate.Role.EVENT)) && !dayOfItsOwn(text, c, dates, sentences))) {
                continue; // "kidnapped in October … The pair were seized on Oct. 3": the month the count's day narrowed (restatedCounts)
            }
            if (restated(text, d, sentence, published)
                    && claims.stream().anyMatch(k -> k instanceof CountClaim c && !within(c, sentence) && carries(c, d))) {
                continue; // "The men … were arrested on Friday": the arrest counted before, told again (restatedArrests)
            }
            if (claims.stream().anyMatch(k -> k instanceof CountClaim c && carries(c, d)
                    && eventNamedByItsDate(text, d, c, sentences, published))) {
                continue; // «زلزال 8 شتنبر 2023 … وكان الزلزال قد خلّف نحو 3 آلاف قتيل»: the toll carries the quake's day (namedEventDates)
            }
            if (incidentToldAgain(text, d, sentence, published, claims)) {
                continue; // "The blaze broke out on Saturday afternoon": the incident counted before, told again (restatedIncidents)
            }
            if (meetingOfAQuote(text, d, sentence, sentences, claims)) {
                continue; // «بحث الوزير اليوم مع نظيره … وأكد خلال الاجتماع أن …»: the quote said at the meeting carries its day
            }
            List<Claim> near = claims.stream().filter(c -> c.span().start() < sentence.end() && c.span().end() > sentence.start()).toList();
            boolean carried = !near.isEmpty() && !historicSinceEvent(text, d, near, published) && (near.stream().anyMatch(c -> carries(c, d))
                    || near.stream().noneMatch(c -> inQuotedWords(text, c, d, published))
                    && !(recognizer.releasedOn(text, d) && !saidIn(text, d)) // "and released two of them on Friday"
                    && !recognizer.courtDay(text, d) // "pleaded guilty in a Sydney court on Thursday": the plea's day
                    && !beforeAnAfterClausesCounts(text, d, dates, sentence, claims) // "took effect on Friday after clashes that killed 12"
                    && !countedFromStatement(d, near)
                    && !clauseOfItsOwn(text, d, near, sentence));
            if (!carried && !boundary(text, d, published) && (!near.isEmpty() || !onlyAnnounces(text, d, sentence))
                    && !nightToldAgain(d, sentence, claims) && !incidentNamedAgain(text, d, sentence, claims)
                    && !nightNamedByItsDay(text, d, dates, sentence, sentences, claims, published)
                    && !carriedToLaterCounts(text, d, dates, sentence, sentences, claims)) {
                out.add(claimOf(text, runsOnFromToday(text, dates, d, sentences, published), d, sentence, false));
                DateMention shifted = shifted(text, d, published);
                if (shifted != null && near.stream().noneMatch(c -> carries(c, shifted))) {
                    out.add(claimOf(text, shifted, d, sentence, false));
                }
            }
            DateMention moment = momentTold(text, d, near, published);
            if (moment != null) {
                out.add(claimOf(text, moment, d, sentence, false));
            }
        }
        return withoutRepeats(text, out);
    }

    /** A figure of a move or a statistic ("a record low of 2,900 to the dollar", "fell 3.1 percent"), not a count of things. */
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+|\\d+ ?(?:%|percent|per cent|في المئة|بالمئة)");

    /**
     * Whether the single day {@code d} is the one an offset after it in its sentence counts from ("The 58-year-old died on
     * Thursday, eight days after the attack", {@link DateRecognizer#fromEvent}) and a count of an earlier sentence already
     * carries it: the event counted before, told again with the day of the other event (rule 21), no date claim of its own.
     */
    private boolean countedFromAgain(String text, List<DateMention> dates, DateMention d, List<Sentences.Sentence> sentences,
                                     List<Claim> claims) {
        if (d.grain() != Grain.DAY || !d.start().equals(d.end()) || recognizer.fromEvent(d)) {
            return false;
        }
        Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
        return dates.stream().anyMatch(o -> recognizer.fromEvent(o) && o.resolved() && o.span().start() >= d.span().end()
                        && o.span().start() < sentence.end())
                && claims.stream().anyMatch(k -> k instanceof CountClaim c && c.span().start() < sentence.start() && carries(c, d));
    }

    /** Words that join another clause between two words for one time: each clause is an event of its own. */
    private static final Pattern CLAUSE_JOIN_WORDS = Pattern.compile("(?<![\\p{L}])(?:and|while|whereas|but|as|when|after|before|و|بينما|فيما|في حين)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * {@code claims} without a date claim whose time an earlier one of its clause already gives: two words for one time in
     * one clause are one dated event ("Greece recorded its hottest July on record last month", written in August: July and
     * "last month" are the same month, dev38-en-003), and the second would only be a false one. Two clauses on the same day
     * are two events ("Lebanon play Jordan on March 26, while Syria host Iraq on the same day", blind8's adjudication).
     */
    private static List<DateClaim> withoutRepeats(String text, List<DateClaim> claims) {
        List<DateClaim> out = new ArrayList<>(claims.size());
        for (DateClaim c : claims) {
            if (out.stream().noneMatch(o -> o.text().equals(c.text()) && o.scheduled() == c.scheduled()
                    && Objects.equals(o.date().start(), c.date().start())
                    && Objects.equals(o.date().end(), c.date().end()) && oneClause(text, o.span(), c.span()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether nothing that opens another clause (a mark, a joining word) stands between the two spans of {@code text}. */
    private static boolean oneClause(String text, Span a, Span b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        if (from >= to) {
            return true;
        }
        String between = text.substring(from, to);
        for (int i = 0; i < between.length(); i++) {
            if (CLAUSE_MARKS.indexOf(between.charAt(i)) >= 0) {
                return false;
            }
        }
        return !CLAUSE_JOIN_WORDS.matcher(between).find();
    }

    /**
     * Whether the date is the night before publication ("overnight", "last night", «الليلة الماضية»: the packs' last-night
     * rule) told again in a sentence after counts of earlier sentences all dated within that night: the incident's own night,
     * which the count carries (rule 17), not a dated event of its own (rule 21). "A 6.1-magnitude earthquake struck late on
     * Saturday, killing seven people … Search teams had pulled 14 people alive from the rubble overnight" and "Ukraine's air
     * force said it had downed 88 of the 120 drones launched overnight" after the strike's toll (blind9's adjudication #4, #6;
     * dev18-en-010). A count dated otherwise leaves the night an event (dev7-en-034: counts of the weekend and of the Sunday).
     */
    private boolean nightToldAgain(DateMention d, Sentences.Sentence sentence, List<Claim> claims) {
        if (!recognizer.marked(d, Mark.LAST_NIGHT)) {
            return false;
        }
        List<CountClaim> before = claims.stream().filter(k -> k instanceof CountClaim c && c.span().start() < sentence.start()
                && c.date() != null).map(k -> (CountClaim) k).toList();
        return !before.isEmpty() && before.stream().allMatch(c -> !c.date().start().isBefore(d.start()) && !c.date().end().isAfter(d.end()));
    }

    /**
     * Whether the date names by its day an incident that a count of an earlier sentence already dates with that very day
     * (the packs' {@code incident_after}): "Shelling killed 27 civilians on Saturday … women and children made up more than half
     * of Saturday's victims" (dev29-en-014) is the shelling told again, not a dated event of its own (rule 21). A named event of
     * another kind keeps its date ("Sunday's runoff"). So too the day named again by the packs' {@code same_day} mark: «قتل ستة
     * أشخاص في قصف … ليل الأحد إلى الاثنين. وقال الجيش إنه اعترض عشرة صواريخ أطلقت خلال الليلة نفسها» (kind D4 of blind17).
     */
    private boolean incidentNamedAgain(String text, DateMention d, Sentences.Sentence sentence, List<Claim> claims) {
        return (recognizer.namesIncident(text, d) || recognizer.marked(d, Mark.SAME_DAY)) && claims.stream().anyMatch(k -> k instanceof CountClaim c
                && c.span().start() < sentence.start() && carries(c, d));
    }

    /**
     * Whether {@code d}, in a sentence with no count of its own, is the day the counts of a later sentence of its
     * paragraph carry, none of them with a day stated in its own sentence: the incident the story opens with, its counts told
     * after it ("Witnesses described scenes of panic after a crowd crush at a stadium on Monday … The government said 17
     * people had died", dev23-en-023; "Heavy rain triggered the slide before dawn on Saturday … More than 1,200 residents
     * have been moved", dev26-en-008; «ضرب زلزال قوي منطقة جبلية فجر اليوم الأربعاء … وقالت السلطات إن خمسة أشخاص لقوا
     * حتفهم», kind D3 of blind17). The day is theirs, no dated event of its own (rule 21: a date a count carries).
     */
    private boolean carriedToLaterCounts(String text, DateMention d, List<DateMention> dates, Sentences.Sentence sentence,
                                         List<Sentences.Sentence> sentences, List<Claim> claims) {
        if (claims.stream().anyMatch(k -> k instanceof CountClaim c && within(c, sentence))) {
            return false;
        }
        if (!recognizer.incidentPhraseBefore(text, d, sentence.start())) {
            return false;
        }
        return claims.stream().anyMatch(k -> k instanceof CountClaim c && c.span().start() >= sentence.end() && carries(c, d)
                && !dayOfItsOwn(text, c, dates, sentences));
    }

    /**
     * The day of an event a since span names by its day ("had struggled with a wrist problem since Thursday's second-round
     * win"): the win is a dated event of that day (dev rule 21a: "When the phrase names an event with its own date, that event
     * is one"; dev27-en-015), not the start of a state; else the date itself.
     */
    private DateMention sinceNamedEvent(String text, DateMention d, LocalDate published) {
        if (!d.resolved() || published == null || d.grain() != Grain.DAY || !d.end().equals(published)
                || !d.start().isBefore(published) || !DateRecognizer.possessive(text, d.span().end())
                || !recognizer.opensWithSince(text, d)) {
            return d;
        }
        return new DateMention(d.text(), d.span(), d.start(), d.start(), Grain.DAY, d.warnings(), d.rule());
    }

    /**
     * The new time of a move written as a range ("moving the hearing from July 15 to September 9": September 9, the day
     * that did not hold giving none, dev rule 21b; "from late January to early March": 1-10 March), the date itself when
     * it is no move, or null when the new time cannot be read alone (no claim rather than a wrong day).
     */
    private DateMention movedTo(String text, DateMention d) {
        return d.resolved() && recognizer.movedFrom(text, d) ? recognizer.movedTo(d) : d;
    }

    /**
     * The day of the clause's own event when the date is another event's named after "a day after" or "a day before"
     * ({@link DateRecognizer#dayShift}: "closed the crossing a day after the raid on Tuesday" is Wednesday), not after
     * publication; null when none.
     */
    private DateMention shifted(String text, DateMention d, LocalDate published) {
        int shift = d.start().equals(d.end()) ? recognizer.dayShift(text, d) : 0;
        LocalDate day = d.start().plusDays(shift);
        return shift == 0 || published != null && day.isAfter(published) ? null
                : new DateMention(d.text(), d.span(), day, day, Grain.DAY, d.warnings(), d.rule());
    }

    /** The date claim of {@code event}, written as {@code written} in its sentence. */
    private static DateClaim claimOf(String text, DateMention event, DateMention written, Sentences.Sentence sentence,
                                     boolean scheduled) {
        return new DateClaim(null, ClaimDate.of(event, ClaimDate.Role.EVENT), null,
                text.substring(sentence.start(), sentence.end()), written.span(), false, scheduled);
    }

    /**
     * Whether a month or a year is the period of a figure before it in its clause, a percentage or a statistic
     * ("inflation fell to 5.1% in February", "growth is forecast to reach 3% in 2027"): no dated event. A stretch of
     * days is the period of a statistic as a month is ("Health officials recorded 340 new dengue cases between 3 and 9
     * March"), and so is a week after a statistic ("سجلت السلطات الصحية 350 إصابة جديدة بالكوليرا خلال الأسبوع الماضي": a
     * tally's week); a single day stays the day of what was done, and a week after a percentage or a bare figure the week of
     * it (dev15-ar-018: "ما يزيد على 3 آلاف فنزويلي عبروا الحدود … خلال الأسبوع الماضي").
     */
    private boolean periodOfFigure(String text, DateMention d) {
        boolean stretch = d.grain() == Grain.DAY && d.resolved() && d.start().isBefore(d.end());
        if (!stretch && (d.grain() == Grain.DAY || recognizer.namesEventAfter(text, d))) {
            return false; // a single day; "at its July meeting": the meeting's month
        }
        // a figure's move before a since clause with an event of its own ("Food prices have doubled since the government
        // lifted bread subsidies in 2024"): the date is the event's, read from the clause's start (kind D6 of blind17)
        int figures = figureClauseStart(text, d);
        int since = recognizer.sinceClauseStart(text, figures, d);
        int from = Math.max(figures, since);
        if (stretch) {
            return statisticBefore(text, from, d.span().start());
        }
        return d.grain() != Grain.WEEK && recognizer.percentIn(text, Math.max(clauseStart(text, d), since), d.span().start())
                || statisticBefore(text, from, d.span().start());
    }

    /** A date of an article with what the filters read around it. */
    private record Candidate(String text, List<DateMention> dates, DateMention d, List<Sentences.Sentence> sentences,
                             List<Claim> claims, LocalDate published) {
    }

    /**
     * A reason a date is no dated event: for dates up to publication ({@code past}), for dates ahead of it that would
     * be scheduled events ({@code ahead}, dev rule 21b), or both.
     */
    private record Filter(boolean past, boolean ahead, java.util.function.Predicate<Candidate> drops) {}

    /**
     * The reasons a date is no dated event, in the order they are tried (the cheap ones first; each is a test of the date
     * and its text, so the order changes no result). A date ahead of publication that none drops is a scheduled
     * event unless a count of its sentence carries it; one up to publication is then weighed against its sentence's claims.
     */
    private List<Filter> filters() {
        return List.of(
            // "Wednesday, the 11th" (no such day), "in a week", "بعد يومين", "four days later": no day fixed for an event
            // ("tomorrow" is one, and so is "the day after tomorrow", "بعد غد الاثنين": a day named by its own word)
            new Filter(false, true, c -> !c.d().warnings().isEmpty() || recognizer.anchored(c.d()) && !onScheduledDay(c)
                    || recognizer.countsFromToday(c.d()) && !c.d().start().equals(c.published().plusDays(1))
                    && !recognizer.namedDay(c.d())),
            // «ويأتي الحادث عشية عطلة عيد الأضحى», "Shoppers crowded the markets on the eve of Christmas": a feast named as the time
            // another event comes before is a marker of the calendar, no dated event, nor is its eve (dev27-ar-013)
            new Filter(true, true, c -> recognizer.marked(c.d(), Mark.HOLIDAY)
                    && !YEAR_DIGITS.matcher(c.d().text()).find() && recognizer.feastEveBefore(c.text(), c.d())),
            // "dismantled 94 smuggling networks in the past year", "over the next two years": a duration counted from now
            // (rule 19), no dated event
            new Filter(true, true, c -> recognizer.rollingPeriod(c.d())),
            // "Maria, who lost her husband last winter, now runs the bakery alone", "الصيف الماضي": a season counted from today is
            // a vague stretch (rule 19; ahead of publication the packs' unscheduled_dates read it), no dated event; with its year
            // ("summer 2021", "صيف 2021", dev19-ar-010) it is one
            new Filter(true, false, c -> relativeSeason(c.d())),
            // "its hottest June day since 2015", "the third attack since the start of the month", "Governor X, 61, has
            // headed the bank since 2019"
            new Filter(true, false, c -> runsToPublication(c.d(), c.published())
                    && (recognizer.baselineOf(c.text(), c.d()) || biographical(c.text(), c.d(), c.sentences()))),
            // "A fourth defendant, who was 19 at the time of his arrest in 2023, was acquitted": the time a person's age is told
            // at, his description like the age itself, no dated event (dev25-en-014)
            new Filter(true, false, c -> AGE_AT_THE_TIME.matcher(c.text()).region(clauseStart(c.text(), c.d()), c.d().span().start()).find()),
            // "the 11th since the government was formed ten years ago": what a count of meetings runs from
            new Filter(true, false, c -> recognizer.inBaselineClause(c.text(), c.d(), c.published())),
            // "inflation fell to 5.1% in February", "growth is forecast to reach 3% in 2027": the period of a statistic
            // (G12 of dev8, J4 of dev10)
            new Filter(true, true, c -> periodOfFigure(c.text(), c.d())),
            // "South Africa beat New Zealand 24-17 in Durban on Saturday": a sports result, an age (rule 3, M17 of dev12);
            // "born on March 3, 1956", "Forecasters predicted heavy rain from Thursday": a birth right before its date, a forecast of it
            // (not a score after "after" or "عقب": "Fans clashed with police on Saturday after Ajax beat PSV 2-1" is the clash's day)
            new Filter(true, true, c -> recognizer.noEventAround(c.text(), c.d(), clauseStart(c.text(), c.d()), frontedClauseEnd(c.text(), c.d()))
                    || recognizer.noEventBefore(c.text(), c.d())),
            // A sports result or a market's move in a bare sports or market report, one with no count and no quote, is rule 3's
            // no-claim text ("Oil prices edged higher on Friday", dev29-en-012): "South Africa
            // beat New Zealand 24-17 in Durban on Saturday, extending their unbeaten run" (M17 of dev12). In a story that
            // carries claims the match is a dated event as a vote or a verdict is: "Celtic came from a goal down to beat
            // Feyenoord 3-2 in Rotterdam on Wednesday" before the coach's words (dev16-en-013, dev28-en-030, dev28-ar-004;
            // blind9's adjudication #3)
            new Filter(true, true, c -> c.claims().stream().noneMatch(k -> k instanceof CountClaim || k instanceof QuoteClaim)
                    && recognizer.resultAround(c.text(), c.d(), clauseStart(c.text(), c.d()), frontedClauseEnd(c.text(), c.d()))),
            // "has until July 31", "rain is expected on Thursday", "had been scheduled for March", "the electoral service
            // confirmed on Friday" (a statement's day read forwards by a marker before it)
            new Filter(false, true, c -> recognizer.unscheduled(c.text(), c.d())),
            // "ولم يعلّق الحزب على البيان حتى مساء اليوم": a state so far, no event; "وبلغ سعر الخبز خمسة جنيهات حتى الأول من
            // تشرين الثاني": a figure as of a day, no event of that day (unless a when clause tells what happened then)
            new Filter(true, false, c -> untilToday(c.text(), c.d()) && (c.published() != null && c.d().start().equals(c.published())
                    && c.d().end().equals(c.published()) || statisticBefore(c.text(), figureClauseStart(c.text(), c.d()), c.d().span().start())
                    && !recognizer.whenFollows(c.text(), c.d()))),
            // "elections, which were due to have been held in December 2021 but were postponed", "originally scheduled for
            // March 2023": a past day something was scheduled for (a day ahead is one, unless the schedule did not hold)
            // (not the publication day itself, the first day a schedule may name: "The pursuit race is scheduled for Saturday
            // afternoon", written on that Saturday, is scheduled, dev rule 21b; dev31-en-024)
            new Filter(true, false, c -> recognizer.scheduledBefore(c.text(), c.d())
                    && !(c.published() != null && c.d().start().equals(c.published()) && c.d().end().equals(c.published())
                         && recognizer.scheduledNow(c.text(), c.d()))),
            // "وكان موعد الإطلاق قد حُدّد في البداية لشهر أيلول الماضي قبل أن يؤجَّل", "The final on Saturday was called off": a
            // schedule that did not hold (dev15-ar-030; ahead of publication, unscheduled reads it)
            new Filter(true, false, c -> recognizer.unheld(c.text(), c.d())),
            // "ويتعين على الحكومة إقرار الموازنة قبل نهاية شباط", "before the end of February": what comes before a time, not its
            // day (dev14-ar-003; ahead of publication, unscheduled reads it)
            new Filter(true, false, c -> recognizer.before(c.text(), c.d())),
            // "The toll from a landslide … on Saturday rose to 31 on Tuesday", ", raising the death toll": the toll's update, whose
            // counts are the incident's (dev32's B3), no dated event
            new Filter(true, false, c -> {
                Sentences.Sentence s = ClaimExtractor.sentenceOf(c.sentences(), c.d().span());
                return recognizer.tollUpdate(c.text(), c.d(), s.start(), s.end());
            }),
            // "…, killing at least 16 people, and rescuers were searching Saturday for about 20 others": the search's day, which
            // goes on after the incident the counts are of (dev36-en-013), no dated event
            new Filter(true, false, c -> {
                Sentences.Sentence s = ClaimExtractor.sentenceOf(c.sentences(), c.d().span());
                return recognizer.searchDay(c.text(), c.d())
                        && c.claims().stream().anyMatch(k -> k instanceof CountClaim n && n.span().start() >= s.start()
                                && n.span().start() < s.end());
            }),
            // "By Monday morning divers had recovered two more bodies", "بحلول مساء الأحد", "by 2030": the time a state was
            // reached, or a deadline or target (K2 of dev11)
            new Filter(true, true, c -> byTime(c.text(), c.d())),
            // "مساء الثلاثاء واستمر حتى فجر الأربعاء", "from Monday until Wednesday": the end of the span an earlier date opens
            new Filter(true, true, c -> untilAfterDate(c.text(), c.dates(), c.d(), c.sentences())),
            // "Last year's protests, in June 2025, left dozens dead", "next year, in March": the closer date names the event
            new Filter(true, true, c -> namedCloserAfter(c.text(), c.dates(), c.d())),
            // "أمس الاثنين", "yesterday, Monday", "غداً الخميس": one day named twice is one date
            new Filter(true, true, c -> restatesDateBefore(c.text(), c.dates(), c.d())),
            // "“Today we turn the page,” X told the assembly", "“Tomorrow we march,” X said", "“I have dreamed of this day,” X
            // said": counted from the day X spoke, which the text does not give (dev20-en-026); so too a day named again in the
            // speaker's words ("“Only luck prevented a massacre that night,” the judge said": the night of the speaker's story,
            // not the night of the day the narrator named last, dev32-en-019)
            new Filter(true, true, c -> (recognizer.countsFromToday(c.d()) || recognizer.anchored(c.d())
                    || recognizer.relativeToToday(c.d()) && c.d().grain() == Grain.DAY) && c.claims().stream().anyMatch(k -> k instanceof QuoteClaim q
                    && q.direct() && q.date() == null && amongQuotedWords(c.text(), q, c.d()))));
    }

    /**
     * Whether an anchored day ahead of publication ("a day earlier", "the same day", "في اليوم التالي") counts from a
     * scheduled day named before it in its own sentence: "Scotland host France on February 28, while Wales travel to Rome a
     * day earlier" fixes Wales' fixture on February 27 (dev27-en-005; "on the same day", item 15 of blind8's adjudication),
     * as «… يوم ٢١ أكتوبر، بينما يستقبل العين شباب الأهلي في اليوم التالي» does the 22nd (dev27-ar-025). Counted from a
     * day the text leaves unstated ("a home match four days later" after "in September") it fixes none.
     */
    private static boolean onScheduledDay(Candidate c) {
        if (c.published() == null) {
            return false;
        }
        Sentences.Sentence sentence = ClaimExtractor.sentenceOf(c.sentences(), c.d().span());
        DateMention before = null;
        for (DateMention o : c.dates()) {
            if (o != c.d() && o.resolved() && o.start().equals(o.end()) && o.span().start() >= sentence.start()
                    && o.span().end() <= c.d().span().start()) {
                before = o;
            }
        }
        return before != null && before.start().isAfter(c.published());
    }

    /**
     * Whether the date is a stretch its own words open and close ("Registration opened on March 2 and runs through April 10",
     * written on 12 March), or open and measure (the rules marked {@code opening_to_closing} that read a day and a length): its opening is past, so the stretch still
     * running is an event, from that day to its end.
     */
    private boolean opensAndCloses(DateMention d) {
        return recognizer.marked(d, Mark.OPENING_TO_CLOSING);
    }

    /**
     * Whether the date is a stretch of days of the calendar under way at publication, its days and month stated ("The
     * championships, which run from April 10 to 17", «تقام البطولة بين 10 و17 نيسان», written on 15 April): an event while
     * it runs, as one its own words open and close ({@link #opensAndCloses}), not a span counted on from today. Not what
     * would be no scheduled event ahead ({@link DateRecognizer#unscheduled}): «موسم الخريف الذي يمتد من 21 حزيران إلى 21
     * أيلول» after «سنوياً» is a season of every year.
     */
    private boolean underWay(String text, DateMention d, LocalDate published) {
        return d.grain() == Grain.DAY && d.start().isBefore(published) && recognizer.daysOfAMonth(d)
                && !recognizer.unscheduled(text, d);
    }

    /** Whether the date is a season read from the packs' season rule without a year ("last winter", "الشتاء الماضي"). */
    private boolean relativeSeason(DateMention d) {
        return recognizer.marked(d, Mark.SEASON) && !YEAR_DIGITS.matcher(d.text()).find();
    }

    /** Whether a filter for dates {@code ahead} of publication (or up to it) drops the date. */
    private boolean dropped(Candidate c, boolean ahead) {
        for (Filter f : filters) {
            if ((ahead ? f.ahead() : f.past()) && f.drops().test(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The war has killed tens of thousands of people since it erupted in April 2023", "قُتلوا منذ اندلاع
     * الحرب في السابع من تشرين الأول 2023": a since clause names an event dated with its year, and a
     * count of the sentence runs from it ({@link #sinceSpans}); the event is a dated event of its own
     * (rule 21a, dev11-en-001, M13 of dev12). A recent event named without a year ("detained since the
     * protests began on Oct. 14", "missing since their boat was intercepted last week") is only where
     * the count's span starts, carried by it (dev3-en-012, dev-en-057; dev12/DISPUTED.md), unless the clause names an
     * act done on a day ({@link DateRecognizer#sinceActBefore}: "57 deaths since it was declared on Nov. 2", dev29-en-028,
     * dev38-en-021): the declaration is a dated event whatever its year.
     */
    private boolean historicSinceEvent(String text, DateMention d, List<Claim> near, LocalDate published) {
        return published != null && d.end().isBefore(published)
                && (YEAR_DIGITS.matcher(d.text()).find() && recognizer.sinceEventBefore(text, d)
                    || d.grain() == Grain.DAY && d.start().equals(d.end()) && recognizer.sinceActBefore(text, d))
                && near.stream().anyMatch(c -> c instanceof CountClaim k && k.date() != null
                        && k.date().start().equals(d.start()) && k.date().end().equals(published));
    }

    /** Four digits, Latin or Arabic-Indic: a date that states its year. */
    private static final Pattern YEAR_DIGITS = Pattern.compile("(?<![0-9\u0660-\u0669])[0-9\u0660-\u0669]{4}(?![0-9\u0660-\u0669])");

    /**
     * The dates of counts before a since clause, as the span it opens (dev rule 19): "More than 1,500
     * schoolchildren have been kidnapped since 2014, when Boko Haram fighters stormed a school" runs
     * from 2014 to publication, though {@link #momentsBeforeWhen} gave the counts the moment 2014 for
     * a count of the when clause after it (F3 of dev7, M12 of dev12); "had been forced from their homes
     * since the rain began on Saturday" and "قُتلوا منذ اندلاع الحرب في السابع من تشرين الأول 2023" run
     * from the day the since clause names (M12, M13 of dev12; whether that day is also a date claim is
     * {@link #historicSinceEvent}'s). {@code forCounts} is {@code dates} with moments for spans, as the
     * counts were dated.
     */
    List<CountClaim> sinceSpans(String text, List<CountClaim> claims, List<DateMention> dates, List<DateMention> forCounts,
                                List<Sentences.Sentence> sentences, LocalDate published) {
        if (published == null || claims.isEmpty()) {
            return claims;
        }
        List<CountClaim> out = null;
        for (int i = 0; i < dates.size() && i < forCounts.size(); i++) {
            DateMention d = dates.get(i);
            DateMention taken = forCounts.get(i);
            ClaimDate span;
            if (taken != d) {
                span = ClaimDate.of(d, ClaimDate.Role.EVENT);
            } else if (d.resolved() && d.end().isBefore(published) && recognizer.sinceEventBefore(text, d)
                    && !sinceOfDateBefore(text, dates, i)) {
                span = new ClaimDate(d.start(), published, d.grain(), ClaimDate.Role.EVENT);
            } else {
                continue;
            }
            int sentenceStart = ClaimExtractor.sentenceOf(sentences, d.span()).start();
            for (int k = 0; k < claims.size(); k++) {
                CountClaim c = (out == null ? claims : out).get(k);
                if (c.date() != null && sameRange(c.date(), taken) && c.span().start() >= sentenceStart
                        && c.span().end() <= d.span().start()) {
                    if (out == null) {
                        out = new ArrayList<>(claims);
                    }
                    out.set(k, c.withDate(span));
                }
            }
        }
        return out == null ? claims : out;
    }

    /** How far before a date a since date ({@link #sinceOfDateBefore}) may end: a short clause, as a since event's. */
    private static final int SINCE_DATE_REACH = 48;

    /**
     * Whether the since word before {@code dates.get(i)} is that of a date of its own before it ("a teacher who had been
     * missing since Monday was found on Friday": since Monday, then the finding's day; no span from Friday).
     */
    private boolean sinceOfDateBefore(String text, List<DateMention> dates, int i) {
        DateMention d = dates.get(i);
        for (int j = i - 1; j >= 0; j--) {
            DateMention before = dates.get(j);
            if (before.span().end() <= d.span().start()) {
                return before.span().end() >= d.span().start() - SINCE_DATE_REACH && recognizer.opensWithSince(text, before);
            }
        }
        return false;
    }

    /** How many sentences back a restated arrest ({@link #restatedArrests}) may find the count it tells again. */
    private static final int RESTATED_REACH = 2;

    /**
     * An arrest already counted, told again in a later sentence with its date ("Police have arrested five men … said on
     * Sunday. The men, aged 23 and 27, were arrested on Friday"; "He was arrested on Saturday"; «وكانت قوات الأمن قد ألقت
     * القبض على المتهمين يوم الأحد الماضي»): the people are those counted, so the date is their arrest's, and the count
     * carries it (dev rule 15: the arrest is stated again, with its date, in the date's sentence; rule 21: a date a count
     * carries is no date claim of its own). The arrest counts of the nearest sentence before it, at most {@link
     * #RESTATED_REACH} back, take the first such date of a sentence that has no count of its own; a day their own sentence
     * gave them (a court's remand, a statement) is then left to be a dated event of its own. An arrest named by its event
     * ("The arrests were made in raids … last week") is not the people told again and stays a date claim (dev15-en-019).
     */
    List<CountClaim> restatedArrests(String text, List<CountClaim> counts, List<DateMention> dates,
                                     List<Sentences.Sentence> sentences, LocalDate published) {
        if (published == null || counts.stream().noneMatch(c -> c.action() == CountClaim.Action.ARRESTED)) {
            return counts;
        }
        List<CountClaim> out = counts;
        Sentences.Sentence done = null;
        for (DateMention d : dates) {
            Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
            if (sentence.equals(done) || !restated(text, d, sentence, published)
                    || counts.stream().anyMatch(c -> within(c, sentence))) {
                continue;
            }
            boolean one = recognizer.restatesOne(text, d, sentence.start());
            List<CountClaim> told = toldAgain(counts, sentences, sentence).stream()
                    .filter(c -> !one || isOne(c)).toList(); // "He was arrested in 2019": not the two protesters counted
            if (told.isEmpty()) {
                continue;
            }
            done = sentence;
            out = new ArrayList<>(out);
            for (CountClaim c : told) {
                out.set(counts.indexOf(c), c.withDate(ClaimDate.of(d, ClaimDate.Role.EVENT)));
            }
        }
        return out;
    }

    /**
     * A count told again by the words that open its sentence right before it (the packs' {@code restated_counts}: "the"),
     * with a day of its own: "… killing three workers, officials said on Thursday. The three workers died on Tuesday
     * evening", "Police arrested four men … The four men were arrested on Friday" (kind 4 of a held-out review). The people
     * are those counted before: the count of the same action and number in the nearest sentence before that holds counts,
     * at most {@link #RESTATED_REACH} back, with no day of its own, takes the day; the count told again is no claim of its
     * own (one toll, not two), dropped once the date claims are read ({@link #withoutCountsToldAgain}), as it carries the day.
     */
    List<CountClaim> restatedCounts(String text, List<CountClaim> counts, List<DateMention> dates,
                                    List<Sentences.Sentence> sentences, LocalDate published, CountsToldAgain told) {
        if (published == null || counts.size() < 2) {
            return counts;
        }
        List<CountClaim> out = counts;
        for (int i = 0; i < counts.size(); i++) {
            CountClaim c = counts.get(i);
            if (c.date() == null || c.date().role() != ClaimDate.Role.EVENT || c.count().value() == null) {
                continue;
            }
            int at = told.earlier(i);
            CountClaim earlier = at < 0 ? null : counts.get(at);
            if (earlier == null || !out.contains(earlier)
                    || dayOfItsOwn(text, earlier, dates, sentences) && !narrows(c.date(), earlier.date())) {
                continue; // "kidnapped in October … The two men were seized on Oct. 3": the day inside the month is theirs
            }
            if (out == counts) {
                out = new ArrayList<>(counts);
            }
            out.set(out.indexOf(earlier), earlier.withDate(c.date()));
        }
        return out;
    }

    /** Whether {@code day} lies inside {@code range} and is shorter than it: October 3 of October, not October of 2025. */
    private static boolean narrows(ClaimDate day, ClaimDate range) {
        return range != null && day.start() != null && day.end() != null && range.start() != null && range.end() != null
                && !day.start().isBefore(range.start()) && !day.end().isAfter(range.end()) && !day.equals(range)
                && day.end().toEpochDay() - day.start().toEpochDay() < range.end().toEpochDay() - range.start().toEpochDay();
    }

    /**
     * {@code claims} without the counts told again ({@link #restatedCounts}): a count its opening words tell again whose
     * earlier count of the same action and number has the same date. The count claims of {@code claims} are those {@code
     * told} was made over, in their order, some with another date.
     */
    List<Claim> withoutCountsToldAgain(List<Claim> claims, CountsToldAgain told) {
        List<CountClaim> counts = claims.stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
        if (counts.size() < 2) {
            return claims;
        }
        List<CountClaim> dropped = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            CountClaim c = counts.get(i);
            if (c.date() == null || c.count().value() == null) {
                continue;
            }
            int at = told.earlier(i);
            if (at >= 0 && c.date().equals(counts.get(at).date())) {
                dropped.add(c);
            }
        }
        if (dropped.isEmpty()) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims);
        out.removeAll(dropped);
        return out;
    }

    /**
     * Of one text's count claims, per claim the earlier count it tells again by its number ({@link #restatedCounts}),
     * worked out once, when first asked, for both readings that ask ({@link #restatedCounts}, {@link
     * #withoutCountsToldAgain}): the readings between them change the claims' dates only, never their words, action,
     * number or order, which are all the answer depends on.
     */
    final class CountsToldAgain {
        private final String text;
        private final List<CountClaim> counts;
        private final List<Sentences.Sentence> sentences;
        private final List<Mention> numbers;
        /** Per claim, the index of the earlier count it tells again, -1 when none, -2 when not yet worked out. */
        private final int[] earlier;

        CountsToldAgain(String text, List<CountClaim> counts, List<Sentences.Sentence> sentences, List<Mention> numbers) {
            this.text = text;
            this.counts = List.copyOf(counts);
            this.sentences = sentences;
            this.numbers = numbers;
            this.earlier = new int[counts.size()];
            java.util.Arrays.fill(earlier, -2);
        }

        /** The index of the earlier count that claim {@code i} tells again by its number, -1 when none. */
        int earlier(int i) {
            if (earlier[i] == -2) {
                CountClaim c = counts.get(i);
                Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, c.span());
                earlier[i] = toldAgainByNumber(text, c, sentence, numbers) ? sameCountBefore(c, counts, sentences, sentence) : -1;
            }
            return earlier[i];
        }
    }

    /**
     * Whether {@code c} opens its sentence with its number after the words that tell a count again ("The three workers …",
     * {@link #restatedCounts}); not a count by its noun alone ("The attacker also died", one of its own, dev3-en-044).
     */
    private boolean toldAgainByNumber(String text, CountClaim c, Sentences.Sentence sentence, List<Mention> numbers) {
        return numbers.stream().anyMatch(n -> n instanceof NumberMention && n.span().start() == c.span().start())
                && recognizer.restatesCount(text, sentence.start(), c.span().start());
    }

    /**
     * The index in {@code counts} of the count of {@code c}'s action and number in the nearest sentence before {@code sentence}
     * that holds counts, -1 when none ({@link #restatedCounts}).
     */
    private static int sameCountBefore(CountClaim c, List<CountClaim> counts, List<Sentences.Sentence> sentences,
                                       Sentences.Sentence sentence) {
        int at = sentences.indexOf(sentence);
        for (int back = 1; back <= RESTATED_REACH && at - back >= 0; back++) {
            Sentences.Sentence before = sentences.get(at - back);
            boolean any = false;
            for (int k = 0; k < counts.size(); k++) {
                CountClaim o = counts.get(k);
                if (within(o, before)) {
                    any = true;
                    if (o.action() == c.action() && o.count().equals(c.count())) {
                        return k;
                    }
                }
            }
            if (any) {
                return -1;
            }
        }
        return -1;
    }

    /** What may stand between the comma closing a clause on the subject and the count's words: an auxiliary or an adverb. */
    private static final Pattern SUBJECT_CLAUSE_CLOSE = Pattern.compile("\\s*,(?:\\s+\\p{L}{1,12}){0,2}\\s*");

    /**
     * The counts of a sentence whose subject is the incident, dated in a clause set off by commas right before the count's
     * words: "The floods, which hit between June and September 2025, killed more than 950 people" (dev38-en-012), "The storm,
     * which struck on Tuesday, killed 12 people". The clause tells the day of the incident that did the killing (the packs'
     * {@code restated_incidents} words, read from the sentence's start), so the counts of the sentence after it with no day
     * stated in their own sentence (none, or one carried from an earlier sentence) take it (dev rule 15), and it is no date
     * claim of its own (rule 21). A clause on a group or a body ("The militia, which was formed in 2019, killed …") names no
     * incident and dates nothing.
     */
    List<CountClaim> subjectIncidentDays(String text, List<CountClaim> counts, List<DateMention> dates,
                                         List<Sentences.Sentence> sentences, LocalDate published) {
        if (published == null || counts.isEmpty()) {
            return counts;
        }
        List<CountClaim> out = counts;
        for (DateMention d : dates) {
            Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
            CountClaim first = counts.stream().filter(c -> within(c, sentence) && c.span().start() >= d.span().end())
                    .min(Comparator.comparingInt(c -> c.span().start())).orElse(null);
            if (first == null || !SUBJECT_CLAUSE_CLOSE.matcher(text).region(d.span().end(), first.span().start()).matches()
                    || !restatedIncident(text, d, sentence, published)) {
                continue;
            }
            for (CountClaim c : counts) {
                if (within(c, sentence) && c.span().start() >= first.span().start() && !dayOfItsOwn(text, c, dates, sentences)) {
                    if (out == counts) {
                        out = new ArrayList<>(counts);
                    }
                    out.set(counts.indexOf(c), c.withDate(ClaimDate.of(d, ClaimDate.Role.EVENT)));
                }
            }
        }
        return out;
    }

    /**
     * An incident already counted, told again in a later sentence of its own with its day, its subject or its verb referring
     * back to it ("Fire tore through a textile factory, killing 14 workers … The blaze broke out on Saturday afternoon";
     * "The attack on Saturday was one of the deadliest this year"; «قتل ثلاثة جنود في هجوم … وكان الهجوم قد وقع فجر
     * الثلاثاء»; the packs' {@code restated_incidents}): the sentence's only event is the incident the counts reported, so its
     * day is theirs (dev rule 15 as amended on 2026-12-01): the counts of the sentences before it with no day stated in
     * their own sentence (none, or one carried from an earlier sentence) take it, and it is no date claim of its own (rule 21). Only the first such sentence of a
     * text; a sentence with a count of its own dates that count as it stands (rule 15).
     */
    List<CountClaim> restatedIncidents(String text, List<CountClaim> counts, List<DateMention> dates,
                                       List<Sentences.Sentence> sentences, LocalDate published) {
        if (published == null || counts.isEmpty()) {
            return counts;
        }
        for (DateMention d : dates) {
            Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
            if (!restatedIncident(text, d, sentence, published) || counts.stream().anyMatch(c -> within(c, sentence))) {
                continue;
            }
            List<CountClaim> before = counts.stream().filter(c -> c.span().start() < sentence.start()).toList();
            // the incident's victims when some may take its day ("Police detained the factory's manager" came after the fire);
            // victims dated on their own are of another event ("the killings of two police officers in Antioquia last year",
            // then "during the operations, which ran from Sunday to Tuesday": the arrests' operation)
            List<CountClaim> open = before.stream()
                    .filter(c -> !dayOfItsOwn(text, c, dates, sentences) || refines(d, c.date())
                            || nightToldByItsDay(d, c, dates, sentences)).toList();
            boolean victims = open.stream().anyMatch(c -> c.action() != CountClaim.Action.ARRESTED);
            List<CountClaim> out = new ArrayList<>(counts);
            boolean any = false;
            for (CountClaim c : open) {
                if ((c.action() != CountClaim.Action.ARRESTED) == victims) {
                    out.set(counts.indexOf(c), c.withDate(ClaimDate.of(d, ClaimDate.Role.EVENT)));
                    any = true;
                }
            }
            if (any) {
                return out;
            }
        }
        return counts;
    }

    /**
     * The counts of an after phrase's relative clause that took the day of the later event the sentence opens with,
     * undated: "A ceasefire took effect on Friday evening after two days of clashes that the health ministry said killed at
     * least 12 people" (dev37-en-024): the clashes came before the truce, and the truce's day is a dated event of its own
     * ({@link #beforeAnAfterClausesCounts}). English; no count may stand before the day in its sentence.
     */
    List<CountClaim> undatedInAfterClauses(String text, List<CountClaim> counts, List<DateMention> dates,
                                           List<Sentences.Sentence> sentences, LocalDate published) {
        if (language != Language.EN || published == null || counts.isEmpty()) {
            return counts;
        }
        List<CountClaim> out = counts;
        for (DateMention d : dates) {
            // a stretch begun by publication and running on past it is the later event's too ("imposed a curfew for one
            // week starting Saturday after two nights of rioting in which three people were killed")
            if (!d.resolved() || d.start().isAfter(published)) {
                continue;
            }
            Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
            for (int i = 0; i < counts.size(); i++) {
                CountClaim c = counts.get(i);
                if (c.date() != null && sameRange(c.date(), d) && countOfAnAfterClause(text, d, c, counts, dates, sentence)) {
                    if (out == counts) {
                        out = new ArrayList<>(counts);
                    }
                    out.set(i, c.withDate(null));
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code c} stands in the relative clause of an after phrase right after {@code d}, or after a subject's
     * declaration on {@code d} set off by commas ("The outbreak, confirmed on June 3, infected 26 people and killed nine of
     * them", dev33-en-021: the confirmation is a dated event, the deaths the outbreak's over its course) ({@link
     * #undatedInAfterClauses}).
     */
    private boolean countOfAnAfterClause(String text, DateMention d, CountClaim c, List<CountClaim> counts, List<DateMention> dates,
                                         Sentences.Sentence sentence) {
        return within(c, sentence) && c.span().start() > d.span().end()
                && counts.stream().noneMatch(o -> within(o, sentence) && o.span().start() < d.span().start())
                && dates.stream().noneMatch(o -> o.span().start() >= d.span().end() && o.span().start() < c.span().start())
                && (recognizer.afterClauseBetween(text, d.span().end(), c.span().start())
                    || text.startsWith(",", d.span().end()) && recognizer.declaredBefore(text, d)); // "The outbreak, confirmed on June 3, killed nine"
    }

    /** Whether {@code d} is the later event's day before an after phrase whose counts it does not date ({@link #undatedInAfterClauses}). */
    private boolean beforeAnAfterClausesCounts(String text, DateMention d, List<DateMention> dates, Sentences.Sentence sentence,
                                               List<Claim> claims) {
        if (language != Language.EN) {
            return false;
        }
        List<CountClaim> counts = claims.stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
        return counts.stream().anyMatch(c -> c.date() == null && countOfAnAfterClause(text, d, c, counts, dates, sentence));
    }

    /**
     * Whether the count has a day of its own: a day stated in its own sentence. None, a day carried from an earlier
     * sentence ("At least 22 workers were treated for burns" after the toll's sentence), the day of a statement right
     * after its word ("… left 17 inmates dead, the prison authority said on Tuesday": dev rule 15) or a day the count took
     * as the day it was announced (role {@code announced}: «أعلنت المديرية، السبت، توقيف 17 شخصاً … وأوضحت أن عمليات التوقيف
     * جرت يومي 1 و2 أبريل») is none of its own. (A toll's update
     * day, "rose to 11 on Friday", stays its own: taking the incident's day there would drop it as a date claim, which dev29's
     * B3 keeps, for one false one fewer.)
     */
    private boolean dayOfItsOwn(String text, CountClaim c, List<DateMention> dates, List<Sentences.Sentence> sentences) {
        if (c.date() == null || c.date().role() == ClaimDate.Role.ANNOUNCED) {
            return false; // the day it was announced ("أعلنت المديرية، السبت، توقيف 17 شخصاً") is the statement's, not the arrests'
        }
        Sentences.Sentence own = ClaimExtractor.sentenceOf(sentences, c.span());
        return dates.stream().anyMatch(d -> d.span().start() >= own.start() && d.span().start() < own.end() && sameRange(c.date(), d)
                && !recognizer.statesIn(text.substring(Math.max(own.start(), d.span().start() - SAID_REACH), d.span().start())));
    }

    /** How many days before the night read from publication the day of the incident told again may fall ({@link #nightToldByItsDay}). */
    private static final int NIGHT_REACH_DAYS = 2;

    /**
     * Whether the count's own day is the night before publication ("killed at least 14 villagers in an overnight raid", the
     * packs' last-night rule: read from publication, rule 17) and {@code d}, the day of the incident told again, names that
     * night by its day, at most {@link #NIGHT_REACH_DAYS} days before it or within it: "The attackers stormed the village late
     * on Saturday" (dev34-en-001), "struck mourners … shortly before midnight on Wednesday" (dev26-en-024) in a story written a
     * day or two on. The day the text states is the incident's; the night was only read from the day of publication.
     */
    private boolean nightToldByItsDay(DateMention d, CountClaim c, List<DateMention> dates, List<Sentences.Sentence> sentences) {
        if (c.date() == null || d.grain() != Grain.DAY || !d.start().equals(d.end())
                || d.start().isBefore(c.date().start().minusDays(NIGHT_REACH_DAYS)) || d.end().isAfter(c.date().end())) {
            return false;
        }
        Sentences.Sentence own = ClaimExtractor.sentenceOf(sentences, c.span());
        return dates.stream().anyMatch(n -> recognizer.marked(n, Mark.LAST_NIGHT)
                && n.span().start() >= own.start() && n.span().start() < own.end() && sameRange(c.date(), n));
    }

    /**
     * Whether {@code d} is the night of its sentence's counts ("in an overnight attack") that a later sentence names by its day,
     * the incident told again ({@link #nightToldByItsDay}): the counts took that day, and the night is the same incident, no
     * dated event of its own (rule 21).
     */
    private boolean nightNamedByItsDay(String text, DateMention d, List<DateMention> dates, Sentences.Sentence sentence,
                                       List<Sentences.Sentence> sentences, List<Claim> claims, LocalDate published) {
        if (!recognizer.marked(d, Mark.LAST_NIGHT)) {
            return false;
        }
        return claims.stream().anyMatch(k -> k instanceof CountClaim c && within(c, sentence) && c.date() != null
                && c.date().start().equals(c.date().end()) && !c.date().start().isBefore(d.start().minusDays(NIGHT_REACH_DAYS))
                && !c.date().end().isAfter(d.end())
                && dates.stream().anyMatch(m -> m.span().start() >= sentence.end() && carries(c, m)
                        && restatedIncident(text, m, ClaimExtractor.sentenceOf(sentences, m.span()), published)));
    }

    /** How far before a count's day a word of a statement makes it the statement's day ("…, the prison authority said on Tuesday"). */
    private static final int SAID_REACH = 24;

    /**
     * Whether {@code d} is a finer time within a count's own coarser one: "… over the killing of six police officers in an
     * ambush last month. The officers were shot dead on April 14" tells the ambush's day within its month.
     */
    private static boolean refines(DateMention d, ClaimDate own) {
        return own != null && d.grain().ordinal() < own.grain().ordinal()
                && !d.start().isBefore(own.start()) && !d.end().isAfter(own.end());
    }

    /** Whether {@code d}, up to publication, is the day of an incident told again in its sentence ({@link #restatedIncidents}). */
    private boolean restatedIncident(String text, DateMention d, Sentences.Sentence sentence, LocalDate published) {
        return d.resolved() && published != null && !d.end().isAfter(published)
                && recognizer.restatesIncident(text, d, sentence.start());
    }

    /**
     * Whether {@code d} is the day of an incident told again ({@link #restatedIncidents}) in a sentence with no count of its
     * own, which a count of an earlier sentence carries: no date claim.
     */
    private boolean incidentToldAgain(String text, DateMention d, Sentences.Sentence sentence, LocalDate published,
                                      List<Claim> claims) {
        return restatedIncident(text, d, sentence, published)
                && claims.stream().noneMatch(k -> k instanceof CountClaim c && within(c, sentence))
                && claims.stream().anyMatch(k -> k instanceof CountClaim c && c.span().start() < sentence.start() && carries(c, d));
    }

    /** How many sentences after a meeting's a statement said at it may stand ({@link #meetingOfAQuote}). */
    private static final int MEETING_QUOTE_REACH = 2;

    /**
     * Whether {@code d} is the day of a meeting, talks or a session told in its own sentence (the packs' {@code
     * meeting_words}) at which a quote of one of the next sentences was said on that same day, its words referring back to
     * it ({@code meeting_back_references}: «وأكد المهندي خلال الاجتماع أن …»): the act
     * of speaking carries the day, no date claim of its own (the CONTRACT's "a dated event that no count or quote
     * carries"; the survey of round t39: B6 of dev37, G2 of dev8 and every set's "في مؤتمر صحفي أمس"). Only the Arabic
     * pack has the words: the English sets give such a meeting its own date claim (dev30-en-030, B7 of dev30).
     * A vote, an approval or a signing done at it ({@code meeting_acts}) is an event in its own right and keeps its day,
     * as does a meeting on another day than the quote's, or one no quote was said at.
     */
    private boolean meetingOfAQuote(String text, DateMention d, Sentences.Sentence sentence,
                                    List<Sentences.Sentence> sentences, List<Claim> claims) {
        if (d.grain() != Grain.DAY || !recognizer.meetingAt(text, sentence.start(), sentence.end())) {
            return false;
        }
        int at = sentences.indexOf(sentence);
        if (at < 0) {
            return false;
        }
        for (int i = at + 1; i < sentences.size() && i <= at + MEETING_QUOTE_REACH; i++) {
            Sentences.Sentence next = sentences.get(i);
            if (recognizer.saidAtTheMeeting(text, next.start(), next.end()) && claims.stream().anyMatch(k -> k instanceof QuoteClaim q
                    && q.span().start() >= next.start() && q.span().start() < next.end() && carries(q, d))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code quotes} (a claim list), each quote with no day of its own said at a meeting of one of the sentences before it
     * ({@link #meetingOfAQuote}), its words referring back to it («وأكد الوزير خلال اللقاء أن …»), dated by that meeting's
     * day: the meeting is the act of speaking's occasion, told with its day a sentence before (B6 of dev37, G2 of dev8).
     */
    List<Claim> datedByTheirMeeting(String text, List<Claim> quotes, List<DateMention> dates,
                                    List<Sentences.Sentence> sentences, LocalDate published) {
        if (published == null) {
            return quotes;
        }
        List<Claim> out = new ArrayList<>(quotes.size());
        for (Claim k : quotes) {
            Claim dated = k;
            if (k instanceof QuoteClaim q && q.date() == null) {
                Sentences.Sentence own = ClaimExtractor.sentenceOf(sentences, q.span());
                int at = sentences.indexOf(own);
                if (at > 0 && recognizer.saidAtTheMeeting(text, own.start(), own.end())) {
                    for (int i = at - 1; i >= 0 && i >= at - MEETING_QUOTE_REACH; i--) {
                        Sentences.Sentence before = sentences.get(i);
                        if (!recognizer.meetingAt(text, before.start(), before.end())) {
                            continue;
                        }
                        List<DateMention> days = dates.stream().filter(d -> d.resolved() && d.grain() == Grain.DAY
                                && d.span().start() >= before.start() && d.span().start() < before.end()
                                && !d.start().isAfter(published)).toList();
                        // one day, however often written («اليوم الثلاثاء» after a dateline's «7-7-2026»)
                        if (!days.isEmpty() && days.stream().allMatch(d -> d.start().equals(days.get(0).start())
                                && d.end().equals(days.get(0).end()))) {
                            dated = q.withDate(ClaimDate.of(days.get(0), ClaimDate.Role.ANNOUNCED));
                        }
                        break;
                    }
                }
            }
            out.add(dated);
        }
        return out;
    }

    /** How far before a count the definite noun of its event may stand in its sentence ({@link #namedEventDates}). */
    private static final int EVENT_NOUN_REACH = 60;
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}][\\p{IsArabic}&&[\\p{L}\\p{M}]]*");

    /**
     * A disaster or an attack named by its date in an earlier sentence («الذكرى الثالثة لزلزالي 6 فبراير/شباط 2023»، «المنازل
     * المتضررة من زلزال 8 شتنبر 2023») whose toll a later sentence tells by the same noun, made definite («وأودى الزلزالان بحياة
     * أكثر من 53 ألف شخص»، «وكان الزلزال قد خلّف نحو 3 آلاف قتيل»), with no day of its own: the count is of that event and
     * takes its date (dev38-ar-014, dev38-ar-021, B9 of dev38); the date, which the count carries, is then no date claim of
     * its own ({@link #eventNamedByItsDate}). Arabic: the noun right before the date is its construct (no article).
     */
    List<CountClaim> namedEventDates(String text, List<CountClaim> counts, List<DateMention> dates,
                                     List<Sentences.Sentence> sentences, LocalDate published) {
        if (language != Language.AR || published == null || counts.isEmpty()) {
            return counts;
        }
        List<CountClaim> out = counts;
        for (int i = 0; i < counts.size(); i++) {
            CountClaim c = counts.get(i);
            if (dayOfItsOwn(text, c, dates, sentences)) {
                continue;
            }
            for (DateMention d : dates) {
                if (eventNamedByItsDate(text, d, c, sentences, published)) {
                    if (out == counts) {
                        out = new ArrayList<>(counts);
                    }
                    out.set(i, c.withDate(ClaimDate.of(d, ClaimDate.Role.EVENT)));
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code d}, before publication and in a sentence before {@code c}'s, stands right after an indefinite noun
     * («زلزال»، «لزلزالي») that {@code c}'s sentence names again with the article before the count («الزلزال»، «الزلزالان»).
     */
    private boolean eventNamedByItsDate(String text, DateMention d, CountClaim c, List<Sentences.Sentence> sentences,
                                        LocalDate published) {
        if (language != Language.AR || !d.resolved() || published == null || d.end().isAfter(published)) {
            return false;
        }
        Sentences.Sentence own = ClaimExtractor.sentenceOf(sentences, c.span());
        if (d.span().start() >= own.start()) {
            return false;
        }
        int end = d.span().start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || Character.getType(text.charAt(start - 1)) == Character.NON_SPACING_MARK)) {
            start--;
        }
        if (start == end || end == d.span().start()) {
            return false; // no word right before the date, or no space between
        }
        String named = text.substring(start, end);
        if (named.startsWith("ال") || named.startsWith("وال") || named.startsWith("بال") || named.startsWith("لل")) {
            return false; // a definite noun before a date is no construct naming the event by it
        }
        String stem = eventStem(named);
        if (stem.length() < 3) {
            return false;
        }
        Matcher m = ARABIC_WORD.matcher(text).region(Math.max(own.start(), c.span().start() - EVENT_NOUN_REACH), c.span().start());
        while (m.find()) {
            String w = m.group();
            if ((w.startsWith("ال") || w.startsWith("وال")) && eventStem(w).equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /** An Arabic noun without و or ف, a preposition ل or ب, the article, a dual or construct ending: «لزلزالي», «الزلزالان» → «زلزال». */
    private static String eventStem(String word) {
        String w = word.replaceAll("\\p{M}", "");
        if (w.length() > 3 && (w.startsWith("و") || w.startsWith("ف"))) {
            w = w.substring(1);
        }
        if (w.startsWith("لل")) {
            w = w.substring(2);
        } else {
            if (w.length() > 3 && (w.startsWith("ل") || w.startsWith("ب")) && !w.startsWith("ال")) {
                w = w.substring(1);
            }
            if (w.startsWith("ال")) {
                w = w.substring(2);
            }
        }
        for (String ending : new String[] {"ان", "ين", "ي"}) {
            if (w.length() - ending.length() >= 3 && w.endsWith(ending)) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /** At most two words, no mark, between an event's year and its count ("the 2024 bombing that killed 12 people"). */
    private static final Pattern NAMED_EVENT_GAP = Pattern.compile("\\s{1,2}(?:[\\p{L}\\p{M}'-]{1,15}\\s{1,2}){0,2}");
    /** How far before a count the year that names its event may stand ({@link #namedEventYears}). */
    private static final int NAMED_EVENT_REACH = 40;

    /**
     * A count its statement's day dates ("announced on Tuesday that the 2023 killing of a journalist had been solved", "The
     * army said on Tuesday that the 2024 bombing that killed 12 people …") whose event is named by an earlier year right
     * before it, at most two words between: the count is of that old event and takes its year; the day stays the
     * statement's (dev rule 15: a speech verb's day dates the quote, never the count). The year names the event (no date
     * claim of its own, G11 of dev8), so it is read here from its digits.
     */
    List<CountClaim> namedEventYears(String text, List<CountClaim> counts) {
        List<CountClaim> out = counts;
        for (int i = 0; i < counts.size(); i++) {
            CountClaim c = counts.get(i);
            if (c.date() == null || c.date().role() != ClaimDate.Role.ANNOUNCED) {
                continue;
            }
            int from = Math.max(0, c.span().start() - NAMED_EVENT_REACH);
            Matcher m = YEAR_DIGITS.matcher(text).region(from, c.span().start());
            Integer year = null;
            while (m.find()) {
                year = NAMED_EVENT_GAP.matcher(text).region(m.end(), c.span().start()).matches() ? Integer.valueOf(m.group()) : null; // Arabic-Indic digits too
            }
            if (year != null && year >= 1900 && year < c.date().start().getYear()) {
                if (out == counts) {
                    out = new ArrayList<>(counts);
                }
                out.set(i, c.withDate(new ClaimDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Grain.YEAR,
                        ClaimDate.Role.EVENT)));
            }
        }
        return out;
    }

    /** Whether {@code d}, up to publication, is the day of an arrest told again in its sentence ({@link #restatedArrests}). */
    private boolean restated(String text, DateMention d, Sentences.Sentence sentence, LocalDate published) {
        return d.resolved() && published != null && !d.end().isAfter(published)
                && recognizer.restatesArrest(text, d, sentence.start());
    }

    /** The arrest counts of the nearest sentence before {@code sentence} that has some, at most {@link #RESTATED_REACH} back. */
    private static List<CountClaim> toldAgain(List<CountClaim> counts, List<Sentences.Sentence> sentences,
                                              Sentences.Sentence sentence) {
        int at = sentences.indexOf(sentence);
        for (int back = 1; back <= RESTATED_REACH && at - back >= 0; back++) {
            Sentences.Sentence before = sentences.get(at - back);
            if (counts.stream().anyMatch(c -> within(c, before))) {
                return counts.stream().filter(c -> within(c, before) && c.action() == CountClaim.Action.ARRESTED).toList();
            }
        }
        return List.of();
    }

    /** Whether {@code c} counts one person exactly. */
    private static boolean isOne(CountClaim c) {
        return c.count().value() != null && c.count().value() == 1 && c.count().min() == null && c.count().max() == null;
    }

    private static boolean within(CountClaim c, Sentences.Sentence sentence) {
        return c.span().start() >= sentence.start() && c.span().start() < sentence.end();
    }

    /**
     * "Makhmour has seen sporadic attacks since 2019, when the army took over security in the
     * district": the "when" clause tells what happened at the start of the span, an event of that
     * moment (2019) besides the span itself (E11 of dev6, J2 of dev10). When a count of the clause
     * takes the moment ("since 2019, when a similar assault killed 26 people") it carries it, and
     * a comparison's moment ("the first attack since May 2025, when …") is already the date itself.
     */
    private DateMention momentTold(String text, DateMention d, List<Claim> near, LocalDate published) {
        if (!runsToPublication(d, published) || !recognizer.whenFollows(text, d) || recognizer.comparedWith(text, d)
                || recognizer.baselineOf(text, d)) {
            return null;
        }
        DateMention moment = momentOf(d, published);
        return moment == null || near.stream().anyMatch(c -> carries(c, moment)) || recognizer.noEventIn(whenClause(text, d))
                ? null : moment;
    }

    /**
     * The when clause after a since date, up to the punctuation that ends it: "since Saturday, when temperatures first passed
     * 48C," tells the weather of the day the count runs from, no event of its own (dev20-en-024).
     */
    private static String whenClause(String text, DateMention d) {
        int from = skipSpaces(text, Math.min(text.length(), d.span().end() + 1));
        int to = from;
        while (to < text.length() && CLAUSE_MARKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /** Whether a statistic stands in {@code text} between {@code from} and {@code to} (the date's clause before it; {@code statistic_verbs}, {@code statistic_words}). */
    private boolean statisticBefore(String text, int from, int to) {
        return recognizer.statisticIn(text, from, to);
    }

    /**
     * "by" or بحلول right before a date ({@code by_before}: with "early"/"late" or a time of day between), not "by Monday's
     * strike" (K2 of dev11); also "as of", the day a state is counted at ("503 were in detention as of Dec. 1", dev10-en-026).
     */
    private boolean byTime(String text, DateMention d) {
        if (DateRecognizer.possessive(text, d.span().end())) {
            return false; // "hit by Monday's strike": the strike's day
        }
        return recognizer.byBefore(text, d);
    }

    /**
     * "until"/"حتى" before a date that another date earlier in its sentence opens ("في هجوم … مساء
     * الثلاثاء واستمر حتى فجر الأربعاء"): the end of that event's span (K17 of dev11), no event of its own. Not the new day of a
     * move told after the day it was decided ({@code moved_until_before}: "was adjourned on Thursday until November 18", a
     * scheduled day of its own, dev rule 21b; blind10's adjudication #15).
     */
    private boolean untilAfterDate(String text, List<DateMention> dates, DateMention d, List<Sentences.Sentence> sentences) {
        Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
        // the earlier date first: most dates have none within reach, and the regex is then not run
        // near the earlier date, or anywhere in the sentence when it is the next day: "اشتباكات اندلعت مساء السبت الماضي
        // بين مجموعتين … في منطقة جنزور، واستمرت حتى فجر الأحد" is one span across two named days (M14 of dev12); not
        // "confirmed on Dec. 13, but she did not arrive until Jan. 8" (dev6-en-023)
        return (dates.stream().anyMatch(o -> o != d && o.resolved() && o.span().start() >= sentence.start()
                && o.span().end() <= d.span().start() && (!o.end().isAfter(d.start()) || closesNear(o, d) || endsWithin(o, d))
                && (d.span().start() - o.span().end() <= UNTIL_AFTER_REACH || !d.start().isAfter(o.end().plusDays(1))))
                && untilToday(text, d)
                // a verb of lasting or of ending right before it reaches back past any words, as in spanned: "ستنطلق يوم
                // الخميس 10 شتنبر …، وتنتهي في منتصف ليلة يوم الثلاثاء 22 شتنبر" (dev37-ar-021)
                || (recognizer.continuedBefore(text, d) || recognizer.closedBefore(text, d)) && dates.stream().anyMatch(o -> o != d && o.resolved()
                        && o.span().start() >= sentence.start() && o.span().end() <= d.span().start()
                        && !CLAUSE_BREAK.matcher(text).region(o.span().end(), d.span().start()).find()))
                && !recognizer.movedUntilBefore(text, d); // "adjourned on Thursday until November 18": the new hearing day
    }

    /**
     * Whether {@code end}, a day without its year within reach after {@code start} ("from Saturday until January 15"), closes
     * the stretch {@code start} opens though it reads before it: its year is the next one ({@link #spanned}).
     */
    /**
     * Whether {@code end}, a bare weekday read back before the stretch {@code start} opens, is that stretch's last days told
     * again: its next occurrence from the stretch's first day falls within it ("began a five-day strike on Tuesday morning …,
     * cancelling most intercity trains until Saturday": Saturday is the strike's fifth day, not the Saturday before).
     */
    private static boolean endsWithin(DateMention start, DateMention end) {
        if (end.rule() == null || !end.rule().endsWith(".date.weekday") || end.text().strip().contains(" ")
                || !end.start().isBefore(start.start()) || start.end().equals(start.start())) {
            return false;
        }
        LocalDate next = end.start().plusWeeks((ChronoUnit.DAYS.between(end.start(), start.start()) + 6) / 7);
        return !next.isAfter(start.end());
    }

    private static boolean closesNear(DateMention start, DateMention end) {
        return end.span().start() - start.span().end() <= UNTIL_AFTER_REACH && !YEAR_DIGITS.matcher(end.text()).find()
                && !end.end().plusYears(1).isBefore(start.start());
    }

    /**
     * A day of publication that opens a stretch still running, to a day ahead a verb of lasting or of ending names in its
     * sentence (the packs' {@code continued_before} and {@code until_before}): the whole stretch, as {@link #spanned} reads
     * a scheduled day ("انطلقت، اليوم الأربعاء ببوزنيقة، جولة جديدة من الحوار …، تستمر إلى غاية يوم السبت المقبل",
     * dev37-ar-013; "عمليات الاقتراع التي انطلقت صباح اليوم تستمر حتى يوم الجمعة المقبل", dev37-ar-030). So too an earlier
     * day, to an end a verb of lasting names («انطلقت في دمشق أمس الخميس فعاليات معرض الكتاب، وتستمر حتى 30 أيار الجاري»: the
     * 21st to the 30th, dev25-ar-013, dev25-ar-023; dev6-ar-004's writer keeps the opening day alone). Not a statement's
     * day ("أعلنت الوزارة اليوم أن الامتحانات تستمر حتى 20 حزيران"), nor a stretch whose end is not ahead (a past event that
     * lasted into another day keeps its own day, K17 of dev11).
     */
    private DateMention runsOnFromToday(String text, List<DateMention> dates, DateMention d, List<Sentences.Sentence> sentences,
                                        LocalDate published) {
        if (published == null || d.grain() != Grain.DAY || d.end().isAfter(published) || counts.announcedOn(text, d)) {
            return d;
        }
        DateMention stretch = spanned(text, dates, d, sentences);
        if (!stretch.end().isAfter(published)) {
            return closedOn(text, dates, d, stretch, sentences) ? stretch : d;
        }
        if (d.end().equals(published)) {
            return stretch;
        }
        // an earlier day: only to an end a verb of lasting names ("انطلقت أمس … وتستمر حتى 30 أيار الجاري"), not a bare "until"
        Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
        return dates.stream().anyMatch(e -> e != d && e.resolved() && e.span().start() >= d.span().end()
                && e.span().end() <= sentence.end() && e.end().equals(stretch.end()) && recognizer.continuedBefore(text, e))
                ? stretch : d;
    }

    /**
     * Whether a past stretch's end is a day of its sentence after the opening day that a verb of the event's end names (the
     * packs' {@code closed_before}: «وكانت الحملة الانتخابية قد انطلقت في 19 نوفمبر واختتمت الأربعاء الماضي», "The fair opened
     * on March 2 and closed last Friday"): the opening and the close of one event, one stretch over (date-policy: an opening
     * day and a closing day of one subject in one clause are one stretch, past or ahead; dev40-ar-027, as dev32-ar-006 dates
     * its counts). Not a verb of lasting («اندلعت الاشتباكات مساء السبت واستمرت حتى فجر الأحد»: Saturday, K17 of dev11).
     */
    private boolean closedOn(String text, List<DateMention> dates, DateMention d, DateMention stretch,
                             List<Sentences.Sentence> sentences) {
        if (stretch == d || !stretch.end().isAfter(d.end())) {
            return false;
        }
        Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
        return dates.stream().anyMatch(e -> e != d && e.resolved() && e.span().start() >= d.span().end()
                && e.span().end() <= sentence.end() && e.end().equals(stretch.end()) && recognizer.closedBefore(text, e));
    }

    /** How many sentences back from a stretch's end {@link #runsOnFromOpening} looks for the day of its opening. */
    private static final int OPENING_REACH = 1;
    /** How many days before publication the opening day of a stretch still running may lie ({@link #runsOnFromOpening}). */
    private static final int OPENING_DAYS_BACK = 31;

    /**
     * The end of a stretch still running, told in a sentence of its own with a verb of lasting and no start in it ("وتستمر
     * فعاليات المهرجان حتى 17 أيار الجاري"), after a sentence that tells the event's opening on a day up to publication (the
     * packs' {@code opening_words}: «انطلقت مساء أمس فعاليات مهرجان الرياض للمسرح»، «مساء أمس الجمعة، في افتتاح البطولة»): the
     * whole stretch from that day to the end (dates-ar42), a date claim beside the opening day's own. Only the nearest day up to
     * publication in the sentence right before, and only when that sentence tells an opening; not in a statement's sentence
     * (two sentences back, a quote or another day between, dev33-ar-026's writer reads the end alone: no claim then).
     */
    private DateMention runsOnFromOpening(String text, List<DateMention> dates, DateMention e, List<Sentences.Sentence> sentences,
                                          List<Claim> claims, LocalDate published) {
        if (published == null || !e.resolved() || !e.start().isAfter(published) || !recognizer.continuedBefore(text, e)
                || recognizer.movedUntilBefore(text, e)) {
            return null;
        }
        Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, e.span());
        int index = sentences.indexOf(sentence);
        if (index <= 0 || dates.stream().anyMatch(o -> o != e && o.span().start() >= sentence.start() && o.span().end() <= e.span().start())
                || claims.stream().anyMatch(c -> c instanceof QuoteClaim && c.span().start() < sentence.end() && c.span().end() > sentence.start())) {
            return null;
        }
        int from = sentences.get(Math.max(0, index - OPENING_REACH)).start();
        DateMention start = dates.stream()
                .filter(o -> o.resolved() && o.span().start() >= from && o.span().end() <= sentence.start() && !o.end().isAfter(published))
                .max(Comparator.comparingInt(o -> o.span().start())).orElse(null);
        if (start == null || start.grain() != Grain.DAY || start.start().isBefore(published.minusDays(OPENING_DAYS_BACK))
                || start.start().isAfter(e.end())) {
            return null;
        }
        Sentences.Sentence opening = ClaimExtractor.sentenceOf(sentences, start.span());
        if (!recognizer.opensAnEvent(text, opening.start(), opening.end()) || counts.announcedOn(text, start)) {
            return null;
        }
        return new DateMention(e.text(), e.span(), start.start(), e.end(), Grain.DAY, e.warnings(), e.rule());
    }

    /**
     * The whole stretch a scheduled date opens when a later date of its sentence ends it ("will take place from Friday until
     * December 6", "تنطلق في 29 أكتوبر وتستمر حتى 8 نوفمبر": {@link #untilAfterDate} drops the end as no event of its own), or
     * the date itself. An end without its year that reads before the start lies in the year after ("will open on 28 December
     * and run until 6 January"). A verb of lasting before the end ({@code continued_before}) reaches past any words between: "تنطلق
     * حملة التلقيح يوم الأحد المقبل في جميع المحافظات وتستمر حتى 20 شباط" is Sunday to 20 February. Not across a clause's end ("The trial opens on Tuesday; the defence has until December 20
     * to file its case": a deadline of another clause). A past event that lasted into another day keeps its own day
     * ("اندلعت الاشتباكات مساء السبت واستمرت حتى فجر الأحد": Saturday, K17 of dev11).
     */
    private DateMention spanned(String text, List<DateMention> dates, DateMention d, List<Sentences.Sentence> sentences) {
        Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
        for (DateMention e : dates) {
            if (e == d || !e.resolved() || e.span().start() < d.span().end() || e.span().end() > sentence.end()
                    || (e.span().start() - d.span().end() > UNTIL_AFTER_REACH || !untilToday(text, e))
                        && !recognizer.continuedBefore(text, e) // "وتستمر حتى 20 شباط" reaches past any words between
                        && !recognizer.closedBefore(text, e) // "opened on March 2 and closed last Friday", a past stretch's close
                    || CLAUSE_BREAK.matcher(text).region(d.span().end(), e.span().start()).find() // "opens on Tuesday; the defence has until …"
                    || recognizer.movedUntilBefore(text, e) // "opened on Monday and was adjourned until …": a new day, no stretch's end
                    || dates.stream().anyMatch(o -> o != d && o != e && o.span().start() >= d.span().end() && o.span().end() <= e.span().start()
                            && !(o.resolved() && o.start().equals(d.start()) && o.end().equals(d.end())))) {
                continue; // another date between: the end is that one's (not the same day told again, «اليوم الأربعاء»)
            }
            // (a weekday read back before the start, "opens on Monday and ends on Thursday" written on a Thursday, is the next one)
            LocalDate end = !e.end().isBefore(d.start()) || YEAR_DIGITS.matcher(e.text()).find() ? e.end()
                    : e.end().plusWeeks(1).isBefore(d.start()) ? e.end().plusYears(1) : e.end().plusWeeks(1);
            if (!end.isBefore(d.end())) {
                return new DateMention(d.text(), d.span(), d.start(), end, d.grain(), d.warnings(), d.rule());
            }
        }
        return d;
    }

    /**
     * Whether the date, before a statement's words ({@code wordsStart}), belongs to a narrated clause of its own joined
     * before the speech verb: "واستقبل الرئيس الأسبوع الماضي وفداً من البنك الدولي، وقال إن المحادثات كانت مثمرة", "The
     * minister toured the camp on Tuesday, and told reporters that …" (item 26 of blind7's adjudication): only a time
     * expression that modifies the speech verb dates the quote (dev rule 15), and the week is the visit's. Not when the
     * date's own clause is a statement's ("قالت الوزارة أمس، وأكدت أن …", "said on Sunday, and repeated that …"), nor when
     * another clause stands between ("دانت الوزارة، في بيان اليوم الخميس، قصف مستشفى …، ووصفته بأنه «…»", J15 of dev10).
     */
    boolean toldBeforeStatement(String text, DateMention d, int wordsStart, Sentences.Sentence sentence) {
        if (wordsStart <= d.span().end()) {
            return false;
        }
        String between = text.substring(d.span().end(), wordsStart);
        // the date's clause runs straight to the join before the speech verb: one mark between
        if (between.chars().filter(c -> c == ',' || c == '\u060C' || c == ';' || c == '\u061B').count() != 1
                || !recognizer.joinsClause(between) || counts.announcedOn(text, d)) {
            return false;
        }
        String before = text.substring(sentence.start(), d.span().start());
        for (String w : NOT_LETTERS.split(recognizer.withoutConjunctions(before))) {
            if (!w.isEmpty() && counts.announces(w)) {
                return false;
            }
        }
        return !recognizer.statesIn(before);
    }

    /** Semicolons (Latin and Arabic): a clause ends there within a sentence, and {@link #spanned} joins no two dates across one. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;\u061B]");

    /** How far after the earlier date {@link #untilAfterDate} looks: a verb and "until" ("واستمر حتى فجر ", "and into "). */
    private static final int UNTIL_AFTER_REACH = 24;

    /** Whether "until"/"حتى" stands right before the date (a time of day may stand between; {@code until_before}). */
    private boolean untilToday(String text, DateMention d) {
        return recognizer.untilBefore(text, d);
    }

    /**
     * Whether a span up to publication describes a person introduced with an age ("Governor Samir
     * Alaoui, 61, has headed the bank since 2019", "trader Halima Abdi, 52, who has run a stall
     * since 2004"): background, like the age itself (F4 of dev7, G11 of dev8).
     */
    private static boolean biographical(String text, DateMention d, List<Sentences.Sentence> sentences) {
        Sentences.Sentence sentence = ClaimExtractor.sentenceOf(sentences, d.span());
        return AGE_APPOSITION.matcher(text).region(sentence.start(), d.span().start()).find();
    }

    /**
     * How many words before a date are read for an announcing word: the three {@code
     * CountClaimFinder.announcedOn} reads and one more, for the first word of a conjunction ("بعد أن").
     */
    private static final int ANNOUNCING_REACH = 4;

    /**
     * Whether a date in a sentence without claims is only the day of a statement: an announcing
     * word stands among the three words before it. Not when a statement word of the sentence has
     * a noun for its object ("أعلنت الحكومة، أمس، رفع أسعار المحروقات": the announcement is the
     * event, G6 of dev8), nor when the word is a conjunction's ("a debate that began on Feb. 24",
     * "بعد أن اندلعت مساء الجمعة"): the date is that clause's.
     */
    private boolean onlyAnnounces(String text, DateMention d, Sentences.Sentence sentence) {
        if (!counts.announcedOn(text, d) || recognizer.statesIn(text.substring(sentence.start(), d.span().start()))) {
            return false;
        }
        int from = d.span().start();
        for (int words = 0; words < ANNOUNCING_REACH && from > sentence.start(); words++) {
            from = skipBackOverWord(text, from, sentence.start());
        }
        for (String w : NOT_LETTERS.split(recognizer.withoutConjunctions(text.substring(from, d.span().start())))) {
            if (!w.isEmpty() && counts.announces(w)) {
                return true;
            }
        }
        return false;
    }

    /** How many words after a date are read for the statement word of its clause ({@link #saidIn}). */
    private static final int SAID_AFTER_REACH = 2;

    /**
     * Whether the date's clause is a statement's, a word of one right before the date or among the first words after it:
     * "according to the health ministry, which on Wednesday reported 1,870 suspected cases" (dev19-en-005), "…, who said
     * on Monday …". The relative clause on the source then dates its statement (dev rule 15), not an event of its own.
     */
    private boolean saidIn(String text, DateMention d) {
        if (counts.announcedOn(text, d)) {
            return true;
        }
        int to = clauseEnd(text, d);
        String[] after = NOT_LETTERS.split(text.substring(d.span().end(), to).strip());
        for (int i = 0; i < after.length && i < SAID_AFTER_REACH; i++) {
            if (!after[i].isEmpty() && counts.announces(after[i])) {
                return true;
            }
        }
        return false;
    }

    /** Where the word before {@code end} (and the spaces after it) begins, not before {@code floor}. */
    private static int skipBackOverWord(String text, int end, int floor) {
        int i = end;
        while (i > floor && !Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        while (i > floor && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Whether a claim of the date's sentence dates its event by that date: a count or quote
     * with the same range. A date no claim of its sentence took (a release after a kidnapping, a
     * signing named inside a quotation, "the war that erupted in April 2023") is an event of its own.
     */
    private static boolean carries(Claim claim, DateMention d) {
        ClaimDate date = switch (claim) {
            case CountClaim c -> c.date();
            case QuoteClaim q -> q.date();
            case DateClaim x -> x.date();
        };
        return date != null && sameRange(date, d);
    }

    /**
     * "It was his second title after his win two years ago", "أُغلق المصنع قبل ثلاث سنوات": a count of whole years back from
     * publication gives no day (the recognizer resolves one, as Recognizers-Text does); its claims carry the whole year
     * (dev16-en-024). Days, weeks and months back stay as read, but for months that make whole years ("12 months ago"):
     * the mention keeps no unit, so a shift is told by the day it lands on, the publication's month and day.
     */
    List<DateMention> yearsAgoAsYears(List<DateMention> all, LocalDate published) {
        if (published == null || all.stream().noneMatch(d -> yearsAgo(d, published))) {
            return all;
        }
        return all.stream().map(d -> yearsAgo(d, published)
                ? new DateMention(d.text(), d.span(), d.start().withDayOfYear(1), d.start().withMonth(12).withDayOfMonth(31),
                        Grain.YEAR, d.warnings(), d.rule())
                : d).toList();
    }

    /**
     * The dates that are no name ({@link DateRecognizer#namesAThing}: "ملعب 5 جويلية", "شارع 26 يوليو", "the 6th of October
     * Bridge", "Resolution 2254 of 2015"): a name dates no count and no statement either ("أوقفت الشرطة 34 مشجعاً إثر أعمال
     * شغب اندلعت عقب مباراة بملعب 5 جويلية مساء السبت" is Saturday's, dev23-ar-025). Nor a dateline's date ({@link
     * #dateline}): the day the copy was filed, never an event, a count's day or a statement's (dev36's B10).
     */
    List<DateMention> withoutNames(String text, List<DateMention> all) {
        List<DateMention> out = all.stream()
                .filter(d -> !dateline(text, d))
                .filter(d -> recognizer.relativeToToday(d) // "overnight attacks" names no thing: the attacks' night
                        || !recognizer.namesAThing(text, d, YEAR_DIGITS.matcher(d.text()).find())).toList();
        return out.size() == all.size() ? all : out;
    }

    /**
     * A dateline's place before its date, from the start of its line: up to four words, no digit ("LISBON, ", "القاهرة
     * في ", "مقديشو - "), and its country in brackets after them, up to three words («أديس أبابا (إثيوبيا)، »).
     * Package-private for {@code DatelinePlaceCheckTest}, which holds {@link #mayBeDatelinePlace} to it.
     */
    static final Pattern DATELINE_PLACE =
            Pattern.compile("\\s{0,3}[\\p{L}\\p{M}'\u2019.]+(?:[ ,\u060C\\-\u2013\u2014]{1,3}[\\p{L}\\p{M}'\u2019.]+){0,3}"
                    + "(?: ?\\([\\p{L}\\p{M}'\u2019.]+(?: [\\p{L}\\p{M}'\u2019.]+){0,2}\\))?[ ,\u060C\\-\u2013\u2014]{1,4}");
    /**
     * What follows a dateline's date: the agency in brackets before a dash, or between slashes, or a word written onto a dash,
     * or a dash alone ("(Reuters) - ", "/قنا/ ", "وفا- ", " - ").
     */
    private static final Pattern DATELINE_AFTER = Pattern.compile(
            "\\s{0,2}(?:\\([^()\\n]{1,25}\\)\\s{0,2}[-\u2013\u2014]|/[^/\\n]{1,25}/|\\p{L}{1,12}\\p{M}{0,2} ?[-\u2013\u2014]|[-\u2013\u2014]{1,2}\\s)");

    /**
     * Whether the date is a dateline's, the place and day the copy was filed, at the start of a line: "LISBON, Sept 17
     * (Reuters) - On the steep streets …", "نابلس 7-1-2026 وفا- لقي شابان مصرعهما …", "القاهرة في 03 فبراير /قنا/ لقي
     * خمسة أشخاص حتفهم …", "عمان 19 شباط (بترا) - أقرّ مجلس النواب …".
     */
    static boolean dateline(String text, DateMention d) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, d.span().start() - 1)) + 1;
        return d.span().start() > lineStart
                && mayBeDatelinePlace(text, lineStart, d.span().start())
                && DATELINE_PLACE.matcher(text).region(lineStart, d.span().start()).matches()
                && DATELINE_AFTER.matcher(text).region(d.span().end(), Math.min(text.length(), d.span().end() + 40)).lookingAt();
    }

    /** The most words {@link #DATELINE_PLACE} reads. */
    private static final int DATELINE_WORDS = 4;

    /**
     * False when {@code text[from, to)} cannot be a {@link #DATELINE_PLACE}: it holds a char the pattern has no place for (a
     * digit, a quotation mark) or more than {@link #DATELINE_WORDS} words out of brackets, read in one pass that stops at the
     * first such char or fifth word, most often a few words into a line that runs on ("On the steep streets of the old
     * town, residents said on Monday …": its fifth word). A line the pattern may read is then read by it. It must never
     * be false where the pattern matches ({@code DatelinePlaceCheckTest}): a change to one is a change to both.
     */
    static boolean mayBeDatelinePlace(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        boolean bracketed = false; // the words of a country in brackets are not counted
        for (int k = from; k < to; ) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            if (datelineWordChar(c)) {
                if (!inWord && !bracketed && ++words > DATELINE_WORDS) {
                    return false;
                }
                inWord = true;
            } else if (c == '(' || c == ')') {
                inWord = false;
                bracketed = c == '(';
            } else if (" ,\u060C-\u2013\u2014\t\n\u000B\f\r".indexOf(c) >= 0) {
                inWord = false; // a separator of the pattern, or a space of its leading \\s{0,3}
            } else {
                return false;
            }
        }
        return true;
    }

    /** A char of a word of {@link #DATELINE_PLACE}: {@code [\\p{L}\\p{M}'\u2019.]}. */
    private static boolean datelineWordChar(int c) {
        if (Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '.') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** A shift back from publication that lands on its month and day in an earlier year. */
    private boolean yearsAgo(DateMention d, LocalDate published) {
        return d.resolved() && d.grain() == Grain.DAY && d.start().equals(d.end()) && recognizer.countsFromToday(d)
                && d.start().getYear() < published.getYear() && d.start().getMonth() == published.getMonth()
                && d.start().getDayOfMonth() == published.getDayOfMonth();
    }

    /**
     * "the first attack on the city since May 2025, when drones hit the airport": the comparison
     * looks back to a moment, and the "when" clause tells what happened then (F3 of dev7). The
     * "since" span, whether kept or dropped as a baseline, becomes the moment itself (May 2025).
     */
    List<DateMention> comparedMoments(String text, List<DateMention> all,
                                              List<DateMention> kept, LocalDate published) {
        if (published == null) {
            return kept;
        }
        List<DateMention> out = null;
        for (DateMention d : all) {
            if (!d.resolved() || !d.end().equals(published) || !d.start().isBefore(published)
                    || !recognizer.comparedWith(text, d)) {
                continue; // only a span up to the publication ("since …") can be a compared moment
            }
            DateMention moment = momentOf(d, published);
            if (moment == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(kept);
            }
            int i = out.indexOf(d);
            if (i >= 0) {
                out.set(i, moment);
            } else {
                int at = 0;
                while (at < out.size() && out.get(at).span().start() < d.span().start()) {
                    at++;
                }
                out.add(at, moment);
            }
        }
        return out == null ? kept : out;
    }

    /**
     * {@code dates} with a court's day ({@link DateRecognizer#courtDay}: "pleaded guilty in a Sydney court on Thursday",
     * "A jury on Thursday convicted") or a search's day ({@link DateRecognizer#searchDay}: "rescuers were searching
     * Saturday for about 20 others") left unresolved, for the counts: the plea or the verdict is a dated event of its own,
     * and the search goes on after the incident, so the counts of the incident keep their own date or none ("A truck
     * driver charged over a crash that killed six people … last December pleaded guilty … on Thursday": December,
     * dev36-en-014; "…, killing at least 16 people, and rescuers were searching Saturday …": the capsizing's day,
     * dev36-en-013). The mention stays, so that its words are read as a date, not as a number ("will be sentenced on
     * March 6" counts no six people).
     */
    List<DateMention> withoutCourtAndSearchDays(String text, List<DateMention> dates) {
        List<DateMention> out = null;
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            if (d.resolved() && (recognizer.courtDay(text, d) || recognizer.searchDay(text, d))) {
                if (out == null) {
                    out = new ArrayList<>(dates);
                }
                out.set(i, new DateMention(d.text(), d.span(), null, null, d.grain(), d.warnings(), d.rule()));
            }
        }
        return out == null ? dates : out;
    }

    /**
     * The dates a count may take: "has carried out dozens of attacks on hotels since 2019, when a
     * similar assault killed 26 people" is a span for the attacks (E11), but the count of the
     * "when" clause is dated 2019 (F3 of dev7): a "since" span before a when word is its moment.
     */
    List<DateMention> momentsBeforeWhen(String text, List<DateMention> dates, LocalDate published) {
        if (published == null) {
            return dates;
        }
        List<DateMention> out = null;
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            if (!d.resolved() || !d.end().equals(published) || !d.start().isBefore(published)
                    || !recognizer.whenFollows(text, d)) {
                continue;
            }
            DateMention moment = momentOf(d, published);
            if (moment != null) {
                if (out == null) {
                    out = new ArrayList<>(dates);
                }
                out.set(i, moment);
            }
        }
        return out == null ? dates : out;
    }

    /** The period a "since" span starts with (the month of "since May 2025"), or null when it runs on to {@code published}. */
    private static DateMention momentOf(DateMention d, LocalDate published) {
        LocalDate end = switch (d.grain()) {
            case DAY -> d.start();
            case WEEK -> d.start().plusDays(6);
            case MONTH -> d.start().withDayOfMonth(d.start().lengthOfMonth());
            case YEAR -> d.start().withDayOfYear(d.start().lengthOfYear());
        };
        return end.isBefore(published) ? new DateMention(d.text(), d.span(), d.start(), end, d.grain(), d.warnings(), d.rule()) : null;
    }

    /** How far after a relative year a closer date of the same event may follow ("Last year's protests, in June 2025"). */
    private static final int CLOSER_REACH = 30;

    /**
     * A year or month counted from today ("last year", "this year") and, a few words on in the same
     * sentence, a finer date inside it that names the same event more closely ("Last year's protests,
     * in June 2025, left dozens dead"): one event, dated by the closer date (rule 21: one date claim,
     * or none when a count carries the closer one).
     */
    private boolean namedCloserAfter(String text, List<DateMention> dates, DateMention d) {
        if (!d.resolved() || !recognizer.relativeToToday(d)
                || d.grain() != Grain.YEAR && d.grain() != Grain.MONTH) {
            return false;
        }
        for (DateMention o : dates) {
            if (o != d && o.resolved() && o.span().start() >= d.span().end()
                    && o.span().start() - d.span().end() <= CLOSER_REACH
                    && text.substring(d.span().end(), o.span().start()).indexOf('.') < 0
                    && o.grain().compareTo(d.grain()) < 0 && !o.start().isBefore(d.start()) && !o.end().isAfter(d.end())) {
                return true;
            }
        }
        return false;
    }

    /** A date right after another of the same range, with only a space or a comma between them. */
    private static boolean restatesDateBefore(String text, List<DateMention> dates, DateMention d) {
        for (DateMention o : dates) {
            if (o != d && o.resolved() && o.span().end() <= d.span().start() && o.start().equals(d.start())
                    && o.end().equals(d.end()) && BETWEEN_RESTATED.matcher(text.substring(o.span().end(), d.span().start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A day or a week among a quotation's words ("The ceasefire we signed on 28 March is holding", C4 of
     * dev4; "The new banknotes arrived last week," G3 of dev8), not a span up to publication ("«تضاعف
     * عدد المحاولات منذ منتصف آذار»": how long a state has held, J13 of dev10);
     * in Arabic also any date among a reported statement's words ("أكد أن النيابة أذنت يوم 12 نوفمبر
     * بفتح تحقيق", "قال إن الهيئة استردت منذ كانون الثاني 2025 …"). English reported speech keeps its
     * dates on the statement (the held-out sets did not bear the same reading out there), unless
     * a perfect tense puts the reported event before the statement (F7 of dev7).
     */
    private boolean inQuotedWords(String text, Claim claim, DateMention d, LocalDate published) {
        if (!(claim instanceof QuoteClaim q) || q.direct() && (d.grain() != Grain.DAY && d.grain() != Grain.WEEK
                || runsToPublication(d, published))) {
            return false; // «عدد محاولات العبور تضاعف منذ منتصف آذار»: a span up to now in a quotation is no day of its own
        }
        int quoted = text.indexOf(q.quote(), q.span().start());
        boolean among = quoted >= 0 && d.span().start() >= quoted && d.span().end() <= quoted + q.quote().length();
        // English reported words keep their dates on the statement, unless a perfect tense puts their
        // event before it ("The factory had failed a safety inspection in January, the ministry said")
        // ("had repelled three assaults in the past week", said on Tuesday: a period counted from the
        // statement's own day, not from publication, is left to the statement)
        // a possessive day names an event, never the statement's ("said on Monday that turnout in Saturday's election was
        // 52%", dev12-en-025)
        return among && (q.direct() || language != Language.EN || DateRecognizer.possessive(text, d.span().end())
                || recognizer.perfectIn(text.substring(quoted, d.span().start()))
                        && !(q.date() != null && recognizer.relativeToToday(d))
                || attributedAfter(q, quoted));
    }

    /**
     * English reported words that open their sentence, the attribution after them and undated
     * ("Aid deliveries resumed on Wednesday, according to the U.N.", "Talks failed on Monday,
     * diplomats said"): the statement has no day of its own, and a date among the words is their
     * event's (C4 of dev4, G1 of dev8).
     */
    private static boolean attributedAfter(QuoteClaim q, int quoted) {
        return q.date() == null && quoted == q.span().start();
    }

    /**
     * Whether the date bounds a state or a tally from its start ("The rebels have waged an insurgency
     * since 1969", "وتشهد قابس احتجاجات منذ 27 أيلول الماضي", "وتخوض الحركة تمرداً منذ عام 2007"): no
     * event of its own (dev rule 21a). It still dates a count of its sentence, and a "when" clause
     * after it tells the event of its moment ({@link #momentTold}); a "since" year followed by one
     * ("منذ عام 2019، حين …") is that moment itself. Days counted back ("منذ يومين") are no boundary. A week or a
     * stretch of days a since word opens is one as a month is ("had seized 40 weapons since the start of the month", "منذ
     * الأسبوع الماضي", "since the weekend": the start of a running tally, kind 2 of a held-out adjudication).
     */
    private boolean boundary(String text, DateMention d, LocalDate published) {
        boolean span = runsToPublication(d, published);
        if (!span && d.grain() == Grain.DAY && d.start().equals(d.end())
                || !recognizer.opensWithSince(text, d)) {
            return false;
        }
        return span || !recognizer.whenFollows(text, d);
    }

    /**
     * "said on Tuesday that a truce agreed the day before was holding": a day counted from the day named
     * before it is not the statement's when that statement is dated otherwise; it is an event of its own
     * (N2 of dev13; C4 of dev4, G1 of dev8: a dated event in speech is a date claim).
     */
    private boolean countedFromStatement(DateMention d, List<Claim> near) {
        return recognizer.anchored(d) && near.stream().anyMatch(c -> c instanceof QuoteClaim q && q.date() != null
                && !sameRange(q.date(), d)) && near.stream().noneMatch(c -> carries(c, d));
    }

    /**
     * Whether the date's clause (between the punctuation around it) holds no count and no word of
     * a statement, no quotation covers it, it does not follow an announcing word ("أعلنت الوزارة،
     * اليوم الخميس،") and is no dateline ("June 14 (AP)"): "exchanged fire near Chaman on Saturday,
     * a week after a similar clash last Saturday killed three soldiers".
     */
    private boolean clauseOfItsOwn(String text, DateMention d, List<Claim> near, Sentences.Sentence sentence) {
        // a day counted from the statement's ("said on Friday, a day after the council rejected the plan") is no announcing
        // word's day; a statement word in its own clause still makes it the statement's
        if (!recognizer.anchored(d) && counts.announcedOn(text, d) || text.startsWith("(", skipSpaces(text, d.span().end()))) {
            return false;
        }
        int from = clauseStart(text, d);
        int to = clauseEnd(text, d);
        if (from > 0 && SPACES.split(text.substring(from, to).strip()).length <= 3) {
            from--; // "أعلنت الوزارة، اليوم الخميس، …": a date set off alone belongs to the clause before
            while (from > 0 && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
        }
        int f = from;
        int t = to;
        if (near.stream().anyMatch(c -> c instanceof QuoteClaim q
                    ? blocks(text, q, d, f, t, recognizer.anchored(d))
                            && !(q.date() == null && toldBeforeStatement(text, d, text.indexOf(q.quote(), q.span().start()), sentence))
                    : c.span().start() < t && c.span().end() > f && !datedByLaterDate(c, d) && !dateOfSecondVerb(text, c, d))) {
            return false; // a direct quote dated by another day does not make this day its statement's: "دانت الوزارة، في بيان
                          // اليوم السبت، اقتحام مستوطنين باحات المسجد الأقصى صباح الخميس، ووصفته بأنه «…»" (J15 of dev10)
        }
        String clause = text.substring(from, to);
        for (String w : NOT_LETTERS.split(recognizer.withoutConjunctions(clause))) {
            if (!w.isEmpty() && counts.announces(w)) {
                return false;
            }
        }
        return !recognizer.statesIn(clause);
    }

    /**
     * Whether {@code d} dates a second verb the count's subject shares, after the count and dated otherwise: "The man was
     * arrested by French police two days later and extradited to the UK in January" (dev38-en-014): the extradition's
     * month, an event of its own, not the arrest's; so too an event of a time clause after the count ("was arrested in March
     * 2024 after an audit found irregularities in contracts between 2017 and 2022": the years of the contracts).
     */
    private static boolean dateOfSecondVerb(String text, Claim c, DateMention d) {
        if (!(c instanceof CountClaim k) || k.date() == null || k.span().end() > d.span().start()
                || !(k.date().end().isBefore(d.start()) || k.date().start().isAfter(d.end()))) {
            return false;
        }
        return SECOND_VERB.matcher(text).region(k.span().end(), d.span().start()).find();
    }

    /**
     * Whether {@code c} is a count after the date dated by another date: "An Iraqi court on Wednesday sentenced a former
     * police colonel … for ordering the killing of 23 protesters in Nasiriyah in November 2019" (the count's November 2019);
     * the day dates another event of the clause, the sentencing, and the count does not make the clause a count's. Not a
     * day within the count's date, nor a frame of it ("Last year's monsoon killed 250 people between June and October").
     */
    private static boolean datedByLaterDate(Claim c, DateMention d) {
        return d.grain() == Grain.DAY && c instanceof CountClaim k && k.date() != null && k.span().start() >= d.span().end()
                && (k.date().end().isBefore(d.start()) || k.date().start().isAfter(d.end()));
    }

    /**
     * Whether a quote of the date's sentence makes the date its statement's, not a day of its own: a dated one does (a
     * direct quote dated by another day only when its words reach into the clause {@code [from, to)}); an undated one
     * starting before the clause's end when the date is a day or a week, the statement's own ("، وذلك خلال مؤتمر صحفي عقده
     * أمس"), but a month or a year only when its words hold it: a statement is dated by its day, and a month after a quotation
     * or in an aside on its speaker ("قال المحامي، الذي اعتُقل عام 2019، إن …", dev9-ar-021) is
     * an event's ("condemned the strike as “a flagrant violation” of the ceasefire agreed last November", dev14-en-027); nor
     * a day counted from another ({@code anchored}: "“…,” X said on Friday, a day after the council rejected the plan",
     * dev8-en-014; a statement word in the date's clause still makes it the statement's).
     */
    private static boolean blocks(String text, QuoteClaim q, DateMention d, int from, int to, boolean anchored) {
        if (q.date() == null) {
            return amongQuotedWords(text, q, d)
                    || (d.grain() == Grain.DAY || d.grain() == Grain.WEEK) && !anchored && q.span().start() < to
                    && !closedBefore(text, q, d);
        }
        return !q.direct() || sameRange(q.date(), d) || wordsOverlap(text, q, from, to);
    }

    /** A full stop, "!" or "?" inside a closing quotation mark, then a capital: the quotation's sentence ends there. */
    private static final Pattern CLOSED_QUOTATION = Pattern.compile("[.!?][\"\u201D\u00BB]\\s+\\p{Lu}");

    /**
     * Whether the quoted words of {@code q} close their own sentence before the date ("Salas told reporters the result was
     * "a fraud prepared months in advance." The first round was held on Oct. 11."): the sentences are cut at no mark inside a
     * quotation, but the date's sentence is another, and the quotation makes no day of it its statement's.
     */
    private static boolean closedBefore(String text, QuoteClaim q, DateMention d) {
        int quoted = text.indexOf(q.quote(), q.span().start());
        return quoted >= 0 && quoted < d.span().start()
                && CLOSED_QUOTATION.matcher(text).region(quoted, d.span().start()).find();
    }

    /**
     * Where the clause of the date begins when figures may stand in it: a point or comma between
     * digits ("1.2 million", "1,400") ends no clause.
     */
    private static int figureClauseStart(String text, DateMention d) {
        int from = d.span().start();
        while (from > 0) {
            char c = text.charAt(from - 1);
            boolean inFigure = (c == '.' || c == ',') && from >= 2 && from < text.length()
                    && Character.isDigit(text.charAt(from - 2)) && Character.isDigit(text.charAt(from));
            if (CLAUSE_MARKS.indexOf(c) >= 0 && !inFigure) {
                break;
            }
            from--;
        }
        return from;
    }

    /** Whether the quoted words of {@code q} (not its speaker) reach into {@code [from, to)}. */
    private static boolean wordsOverlap(String text, QuoteClaim q, int from, int to) {
        int quoted = text.indexOf(q.quote(), q.span().start());
        return quoted < 0 || quoted < to && quoted + q.quote().length() > from;
    }

    private static boolean sameRange(ClaimDate date, DateMention d) {
        return date.start().equals(d.start()) && date.end().equals(d.end());
    }

    /** Where the clause of the date begins: after the punctuation before it ({@link #CLAUSE_MARKS}). */
    private static int clauseStart(String text, DateMention d) {
        int from = d.span().start();
        while (from > 0 && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** Where the clause of the date ends: at the punctuation after it ({@link #CLAUSE_MARKS}), or the text's end. */
    private static int clauseEnd(String text, DateMention d) {
        int to = d.span().end();
        while (to < text.length() && CLAUSE_MARKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return to;
    }

    /**
     * Where the clause of the date ends ({@link #clauseEnd}), but for a date that opens its sentence set off by a comma ("On
     * Saturday, South Africa beat New Zealand 24-17"): the end of the clause after the comma, whose event the date is.
     */
    private static int frontedClauseEnd(String text, DateMention d) {
        int to = clauseEnd(text, d);
        if (to < text.length() && (text.charAt(to) == ',' || text.charAt(to) == '\u060C') && text.substring(d.span().end(), to).isBlank()) {
            int next = to + 1;
            while (next < text.length() && CLAUSE_MARKS.indexOf(text.charAt(next)) < 0) {
                next++;
            }
            return next;
        }
        return to;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A resolved span from before publication up to it ("since mid-March", "منذ الخميس"). */
    static boolean runsToPublication(DateMention d, LocalDate published) {
        return d.resolved() && published != null && d.end().equals(published) && d.start().isBefore(published);
    }

    /** Whether the date lies among the quoted words of {@code q}. */
    static boolean amongQuotedWords(String text, QuoteClaim q, DateMention d) {
        int quoted = text.indexOf(q.quote(), q.span().start());
        return quoted >= 0 && d.span().start() >= quoted && d.span().end() <= quoted + q.quote().length();
    }

    /** "هذا العام", "this month": the period the article is written in, no dated event. */
    private static boolean isCurrentPeriod(DateMention d, LocalDate published) {
        return published != null && d.grain() != Grain.DAY
                && !published.isBefore(d.start()) && !published.isAfter(d.end())
                && !d.start().isBefore(startOfPeriod(published, d.grain())); // not "since February 2023"
    }

    private static LocalDate startOfPeriod(LocalDate day, Grain grain) {
        return switch (grain) {
            case WEEK -> day.with(java.time.DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            default -> day;
        };
    }
}
