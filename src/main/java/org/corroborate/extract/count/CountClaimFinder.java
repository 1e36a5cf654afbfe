package org.corroborate.extract.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.Span;
import org.corroborate.rules.RulePacks;
import org.corroborate.gazetteer.Gazetteer;
import org.corroborate.text.ArabicNormalizer;
import org.corroborate.text.NormalizedText;
import org.corroborate.text.SentenceTokens;
import org.corroborate.text.Sentences;

/**
 * Finds casualty and arrest claims: counted groups (a number, a dual noun or an implicit
 * singular, with the noun saying who) bound to the word saying what befell them. One claim per
 * counted group; parts ("بينهم ثلاثة أطفال", "including four children") point to their whole;
 * "others" (آخرون) take the category of the group before; the attacker's own death counts too.
 * A sentence without a date or a place takes the last event date and place of its paragraph
 * (news prose states them once: "… in Palmyra on Saturday. Three more were wounded."). Places,
 * nationalities and affiliations come from the gazetteer.
 */
public final class CountClaimFinder {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private final CountLexicon lexicon;
    private final Language language;
    private final Gazetteer gazetteer;

    CountClaimFinder(CountLexicon lexicon, Language language, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.language = language;
        this.gazetteer = gazetteer;
    }

    public static CountClaimFinder of(RulePacks packs, Language language, Gazetteer gazetteer) {
        return new CountClaimFinder(new CountLexicon(packs.forLanguage(language, CountRules.class)), language, gazetteer);
    }

    /**
     * The count claims of {@code text}, given its number and date mentions (original-text spans),
     * with provisional ids {@code g1}.. that {@code partOf} refers to.
     */
    public List<CountClaim> find(String text, List<Mention> numbers, List<DateMention> dates) {
        return find(text, numbers, dates, sentences(text));
    }

