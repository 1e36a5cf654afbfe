package org.corroborate.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Claim;
import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Span;
import org.corroborate.text.SentenceTokens;
import org.corroborate.text.Sentences;
import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.count.CountClaimFinder;
import org.corroborate.extract.date.DateRecognizer;
import org.corroborate.extract.number.NumberRecognizer;
import org.corroborate.extract.quote.QuoteFinder;
import org.corroborate.extract.quote.UnnamedSpeakers;
import org.corroborate.gazetteer.Gazetteer;
import org.corroborate.rules.RulePacks;

/**
 * Turns an article's text into the claims an editor would check, with deterministic ids
 * {@code c1}..{@code cn} in span order (CONTRACT.md "Claims").
 *
 * <p>A reported statement that only carries counts ("security sources said three soldiers were
 * killed") is their sourcing: it yields the count claims and a quote claim marked {@code sourcing}
 * (team decision of 2026-11-30, third, amending rule 4 of dev), which a CMS that follows rule 4
 * drops. The marked quote changes no other claim: counts and dates are found as without it. Direct
 * quotes are never marked.
 */
public final class ClaimExtractor {
    private final Map<Language, NumberRecognizer> numbers = new EnumMap<>(Language.class);
    private final Map<Language, CountClaimFinder> counts = new EnumMap<>(Language.class);
    private final Map<Language, QuoteFinder> quotes = new EnumMap<>(Language.class);
    private final Map<Language, DateRecognizer> dateRecognizers = new EnumMap<>(Language.class);
    private final Map<Language, DateClaims> dateClaims = new EnumMap<>(Language.class);
    /**
     * What may stand between a date and the statement after it for the date to be the statement's
     * ("On Sunday, the ministry said"); not a clause of its own ("staged a strike on Friday,
     * cancelling most trains, and the union said").
     */
    private static final java.util.regex.Pattern JUST_BEFORE = java.util.regex.Pattern.compile("[\\s,\u060C]*");
    private final Gazetteer gazetteer;
    private final UnnamedSpeakers unnamedSpeakers;

    /** Speakers that name no one, from the speech packs (the comparison lets them agree, never contradict). */
    public UnnamedSpeakers unnamedSpeakers() {
        return unnamedSpeakers;
    }

    /** The gazetteer the claims' places, nationalities and affiliations come from (built once, shared). */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ClaimExtractor(RulePacks packs) {
        this.gazetteer = Gazetteer.of(packs);
        this.unnamedSpeakers = UnnamedSpeakers.of(packs);
        for (Language language : Language.values()) {
            numbers.put(language, NumberRecognizer.of(packs, language));
            counts.put(language, CountClaimFinder.of(packs, language, gazetteer));
            quotes.put(language, QuoteFinder.of(packs, language));
            dateRecognizers.put(language, DateRecognizer.of(packs, language));
            dateClaims.put(language, new DateClaims(language, dateRecognizers.get(language), counts.get(language)));
        }
    }

    /** The number and date mentions of a text, found once and shared by the mentions and the claims. */
    record Found(List<Mention> numbers, List<DateMention> dates) {
        Found {
            numbers = List.copyOf(numbers);
            dates = List.copyOf(dates);
        }
    }

    /** The numbers (with ordinals and durations) and dates of {@code text}, dates resolved against {@code published}. */
    Found find(String text, Language language, LocalDate published) {
        return new Found(numbers.get(language).find(text), DateRecognizer.withoutUnanchored(dateRecognizers.get(language).find(text, published)));
    }

    /** The claims of {@code text}; {@code published} resolves relative dates (null: they stay unresolved). */
    public List<Claim> extract(String text, Language language, LocalDate published) {
        return extract(text, language, published, find(text, language, published));
    }

    List<Claim> extract(String text, Language language, LocalDate published, Found found) {
        DateClaims dated = dateClaims.get(language);
        // "two years ago": a year; "ملعب 5 جويلية": a name, no date
        List<DateMention> read = dated.withoutNames(text, dated.yearsAgoAsYears(found.dates(), published));
        List<DateMention> dates = dated.comparedMoments(text, read,
                counts.get(language).withoutBaselines(text, read), published); // "highest since 1991"
        SentenceTokens words = CountClaimFinder.sentences(text); // cut once for counts and quotes
        List<DateMention> forCounts = dated.withoutCourtAndSearchDays(text, dated.momentsBeforeWhen(text, dates, published));
        List<Sentences.Sentence> sentences = sentencesOf(text, words);
        // The count claims, then each reading that gives a count the date of an incident told elsewhere, in order.
        List<CountClaim> counted = notAfterPublication(counts.get(language).find(text, found.numbers(), forCounts, words),
                published);
        counted = dated.sinceSpans(text, counted, dates, forCounts, sentences, published);
        counted = dated.restatedArrests(text, counted, dates, sentences, published);
        DateClaims.CountsToldAgain toldAgain = dated.new CountsToldAgain(text, counted, sentences, found.numbers());
        counted = dated.restatedCounts(text, counted, dates, sentences, published, toldAgain);
        counted = dated.subjectIncidentDays(text, counted, dates, sentences, published);
        counted = dated.restatedIncidents(text, counted, dates, sentences, published);
        counted = dated.namedEventYears(text, counted);
        counted = dated.namedEventDates(text, counted, dates, sentences, published);
        counted = dated.undatedInAfterClauses(text, counted, dates, sentences, published);
        List<CountClaim> countClaims = counted;
        List<Claim> claims = new ArrayList<>(countClaims);
        QuoteFinder finder = quotes.get(language);
        List<QuoteClaim> statements = finder.find(words);
        List<QuoteClaim> quoteClaims = new ArrayList<>();
        List<QuoteClaim> sourcing = new ArrayList<>();
        for (QuoteClaim quote : statements) {
            // a count in a relative aside of the statement ("… searching for X, who is wanted over the killing of two
            // civilians") is not its whole content: the statement stays a quote (rule 4 of dev)
            Span said = QuoteFinder.quotedWords(text, quote);
            if (finder.announcedNoun(quote) && countClaims.stream().noneMatch(c -> said.contains(c.span()))) {
                continue; // "وأعلنت الوزارة ارتفاع الأسعار": an announced noun with no count is no reported clause (rule 25)
            }
            if (quote.direct() || quote.sourcing()) {
                (quote.sourcing() ? sourcing : quoteClaims).add(quote);
                continue;
            }
            List<Span> around = countClaims.stream().filter(c -> quote.span().contains(c.span()) && !insideDirectQuote(statements, c)
                    && !finder.inRelativeAside(text, quote.span().start(), c.span().start())).map(CountClaim::span).toList();
            List<Span> carried = around.stream().filter(said::contains).toList();
            // only a statement whose whole content is its counts is their sourcing: "said 43 people had been detained and
            // would be charged" says more (rule 4 of dev); a second statement of one verb that only dates or names the
            // count's event ("أعلنت … ضبط موظفين، مشيرة إلى أن عملية الضبط جرت يوم الخميس") is a detail of it
            if (carried.isEmpty() ? around.isEmpty() || !finder.detailOf(text, quote, around)
                    : finder.saysMoreThan(text, quote, carried)) {
                quoteClaims.add(quote);
            } else {
                sourcing.add(quote.asSourcing());
            }
        }
        List<DateMention> biography = new ArrayList<>();
        for (QuoteClaim quote : quoteClaims) {
            Sentences.Sentence sentence = sentenceOf(sentences, quote.span());
            List<DateMention> aside = asideDates(text, quote, dates, sentence, finder);
            claims.add(withStatementDate(text, quote, quoteClaims, statementDates(dates, aside, published), sentence, finder, dated));
            // "Judge X, who has led the inquiry since 2023, said …": a state of the speaker's running up to publication, in a
            // relative clause on them, is their biography like an age, no dated event (F4 of dev7, G11 of dev8); a closed span
            // there ("who served from 2012 to 2014") is one
            aside.stream().filter(d -> quote.span().contains(d.span()) && DateClaims.runsToPublication(d, published)).forEach(biography::add);
        }
        claims = dated.datedByTheirMeeting(text, claims, dates, sentences, published); // «وأكد خلال الاجتماع أن …»
        claims.addAll(dated.of(text, biography.isEmpty() ? dates : dates.stream().filter(d -> !biography.contains(d)).toList(),
                sentences, claims, published));
        claims.addAll(sourcingQuotes(text, sourcing.stream().filter(q -> !countedSpeaker(text, q, countClaims)).toList(),
                quoteClaims, dates, sentences, published, finder, dated));
        return toldInStatements(text, numbered(dated.withoutCountsToldAgain(claims, toldAgain)));
    }