    /**
     * {@code dates} without those that are only the baseline of a comparison: "the highest level since
     * 1991", "أول انتخابات منذ 2010" date nothing that happened (CountRules {@code since}, {@code baselines}).
     */
    public List<DateMention> withoutBaselines(String text, List<DateMention> dates) {
        List<DateMention> kept = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            if (!isBaseline(text, d)) {
                kept.add(d);
            }
        }
        return kept.size() == dates.size() ? dates : kept;
    }

    /**
     * Whether an announcing word ({@code announced_by}: said, أعلنت) stands among the three words
     * right before the date, as {@code SentenceReader} reads "the ministry said on Tuesday": the day
     * of the statement, not of an event (D4, E9 of the development sets).
     */
    public boolean announcedOn(String text, DateMention d) {
        for (String w : wordsBefore(text, d.span().start(), 3)) {
            if (lexicon.announces(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is an announcing word ({@code announced_by}). */
    public boolean announces(String word) {
        return lexicon.announces(CountLexicon.norm(word));
    }

    /** How many words before "since" a baseline word may stand ("the worst flooding in the region since"). */
    private static final int BASELINE_REACH = 6;

    /**
     * Whether "since" opens the date or stands right before it, with a baseline word soon before
     * that. The word before is read alone first: almost no date has "since" there, and then the
     * words further back are never cut out and normalised.
     */
    private boolean isBaseline(String text, DateMention d) {
        int sinceAt;
        if (lexicon.isSince(firstWord(text, d.span()))) {
            sinceAt = -1; // "since Thursday": the date says since itself
        } else if (isSince(wordsBefore(text, d.span().start(), 1))) {
            sinceAt = 0;
        } else {
            return false;
        }
        List<String> before = wordsBefore(text, d.span().start(), BASELINE_REACH + 1);
        for (int i = sinceAt + 1; i < before.size() && i <= sinceAt + BASELINE_REACH; i++) {
            if (lexicon.isBaseline(before.get(i)) && !(i + 1 < before.size() && AT.equals(before.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "killed at least 34 people since July 25": a baseline word right after "at" ("at least", "at most") bounds the count
     * before it, no comparison; the since date stays the count's span, and its day no count of its own.
     */
    private static final String AT = "at";

    private boolean isSince(List<String> nearestFirst) {
        return !nearestFirst.isEmpty() && lexicon.isSince(nearestFirst.get(0));
    }

    /** Up to {@code max} normalised words before {@code end}, nearest first, not past the sentence's start. */
    private static List<String> wordsBefore(String text, int end, int max) {
        List<String> words = new ArrayList<>(max);
        int i = end;
        while (words.size() < max && i > 0) {
            while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1))) {
                char c = text.charAt(i - 1);
                if (c == '.' || c == '!' || c == '?' || c == '؟' || c == ';' || c == '؛' || c == '\n') {
                    return words;
                }
                i--;
            }
            int wordEnd = i;
            while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || Character.getType(text.charAt(i - 1)) == Character.NON_SPACING_MARK)) {
                i--;
            }
            if (wordEnd > i) {
                words.add(CountLexicon.norm(text.substring(i, wordEnd)));
            }
        }
        return words;
    }

    private static String firstWord(String text, Span span) {
        int end = span.start();
        while (end < span.end() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return CountLexicon.norm(text.substring(span.start(), end));
    }

    /** The sentences and tokens {@link #find(String, List, List, SentenceTokens)} expects of {@code text}. */
    public static SentenceTokens sentences(String text) {
        return SentenceTokens.of(NORMALIZER.normalize(text));
    }

    /**
     * {@link #find(String, List, List)} with the text's sentences and tokens made once for this and
     * other finders ({@link #sentences}: its normalised view, as {@link ArabicNormalizer} with no
     * option gives it).
     */
    public List<CountClaim> find(String text, List<Mention> numbers, List<DateMention> dates, SentenceTokens words) {
        NormalizedText nt = words.text();
        Gazetteer.Mentions named = gazetteer.findAll(text, language);
        Surroundings around = new Surroundings(gazetteer, named.places(), named.nationalities(), named.entities());
        List<CountClaim> claims = new ArrayList<>();
        ClaimDate carried = null;
        List<SentenceReader> paragraphReaders = new ArrayList<>(); // the paragraph's sentences so far, for a carried place
        int paragraphStart = -1;
        int paragraphClaims = 0;
        boolean byStart = byStart(numbers);
        for (int i = 0; i < words.sentences().size(); i++) {
            Sentences.Sentence s = words.sentences().get(i);
            int[] original = nt.toOriginal(s.start(), s.end());
            int paragraph = text.lastIndexOf('\n', Math.max(0, original[0] - 1));
            if (paragraph != paragraphStart) {
                carried = null;
                paragraphReaders.clear();
                paragraphStart = paragraph;
                paragraphClaims = claims.size();
            }
            List<DateMention> inSentence = datesWithin(dates, original);
            SentenceReader reader = new SentenceReader(lexicon, language == Language.EN, text, nt,
                    words.tokens(i), inSentence, around);
            List<CountClaim> read = reader.claims(numbers, byStart, carried, () -> placeCarried(paragraphReaders), claims.size(),
                    List.copyOf(claims.subList(paragraphClaims, claims.size())));
            if (read.isEmpty() && !paragraphReaders.isEmpty()
                    && claims.subList(paragraphClaims, claims.size()).stream().noneMatch(c -> c.action() == CountClaim.Action.ARRESTED)) {
                SentenceReader previous = paragraphReaders.get(paragraphReaders.size() - 1);
                CountClaim held = reader.arrestOfGroupBefore(() -> previous.soleCountedGroup(numbers), "g" + (claims.size() + 1),
                        carried, () -> placeCarried(paragraphReaders));
                read = held == null ? read : List.of(held); // "Three men opened fire … . They were arrested on Sunday."
            }
            claims.addAll(read);
            ClaimDate own = reader.eventDate();
            if (own != null) {
                carried = own;
            }
            paragraphReaders.add(reader);
        }
        return claims;
    }

    /**
     * Whether {@code numbers} are sorted by their start (as {@link org.corroborate.extract.number.NumberRecognizer#find} gives
     * them): each sentence then reads only those that start within it, not all the text's for every sentence.
     */
    static boolean byStart(List<Mention> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i).span().start() < numbers.get(i - 1).span().start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place carried to a sentence that names none: the last place an earlier sentence of the paragraph names. Read
     * only when a count claim needs it, from the nearest sentence back, so that a sentence with no count costs no place
     * reading.
     */
    private static CountClaim.Location placeCarried(List<SentenceReader> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            CountClaim.Location place = earlier.get(k).location();
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * The dates inside the sentence. A loop rather than a stream: it runs for every sentence over
     * all the text's dates, and most sentences have none, which then costs no list.
     */
    private static List<DateMention> datesWithin(List<DateMention> dates, int[] sentence) {
        List<DateMention> inside = null;
        for (DateMention d : dates) {
            if (within(d.span(), sentence)) {
                if (inside == null) {
                    inside = new ArrayList<>();
                }
                inside.add(d);
            }
        }
        return inside == null ? List.of() : inside;
    }

    private static boolean within(Span span, int[] sentence) {
        return span.start() >= sentence[0] && span.end() <= sentence[1];
    }

    /** A number mention as a count of people, or null (a decimal, a share). */
    static CountClaim.Count count(NumberMention m) {
        Long value = whole(m.value());
        Long min = whole(m.min());
        Long max = whole(m.max());
        if ((m.value() != null && value == null) || (m.min() != null && min == null) || (m.max() != null && max == null)) {
            return null;
        }
        return new CountClaim.Count(value, min, max, m.approximate());
    }

    /**
     * {@code n} as a count of whole people, or null (none, negative, a fraction, past a long). Asked, not caught: a
     * decimal is read for every sentence with a count (a share, "1.5"), and an exception for each cost a stack trace.
     */
    private static Long whole(BigDecimal n) {
        if (n == null || n.signum() < 0 || n.scale() > 0 && n.stripTrailingZeros().scale() > 0 || n.compareTo(LONGEST) > 0) {
            return null;
        }
        return n.longValueExact();
    }

    private static final BigDecimal LONGEST = BigDecimal.valueOf(Long.MAX_VALUE);
}