    /**
     * {@code claims}, numbered, with each date claim whose words stand among a quote claim's words marked {@code
     * in_statement} and naming that quote claim's id as its {@code statement} ("The tribunal said elections will be held
     * on March 7": the date claim names the tribunal's quote): still a date claim (dev rule 21a), which a CMS that leaves
     * such dates to the quote drops. Among quotes nested in one another, the innermost words carry the date.
     */
    private static List<Claim> toldInStatements(String text, List<Claim> claims) {
        List<QuoteClaim> quotes = claims.stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).toList();
        if (quotes.isEmpty()) {
            return claims;
        }
        List<Span> said = quotes.stream().map(q -> QuoteFinder.quotedWords(text, q)).toList();
        claims.replaceAll(c -> {
            if (!(c instanceof org.corroborate.api.DateClaim d)) {
                return c;
            }
            int carrier = -1;
            for (int i = 0; i < said.size(); i++) {
                if (said.get(i).contains(d.span()) && (carrier < 0 || said.get(carrier).contains(said.get(i)))) {
                    carrier = i;
                }
            }
            return carrier < 0 ? c : d.toldInStatement(quotes.get(carrier).id());
        });
        return claims;
    }

    /**
     * Whether a count claim stands in the speaker of {@code quote} as written ("Rescue teams were still searching for 12
     * people reported missing …"): the people counted are not the one who speaks, and the words are no one's statement.
     */
    private static boolean countedSpeaker(String text, QuoteClaim quote, List<CountClaim> counts) {
        String asWritten = quote.speaker().asWritten();
        if (asWritten == null) {
            return false;
        }
        Span said = QuoteFinder.quotedWords(text, quote);
        int at = text.indexOf(asWritten, quote.span().start());
        if (at >= 0 && at < said.end() && at + asWritten.length() > said.start()) {
            at = text.indexOf(asWritten, said.end()); // not among the quoted words ("he" in "the attackers … , he added")
        }
        if (at < 0 || at >= quote.span().end()) {
            return false;
        }
        Span speaker = new Span(at, at + asWritten.length());
        return counts.stream().anyMatch(c -> c.span().overlaps(speaker));
    }

    /**
     * The statements that are a count's sourcing, each dated as any quote ({@link #withStatementDate}), once the counts and
     * dates are found without them (they change neither); none of the same words as a quote already made.
     */
    private static List<QuoteClaim> sourcingQuotes(String text, List<QuoteClaim> sourcing, List<QuoteClaim> quoteClaims,
                                                   List<DateMention> dates, List<Sentences.Sentence> sentences,
                                                   LocalDate published, QuoteFinder finder, DateClaims dated) {
        List<QuoteClaim> out = new ArrayList<>(sourcing.size());
        for (QuoteClaim quote : sourcing) {
            if (quoteClaims.stream().anyMatch(q -> q.quote().equals(quote.quote()) && q.span().overlaps(quote.span()))) {
                continue;
            }
            Sentences.Sentence sentence = sentenceOf(sentences, quote.span());
            List<DateMention> aside = asideDates(text, quote, dates, sentence, finder);
            out.add(withStatementDate(text, quote, quoteClaims, statementDates(dates, aside, published), sentence, finder, dated));
        }
        return out;
    }

    /**
     * The dates in a relative aside of {@code quote}'s sentence, up to the end of the sentence or of the statement, whichever
     * is later (a date after both is neither the statement's nor in it): "Roux, who served from 2012 to 2014, said …".
     */
    private static List<DateMention> asideDates(String text, QuoteClaim quote, List<DateMention> dates,
                                                Sentences.Sentence sentence, QuoteFinder finder) {
        int reach = Math.max(sentence.end(), quote.span().end());
        int quoted = text.indexOf(quote.quote(), quote.span().start());
        return dates.stream().filter(d -> d.span().start() >= sentence.start() && d.span().start() < reach
                && finder.inRelativeAside(text, sentence.start(), d.span().start())
                // the aside that is itself the statement: "The junta, which announced on Friday that it would hold talks …"
                // (dev15-en-025), «الحكومة، التي أعلنت الأحد أن …»: the day of its saying, right before its words
                && !(quoted >= d.span().end() && finder.sayingRightBefore(text, d.span().end(), quoted))).toList();
    }

    /**
     * The dates a statement may be dated by: none of those {@code aside}, and none after publication, since a statement is
     * made by then: a day after it is of an event inside the statement, a scheduled date claim ("adding that Beirut would
     * file a complaint there" after "is set to meet on Wednesday", dev14-en-027; rule 21b).
     */
    private static List<DateMention> statementDates(List<DateMention> dates, List<DateMention> aside, LocalDate published) {
        return dates.stream().filter(d -> !aside.contains(d)
                && !(published != null && d.resolved() && d.start().isAfter(published))).toList();
    }

    /**
     * No count happened after its article was published: a date that starts later ("بعد أسبوعين من
     * هجوم …" read as two weeks ahead) is none of its event's, and the claim keeps no date.
     */
    static List<CountClaim> notAfterPublication(List<CountClaim> claims, LocalDate published) {
        if (published == null || claims.stream().noneMatch(c -> c.date() != null && c.date().start().isAfter(published))) {
            return claims;
        }
        List<CountClaim> out = new ArrayList<>(claims.size());
        for (CountClaim c : claims) {
            out.add(c.date() != null && c.date().start().isAfter(published)
                    ? c.withDate(null) : c);
        }
        return out;
    }

    /**
     * A count inside a direct quotation is carried by that quotation; a reported statement
     * around it (قال إن «… توقيف 17 متهما …»، مؤكدا أن …) says more than the count.
     */
    private static boolean insideDirectQuote(List<QuoteClaim> quotes, CountClaim count) {
        return quotes.stream().anyMatch(q -> q.direct() && q.span().contains(count.span()));
    }

    /**
     * "قالت الوزارة يوم الأحد إن …", "said on Sunday that …": a date before the quoted words is the
     * statement's; not one among another quotation's words ("“On Friday night they shelled …,” the
     * mayor told Reuters. “Since then …”"), nor one in a relative clause on the speaker ({@code dates}
     * come without those: "Roux, who served from 2012 to 2014, said …").
     */
    private static QuoteClaim withStatementDate(String text, QuoteClaim quote, List<QuoteClaim> quotes,
                                                List<DateMention> dates, Sentences.Sentence sentence, QuoteFinder finder,
                                                DateClaims dated) {
        int quoted = text.indexOf(quote.quote(), quote.span().start());
        int wordsStart = quoted >= 0 ? quoted : quote.span().start();
        return dates.stream()
                .filter(d -> d.resolved() && d.span().start() >= sentence.start() && d.span().end() <= wordsStart)
                .filter(d -> d.span().end() >= quote.span().start() || JUST_BEFORE.matcher(text).region(d.span().end(), quote.span().start()).matches()
                        || finder.onlyVerbBetween(text, d.span().end(), quote.span().start())) // "وفي وقت سابق من الشهر، أعلنت الوزارة أن"
                .filter(d -> quotes.stream().noneMatch(o -> o != quote && o.direct() && DateClaims.amongQuotedWords(text, o, d)))
                // a date of a narrated clause joined before the speech verb is that clause's event (rule 15): "واستقبل الرئيس
                // الأسبوع الماضي وفداً من البنك الدولي، وقال إن المحادثات كانت مثمرة" (item 26 of blind7's adjudication)
                .filter(d -> !dated.toldBeforeStatement(text, d, wordsStart, sentence))
                // inside the attribution the first date is the saying's: "دانت الوزارة، في بيان اليوم السبت، اقتحام مستوطنين
                // باحات المسجد الأقصى صباح الخميس، ووصفته بأنه «…»" (the storming's Thursday is no statement's, J13 of dev10)
                .reduce((first, second) -> first.span().start() >= quote.span().start() ? first : second)
                .map(d -> quote.withDate(ClaimDate.of(d, ClaimDate.Role.ANNOUNCED)))
                .orElse(quote);
    }

    /**
     * {@link Sentences#of} of {@code text}: those {@code words} were cut into when the normalised
     * view is the text itself (most English texts, where normalising changes nothing), else cut again.
     */
    private static List<Sentences.Sentence> sentencesOf(String text, SentenceTokens words) {
        return words.text().normalized().equals(text) ? words.sentences() : Sentences.of(text);
    }

    static Sentences.Sentence sentenceOf(List<Sentences.Sentence> sentences, Span span) {
        for (Sentences.Sentence s : sentences) {
            if (span.start() >= s.start() && span.start() < s.end()) {
                return s;
            }
        }
        return new Sentences.Sentence(span.start(), span.end());
    }

    /** The same claim, found in the article's title. */
    static Claim markedInTitle(Claim claim) {
        return switch (claim) {
            case CountClaim c -> new CountClaim(c.id(), c.action(), c.count(), c.subject(), c.event(), c.date(),
                    c.location(), c.partOf(), c.text(), c.span(), true);
            case QuoteClaim q -> q.markedInTitle();
            case org.corroborate.api.DateClaim d -> new org.corroborate.api.DateClaim(d.id(), d.date(), d.event(), d.text(), d.span(), true,
                    d.scheduled(), d.statement());
        };
    }

    /** Ids c1..cn in span order; {@code part_of} follows its whole to the new id. */
    private static List<Claim> numbered(List<Claim> claims) {
        claims.sort(Comparator.comparingInt((Claim c) -> c.span().start()).thenComparingInt(c -> -c.span().end()));
        Map<String, String> ids = new HashMap<>();
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String id = "c" + (i + 1);
            if (c instanceof CountClaim count && count.id() != null) {
                ids.put(count.id(), id);
            }
            out.add(c.withId(id));
        }
        out.replaceAll(c -> c instanceof CountClaim count && count.partOf() != null
                ? count.partOf(ids.get(count.partOf())) : c);
        return out;
    }
}
