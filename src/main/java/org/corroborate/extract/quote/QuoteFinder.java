package org.corroborate.extract.quote;

import org.corroborate.text.SentenceTokens;
import org.corroborate.text.Sentences;
import org.corroborate.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.api.Span;
import org.corroborate.rules.RulePacks;
import org.corroborate.text.ArabicNormalizer;
import org.corroborate.text.NormalizedText;

/**
 * Finds statements attributed to a speaker: direct quotes (inside «», “”, "") whose attribution
 * stands before or after them in the same sentence, and reported speech (a speech verb, its
 * speaker, a complementizer such as إن/أن/that, and the clause). A quoted phrase with no speech
 * verb near it (a name in quotation marks: "داعش") is not a quote.
 *
 * <p>Speakers: the words as written ({@code as_written}); when those are an anaphor ("البيان",
 * "the statement") or missing (a verb with its subject dropped: "وأوضحت أن ..."), {@code text} is
 * the last named speaker or statement source before it in the article.
 */
public final class QuoteFinder {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    // Compiled once: String.split, replaceAll and replaceFirst compile their pattern on every call.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPEAKER_MARKS =
            Pattern.compile("^[\\s\\p{Pi}\\p{Pf}'\"«»,،:]+|[\\s\\p{Pi}\\p{Pf}'\"«»,،:]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,،:;؛]+$");
    /** A full stop or comma before a single closing mark that ends a quotation ("… you will die,'"). */
    private static final Pattern NESTED_CLOSE = Pattern.compile("[.,]+(['\u2019])$");

    private final Lexicon lexicon;
    private final Language language;
    /** Whether a pronoun or a dropped subject's verb agrees with an earlier speaker it may stand for. */
    private final Agreement agreement;

    QuoteFinder(Lexicon lexicon, Language language) {
        this.lexicon = lexicon;
        this.language = language;
        this.agreement = new Agreement(lexicon, language == Language.EN);
    }

    public static QuoteFinder of(RulePacks packs, Language language) {
        return new QuoteFinder(new Lexicon(packs.forLanguage(language, SpeechRules.class)), language);
    }

    /** The quote claims of {@code text}, without ids, in text order. */
    public List<QuoteClaim> find(String text) {
        return find(SentenceTokens.of(NORMALIZER.normalize(text)));
    }

    /**
     * {@link #find(String)} with the text's sentences and tokens made once for this and other
     * finders: of its normalised view as {@link ArabicNormalizer} with no option gives it.
     */
    public List<QuoteClaim> find(SentenceTokens words) {
        NormalizedText nt = words.text();
        List<Attribution> found = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<Source> subjects = new ArrayList<>();
        List<Source> people = new ArrayList<>();
        Span carried = null;
        for (int i = 0; i < words.sentences().size(); i++) {
            Sentences.Sentence sentence = words.sentences().get(i);
            if (sentence.start() > 0 && nt.normalized().lastIndexOf('\n', sentence.start() - 1)
                    >= (carried == null ? Integer.MAX_VALUE : carried.end()) && !quotationOnly(nt.normalized(), sentence.start())) {
                carried = null; // a new paragraph: no quotation carries over, but one that is only a quotation goes on (K13 of dev11)
            }
            List<Token> all = words.tokens(i);
            int cut = afterClosedQuotation(nt.normalized(), sentence, all);
            while (true) {
                // "“… shot at.” Taliban government spokesman Qari Hamidullah said …" (dev14-en-008): a quotation that
                // closes on its own full stop ends its sentence, and the next speaker's words are a sentence of their own
                List<Token> tokens = cut < 0 ? all : all.subList(0, cut);
                Sentences.Sentence part = cut < 0 ? sentence : new Sentences.Sentence(sentence.start(), tokens.get(tokens.size() - 1).end());
                Attributions attributions = new Attributions(lexicon, language, nt.normalized(), part, tokens);
                List<Attribution> inSentence = attributions.find(carried);
                found.addAll(inSentence);
                Span subject = inSentence.isEmpty() ? attributions.openingTitledSubject() : null;
                if (subject != null) {
                    subjects.add(new Source(part.start(), subject));
                } else if (taggedByBodyPronoun(nt.normalized(), inSentence, part)) {
                    // "The commission will hold a by-election on August 2 …, it said on Monday": the body the clause opens
                    // with is the antecedent of the tag's "it" (rule 26; blind10 #8), named just before the clause
                    Span body = attributions.openingBody();
                    if (body != null && body.end() <= inSentence.get(0).quote().end()) {
                        sources.add(new Source(part.start() - 1, body)); // named before the statement it opens
                    }
                }
                Span person = inSentence.isEmpty() ? attributions.openingPerson() : null;
                if (person != null) {
                    people.add(new Source(part.start(), person));
                }
                sources.addAll(attributions.statementSources());
                carried = lastDirectSpeaker(inSentence, carried);
                if (cut < 0) {
                    break;
                }
                all = all.subList(cut, all.size());
                sentence = new Sentences.Sentence(all.get(0).start(), sentence.end());
                cut = afterClosedQuotation(nt.normalized(), sentence, all);
            }
        }
        found.sort(Comparator.comparingInt(Attribution::start));
        return resolve(found, sources, subjects, people, nt);
    }

    /**
     * English: whether the sentence's one statement is a reported clause opening the sentence and tagged by a body's
     * pronoun after it ("…, it said on Monday").
     */
    private boolean taggedByBodyPronoun(String text, List<Attribution> inSentence, Sentences.Sentence part) {
        if (language != Language.EN || inSentence.size() != 1) {
            return false;
        }
        Attribution a = inSentence.get(0);
        if (a.direct() || a.speaker() == null || a.speaker().start() < a.quote().end()) {
            return false;
        }
        String speaker = Lexicon.norm(text.substring(a.speaker().start(), a.speaker().end()));
        return lexicon.isBodyPronoun(speaker) && text.substring(part.start(), a.quote().start()).isBlank();
    }

    /**
     * The index of the first token after a closing quotation mark (curly or straight) that follows a full stop, ! or ?
     * and is followed by white space and an upper-case letter ("… shot at.” Taliban …", "… shot at." Taliban …); -1
     * when there is none. The sentence splitter
     * never splits inside or right after a quotation; English capitals only (Arabic letters have no case).
     */
    static int afterClosedQuotation(String text, Sentences.Sentence sentence, List<Token> tokens) {
        // one pass over the sentence's chars, bounded by its end; most sentences have no closing mark
        for (int close = sentence.start() + 1; close < sentence.end() - 2; close++) {
            char mark = text.charAt(close);
            // a straight mark right after a full stop, ! or ? closes (an opening one follows a space): "… shot at." Police …
            if ((mark == '\u201D' || mark == '"') && ".!?".indexOf(text.charAt(close - 1)) >= 0
                    && Character.isWhitespace(text.charAt(close + 1)) && Character.isUpperCase(text.charAt(close + 2))) {
                for (int k = 1; k < tokens.size(); k++) {
                    if (tokens.get(k).start() > close && tokens.get(k - 1).start() <= close) {
                        return k;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * The speaker of the last direct quotation of {@code inSentence} that has one, else {@code carried}
     * (a loop, not a stream: it runs for every sentence).
     */
    private static Span lastDirectSpeaker(List<Attribution> inSentence, Span carried) {
        Span last = null;
        for (Attribution a : inSentence) {
            if (a.direct() && a.speaker() != null) {
                last = a.speaker();
            }
        }
        return last != null ? last : carried;
    }

    /**
     * Whether the paragraph holding {@code at} is one quotation and nothing else ("“We slept in the
     * car for three nights.”" after a paragraph that named its speaker): it opens with a quotation
     * mark and its only closing mark ends it, before a full stop at most.
     */
    static boolean quotationOnly(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".\u060C,".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (end - start < 3) {
            return false;
        }
        char open = text.charAt(start);
        char close = open == '«' ? '»' : open == '“' ? '”' : open == '"' ? '"' : 0;
        if (close == 0 || text.charAt(end - 1) != close) {
            return false;
        }
        return text.indexOf(close, start + 1) == end - 1;
    }

    /**
     * Whether only a speech verb (with commas and spaces) stands in {@code text} between {@code from}
     * and {@code to}: "وفي وقت سابق من الشهر الجاري، أعلنت الوزارة أن …" — the date before the verb is
     * the statement's (J13 of dev10).
     */
    public boolean onlyVerbBetween(String text, int from, int to) {
        if (from >= to || to - from > MAX_VERB_GAP) {
            return false;
        }
        String between = GAP_MARKS.matcher(text.substring(from, to)).replaceAll(" ").strip();
        // a participle ("…, saying …") is no saying of its own the date before it is of: that date is the main verb's
        return !between.isEmpty() && between.indexOf(' ') < 0 && lexicon.verb(Lexicon.norm(between)) != null
                && !lexicon.isParticiple(Lexicon.norm(between));
    }

    /** Spaces and commas around the verb {@link #onlyVerbBetween} reads, compiled once. */
    private static final Pattern GAP_MARKS = Pattern.compile("[\\s,\u060C]+");

    /** The most characters {@link #onlyVerbBetween} reads: a verb with its clitic and the punctuation around it. */
    private static final int MAX_VERB_GAP = 24;

    /**
     * Whether only the saying's link stands in {@code text} from {@code from} to {@code to}, between a date and the
     * words of a statement it dates: spaces, or one of the {@code statement_complementizers} with a comma before it at
     * most ("which announced on Friday that …", «التي أعلنت الأحد أن …»).
     */
    public boolean sayingRightBefore(String text, int from, int to) {
        String between = text.substring(from, to).strip();
        if (between.isEmpty()) {
            return true;
        }
        if (between.charAt(0) == ',' || between.charAt(0) == '\u060C') {
            between = between.substring(1).strip();
        }
        return lexicon.isStatementComplementizer(between);
    }

    /**
     * Whether {@code at} lies in a relative clause set off by a comma ("Roux, who served in
     * government from 2012 to 2014, said", "الوزير، الذي تولى منصبه في 2019، قال"): the words after
     * the last comma before it, back to {@code from}, open with a relative pronoun (in English also
     * a past participle: "The group, founded in 2011, said").
     */
    public boolean inRelativeAside(String text, int from, int at) {
        int comma = at - 1;
        while (comma >= from && text.charAt(comma) != ',' && text.charAt(comma) != '\u060C') {
            comma--; // back to the sentence's start at most, not through the whole text
        }
        if (comma < from) {
            return false;
        }
        int start = comma + 1;
        while (start < at && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < at && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (end <= start) {
            return false;
        }
        return lexicon.opensAside(text.substring(start, end), language == Language.EN);
    }

    private static final String OPENING_MARKS = "«\"“‘'";
    private static final String CLOSING_MARKS = "»\"”’'";

    /**
     * The original span of a direct quotation with its marks: «…» and "…," where the quoted words
     * begin or end it, with the full stop or comma before a closing mark ("… four hours," the director
     * said), so that a highlight never shows an opening mark without its closing one.
     */
    private static int[] withMarks(NormalizedText nt, Attribution a) {
        String text = nt.normalized();
        int start = a.start();
        int end = a.end();
        if (start == a.quote().start() && start > 0 && OPENING_MARKS.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        if (end == a.quote().end()) {
            int k = end;
            while (k < text.length() && k < end + 2 && ".,!?،؟".indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            if (k < text.length() && CLOSING_MARKS.indexOf(text.charAt(k)) >= 0) {
                end = k + 1;
            }
        }
        return nt.toOriginal(start, end);
    }

    /** The normalised words of {@code clause}, without the punctuation around them. */
    private static List<String> words(String clause) {
        List<String> words = new ArrayList<>();
        String stripped = clause.strip();
        int k = 0;
        while (k < stripped.length()) {
            // the runs between WHITESPACE's chars, as WHITESPACE.split gives them (the stripped clause opens with none)
            while (k < stripped.length() && isRegexSpace(stripped.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < stripped.length() && !isRegexSpace(stripped.charAt(k))) {
                k++;
            }
            if (k > start) {
                String bare = withoutMarks(stripped.substring(start, k));
                if (!bare.isEmpty()) {
                    words.add(Lexicon.norm(bare));
                }
            }
        }
        return words;
    }

    /** A char of {@code \s} as {@link #WHITESPACE} reads it (no Unicode classes): space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code word} without the punctuation at either end, as {@link #WORD_MARKS} removes it, without a
     * matcher per word. A word ending in a line terminator {@code $} matches before goes to the regex.
     */
    private static String withoutMarks(String word) {
        char last = word.charAt(word.length() - 1);
        if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return WORD_MARKS.matcher(word).replaceAll("");
        }
        int start = 0;
        while (start < word.length() && isPunctuation(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        int end = word.length();
        while (end > start && isPunctuation(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return start == 0 && end == word.length() ? word : word.substring(start, end);
    }

    /** {@code \p{P}}: a code point of a punctuation category. */
    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /**
     * Whether the reported {@code clause} (normalised) reads an arrest or a casualty as its verb ({@link Lexicon#readsCountEvent})
     * and says nothing more: a clause with a verb of its own makes the statement a quote (rule 4 of dev).
     * An aside set off by commas that opens with a relative pronoun or a past participle describes a noun, and its verb is
     * not the clause's: "The suspects, detained in raids on Monday, will appear in court on Friday" reports the hearing.
     */
    private boolean countEvent(String clause) {
        if (!lexicon.mayReadCountEvent(clause)) {
            return false;
        }
        List<String> words = words(withoutAsides(clause));
        return lexicon.readsCountEvent(words) && !lexicon.saysMoreThanCountEvent(words);
    }

    /**
     * Whether {@code quote} is an announced count's noun phrase ("أعلنت الوزارة توقيف تسعة أشخاص" → "توقيف تسعة أشخاص"):
     * it opens with one of the {@code count_nouns} and is marked {@code sourcing}. It is a quote only when it carries a
     * count claim.
     */
    public boolean announcedNoun(QuoteClaim quote) {
        int space = quote.quote().indexOf(' ');
        return quote.sourcing() && !quote.direct() && lexicon.isCountNoun(Lexicon.norm(space < 0 ? quote.quote() : quote.quote().substring(0, space)));
    }

    /**
     * Where the words of {@code quote} stand in {@code text}, without its speaker and verb: a second statement of one
     * verb ("said five people were killed and that the attackers fled") carries no count of the first. Its whole
     * attribution when the words cannot be found as written.
     */
    public static Span quotedWords(String text, QuoteClaim quote) {
        int from = text.indexOf(quote.quote(), quote.span().start());
        while (from > quote.span().start() && Character.isLetter(text.charAt(from - 1))) {
            from--; // "أفادت مصادر طبية بمقتل تسعة …": the words begin with the clitic ب written on their first word
        }
        return from < 0 ? quote.span() : new Span(from, from + quote.quote().length());
    }

    /**
     * Whether the reported {@code quote}, which carries none of the {@code counts} of its attribution in its own words,
     * is still only a detail of them: it reads one of the {@code count_detail_verbs} ("عملية الضبط جرت يوم الخميس",
     * "the raid took place at dawn"), or a count stands in its speaker as written ("اعتقال ثلاثة مشتبه بهم، بينهم سائق
     * شاحنة يُعتقد أنه …": the people counted are not the one who speaks), or no new statement opens between the count
     * and its words (no speech participle, no "and that"/وأن).
     */
    public boolean detailOf(String text, QuoteClaim quote, List<Span> counts) {
        if (lexicon.readsCountDetail(words(quote.quote()))) {
            return true;
        }
        String asWritten = quote.speaker().asWritten();
        int at = asWritten == null ? -1 : text.indexOf(asWritten, quote.span().start());
        if (at < 0 || at >= quote.span().end()) {
            return false;
        }
        Span speaker = new Span(at, at + asWritten.length());
        if (counts.stream().anyMatch(c -> c.start() < speaker.end() && speaker.start() < c.end())) {
            return true;
        }
        Span said = quotedWords(text, quote);
        int last = counts.stream().mapToInt(Span::end).filter(end -> end <= said.start()).max().orElse(-1);
        if (last < 0) {
            return false;
        }
        // the words go on the count's own statement unless a new one opens between them: "…، مشيرة إلى أن",
        // "… and that"; not "بمقتل 11 جندياً في كمين نصبه مسلحون يُعتقد أنهم من تنظيم داعش"
        String firstWord = WHITESPACE.split(quote.quote().strip(), 2)[0];
        return !lexicon.opensOwnClause(words(text.substring(last, said.start()) + " " + firstWord));
    }

    /**
     * Whether the reported {@code quote} says more than the {@code counts} inside it (rule 4 of dev: only a statement
     * whose whole content is a count is its sourcing): a stretch of its words outside them opens a clause with a verb
     * of its own ({@link Lexicon#opensOwnClause}): "43 people had been detained and would be charged", "قتلوا ثلاثة
     * جنود، مؤكداً أن الجيش سيواصل عملياته"; a date, a place or a cause after the count ("in the strike on Monday",
     * "when a bus plunged into a river") is none.
     */
    public boolean saysMoreThan(String text, QuoteClaim quote, List<Span> counts) {
        Span said = quotedWords(text, quote);
        int from = said.start();
        int to = said.end();
        int at = from;
        for (Span count : counts.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
            List<String> stretch = count.start() > at ? words(text.substring(at, Math.min(count.start(), to))) : List.of();
            // "and that" after the words of a count before it opens a second count's statement, no clause of the
            // statement's own: "12 soldiers had been killed in the ambush, and that 30 militants had died" (blind18's
            // Q1). English only: «…لقي حتفه في الانفجار، وإن بين الجرحى ثلاثة» is a plain quote in dev18-ar-026's gold
            if (lexicon.opensOwnClause(stretch)
                    || (at == from || language != Language.EN) && lexicon.endsOnLinkedComplementizer(stretch)
                    || at == from && lexicon.subordinatesCount(stretch)) {
                return true; // "سمعوا إطلاق نار قبل مقتل رجلين": the count stands in a clause of the statement's own
            }
            at = Math.max(at, Math.min(count.end(), to));
        }
        return at < to && lexicon.opensOwnClause(words(text.substring(at, to)));
    }

    /**
     * {@code clause} without its inner comma-delimited asides that open with a relative pronoun or a past participle:
     * one walk from comma to comma, each part kept with the comma before it unless it is such an aside (the last part
     * never is).
     */
    private String withoutAsides(String clause) {
        int first = clause.indexOf(',');
        if (first < 0 || clause.indexOf(',', first + 1) < 0) {
            return clause; // fewer than three parts: no inner aside
        }
        StringBuilder kept = new StringBuilder(clause.length()).append(clause, 0, first);
        for (int comma = first; comma >= 0; ) {
            int next = clause.indexOf(',', comma + 1);
            int end = next < 0 ? clause.length() : next;
            if (next < 0 || !opensAside(clause, comma + 1, end)) {
                kept.append(clause, comma, end);
            }
            comma = next;
        }
        return kept.toString();
    }

    /**
     * Whether the part of {@code clause} from {@code from} to {@code to} opens an aside ({@link Lexicon#opensAside}): its
     * first word, after white space (as {@link String#strip}) and up to a regex space (as a split on {@code \s+}).
     */
    private boolean opensAside(String clause, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(clause.charAt(start))) {
            start++;
        }
        int stripped = to;
        while (stripped > start && Character.isWhitespace(clause.charAt(stripped - 1))) {
            stripped--;
        }
        int end = start;
        while (end < stripped && !isRegexSpace(clause.charAt(end))) {
            end++;
        }
        return end > start && lexicon.opensAside(clause.substring(start, end), language == Language.EN);
    }

    /** Punctuation at either end of a word, compiled once. */
    private static final Pattern WORD_MARKS = Pattern.compile("^[\\p{P}]+|[\\p{P}]+$");

    /**
     * Gives anaphoric and missing speakers the last named one, and maps everything back; a person's pronoun or a
     * {@code stand_ins} description before any speaker is named stands for the first of {@code people}, the persons
     * sentences open with ({@link Attributions#openingPerson}).
     */
    private List<QuoteClaim> resolve(List<Attribution> found, List<Source> sources, List<Source> subjects, List<Source> people,
            NormalizedText nt) {
        List<QuoteClaim> claims = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        CapitalisedNames names = new CapitalisedNames(nt.original(), lexicon.capitalisedName());
        int nextSource = 0;
        int nextSubject = 0;
        int namedAt = -1;
        Source subject = null;
        Named subjectName = null;
        int nextPerson = 0;
        Source person = null;
        QuoteClaim.Speaker last = null;
        for (Attribution a : found) {
            while (nextSource < sources.size() && sources.get(nextSource).position() < a.start()) {
                namedAt = sources.get(nextSource).position();
                named.add(new Named(original(nt, sources.get(nextSource++).speaker())));
            }
            while (nextSubject < subjects.size() && subjects.get(nextSubject).position() < a.start()) {
                subject = subjects.get(nextSubject++);
                subjectName = new Named(original(nt, subject.speaker()));
            }
            if (person == null && nextPerson < people.size() && people.get(nextPerson).position() < a.start()) {
                person = people.get(nextPerson++); // the first person the text tells of, whom it goes on to quote
            }
            String asWritten = a.speaker() == null ? null : trimSpeaker(withAgeBefore(nt, a.speaker()));
            String statementWritten = null; // "بيان للوزارة" as written, shown when its body speaks (rule 26: as written)
            if (language == Language.AR && asWritten != null) {
                String body = bodyOfStatement(nt.original(), nt.toOriginal(a.start(), a.end())[0], asWritten);
                statementWritten = body.equals(asWritten) ? null : asWritten;
                asWritten = body;
            }
            String normalized = asWritten == null ? null : lexicon.withoutSameWord(Lexicon.norm(asWritten)); // المصالح ذاتها
            if (lexicon.isGenericSpeaker(normalized) && !genericStatement(nt, a)) {
                continue; // "…, economists say": opinion with no named speaker, no quote (rule 3, M8 of dev12)
            }
            boolean anaphoric = normalized == null || lexicon.isAnaphor(normalized) || headOfNamed(normalized, named);
            // "he"/"it"/"they", or a dropped subject's verb (وقالت، وقال): the gender and number its speaker must have
            Agreement.Kind demand = anaphoric ? agreement.demand(normalized, a.verb()) : Agreement.Kind.UNKNOWN;
            String sharing = anaphoric ? sharingNoun(normalized, named) : null;
            String speaker = anaphoric ? antecedent(asWritten, sharing, named, demand) : asWritten;
            String noun = asWritten == null ? null : withoutLeadingArticle(asWritten);
            boolean bodyNoun = noun != null && lexicon.isBodyHead(noun);
            if (language == Language.AR && anaphoric
                    && (named.isEmpty() ? speaker != null && speaker.equals(asWritten)
                            : sharing == null && normalized != null && (agreement.arabicGender(normalized) == Agreement.Kind.FEMININE
                                    || lexicon.isBodyAnaphor(normalized))) // "وقال المجلس" after another speaker: the council
                    && asWritten != null && hasArticle(normalized) && !statement(normalized)
                    && bodyNamedBefore(nt.original(), nt.toOriginal(a.start(), a.end())[0],
                            lexicon.article().matcher(normalized).replaceFirst("")) != null) {
                // "أعلن جهاز مكافحة الإرهاب العراقي اعتقال … وذكر الجهاز أن …": no quote before, the body named with the noun;
                // "فرضت وزارة الداخلية حظراً …، بحسب مصادر طبية. وقالت الوزارة إن …": no earlier speaker holds the noun, the
                // body named with it does, not the last speaker (a body's feminine noun: "الوزير" after "وزير الداخلية، كمال
                // بلعيد" stays the minister who spoke)
                String body = bodyNamedBefore(nt.original(), nt.toOriginal(a.start(), a.end())[0],
                        lexicon.article().matcher(normalized).replaceFirst(""));
                if (body != null) {
                    speaker = body;
                    named.add(new Named(body)); // the antecedent of a later "وأضاف البيان"
                }
            } else if (language == Language.AR && anaphoric && named.isEmpty() && asWritten != null && speaker != null
                    && speaker.equals(asWritten) && statement(normalized)) {
                // "…، بحسب بيان لوزارة الداخلية السورية. وأوضح البيان أن …": the statement is the body's named with it before
                String body = bodyOfStatementBefore(nt.original(), nt.toOriginal(a.start(), a.end())[0]);
                if (body != null) {
                    speaker = body;
                    named.add(new Named(body));
                }
            }
            if (anaphoric && bodyNoun && named.isEmpty()) {
                int[] at = nt.toOriginal(a.start(), a.end());
                String body = lastBodyName(nt.original(), at[0], noun, names);
                speaker = body != null ? body : speaker;
            } else if (anaphoric && bodyNoun && !noun.equals(asWritten) && sharing == null) {
                // "the army said …" after a member of parliament spoke: a body's noun no earlier speaker shares takes
                // no person's name; a body of the same noun named before ("the Northern Army"), else as written
                int[] at = nt.toOriginal(a.start(), a.end());
                String body = lastBodyName(nt.original(), at[0], noun, names);
                speaker = body != null && Lexicon.norm(body).endsWith(Lexicon.norm(noun)) ? body : asWritten;
            }
            // an English statement with no speaker of its own ("…,” the 24-year-old said, adding that …") goes on the
            // last one's; only a pronoun stands for the subject of an earlier sentence
            boolean goesOn = asWritten == null && language == Language.EN;
            if (anaphoric && subject != null && subject.position() > namedAt && !goesOn
                    && (normalized == null || !hasArticle(normalized))
                    && subjectName.agrees(demand)) {
                // "the prime minister called an emergency meeting … In a televised address he said": a pronoun (or a
                // dropped subject) after a sentence opening with a titled subject who said nothing stands for that subject
                speaker = subjectName.text();
            }
            boolean standIn = normalized != null && lexicon.isStandIn(normalized);
            if (named.isEmpty() && person != null && normalized != null && speaker != null && speaker.equals(asWritten)
                    && (anaphoric && lexicon.isPersonPronoun(normalized) || standIn)) {
                // "Ethiopian runner Selam Bekele won … “I felt strong …,” she said", "… the 24-year-old told reporters": no
                // speaker named before, the pronoun or stand-in is the person the text opened with (rule 26 of dev,
                // dev21-en-013, dev16-en-024)
                Named opening = new Named(original(nt, person.speaker()));
                if (standIn || opening.agrees(demand)) {
                    speaker = opening.text();
                    anaphoric = true; // named already; a later "he said" finds the person, not the stand-in
                }
            }
            if (normalized != null && a.speaker() != null && lexicon.isRelative(normalized)) {
                String before = nameBeforeRelative(nt.original(), nt.toOriginal(a.speaker().start(), a.speaker().end())[0]);
                if (before != null) {
                    speaker = before;
                    anaphoric = false;
                    asWritten = before;
                }
            }
            if (speaker == null) {
                continue;
            }
            if (!anaphoric) {
                named.add(new Named(asWritten));
                namedAt = a.start();
            } else if (named.isEmpty() && asWritten != null && speaker.equals(asWritten)
                    && (language == Language.AR || bodyNoun && hasArticle(normalized))) {
                // "…، بحسب بيان للوزارة. وأضاف أن …": an anaphor nothing before resolves is the one named, the antecedent
                // of a later dropped subject (blind10 #33); in English a body's noun with its article ("Troops killed 32
                // militants, the army said. Three soldiers were killed, it said.": "it" is the army)
                named.add(new Named(asWritten));
            }
            // "The factory's owner was arrested on Tuesday, police said": a count's sourcing, a quote marked so (rule 4 of
            // dev as amended on 2026-11-30); named above all the same, the antecedent of a later "it said"
            boolean sourcing = a.nounObject() || !a.direct() && countEvent(nt.normalized().substring(a.quote().start(), a.quote().end()));
            String quote = trimQuote(original(nt, reportedUpToNext(a, found)));
            if (quote.isEmpty()) {
                continue;
            }
            if (asWritten == null && last != null && last.asWritten() != null && speaker.equals(last.text())
                    && !last.asWritten().equals(last.text())
                    && new Named(last.asWritten()).agrees(demand)
                    && (!statement(Lexicon.norm(last.asWritten())) || demand == Agreement.Kind.MASCULINE)) {
                // "وقال المصدر إن … وأضاف أن …": the dropped subject is the stand-in just written, when it names who spoke
                // and its verb agrees with them; a statement too ("وأوضح البلاغ أن … وأضاف أن …": the notice as written,
                // its body the speaker), but not when the verb does not agree ("وقال البيان … وأوضحت": the body)
                asWritten = last.asWritten();
            }
            int[] span = a.direct() ? withMarks(nt, a) : nt.toOriginal(a.start(), a.end());
            int[] sentence = nt.toOriginal(a.sentence().start(), a.sentence().end());
            // "وأفاد بيان للوزارة بأن …": the body speaks, the speaker as written is the statement with its body
            last = new QuoteClaim.Speaker(speaker, null, statementWritten != null ? statementWritten : asWritten);
            claims.add(new QuoteClaim(null, quote, last, a.direct(), null,
                    nt.original().substring(sentence[0], sentence[1]).strip(), new Span(span[0], span[1]), false, sourcing));
        }
        return claims;
    }

    private static final int LONGEST_RELATIVE_ANTECEDENT = 6;

    /**
     * "the United Nations mission, which said": the words before the comma that a relative pronoun
     * at {@code at} follows, back to a speaker stop or verb, from a speaker head when there is one
     * (وفق ما أعلنته نقابة الصحفيين، التي → نقابة الصحفيين; without a comma too: الحركة التي وصفت).
     */
    private String nameBeforeRelative(String original, int at) {
        String head = original.substring(0, at).stripTrailing();
        if (head.isEmpty()) {
            return null;
        }
        boolean comma = head.charAt(head.length() - 1) == ',' || head.charAt(head.length() - 1) == '\u060C';
        String[] words = WHITESPACE.split((comma ? head.substring(0, head.length() - 1) : head).strip());
        int from = words.length;
        int headAt = -1;
        while (from > 0 && words.length - from < LONGEST_RELATIVE_ANTECEDENT) {
            String w = Lexicon.norm(words[from - 1]);
            if (w.isEmpty() || lexicon.isStop(w) || lexicon.verb(w) != null
                    || !Character.isLetter(w.charAt(w.length() - 1)) && !pluralPossessive(w)) {
                break;
            }
            from--;
            if (lexicon.isHead(w)) {
                headAt = from;
            }
        }
        int start = headAt >= 0 ? headAt : from;
        return start >= words.length ? null : String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }

    /**
     * Whether {@code word} is a plural possessive, an apostrophe after its final s ("workers'", "teachers’"): a word of the
     * noun phrase ("the workers' union, which said …"), no quotation mark.
     */
    private static boolean pluralPossessive(String word) {
        int n = word.length();
        return n >= 3 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '\u2019')
                && Character.toLowerCase(word.charAt(n - 2)) == 's' && Character.isLetter(word.charAt(n - 3));
    }

    /**
     * The words of a reported statement end where another attribution's speaker begins: "said that
     * schools would reopen, and described the flooding as «…»" reports "schools would reopen".
     */
    private static Span reportedUpToNext(Attribution a, List<Attribution> found) {
        if (a.direct()) {
            return a.quote();
        }
        int end = a.quote().end();
        for (Attribution b : found) {
            // a statement whose speaker stands before it starts where it says it does ("…, but warned that …")
            int from = b.speaker() == null ? -1 : b.speaker().start() > a.quote().start() ? b.speaker().start() : b.start();
            if (b != a && from > a.quote().start() && from < end) {
                end = from;
            }
        }
        return end == a.quote().end() ? a.quote() : new Span(a.quote().start(), end);
    }

    /**
     * What an anaphor stands for: the last named speaker sharing its noun ("الوزارة" → "وزارة
     * الداخلية السورية", "the ministry" → "the Interior Ministry"), else the last named one that
     * agrees with {@code demand} ("he" passes over "the Interior Ministry" to "Ali Saleh", "وقالت"
     * over "وزير الداخلية" to "الوزارة"), else, when none does, the last named one. {@code sharing}
     * is {@link #sharingNoun}'s answer for the anaphor, worked out once by the caller.
     */
    private String antecedent(String anaphor, String sharing, List<Named> named, Agreement.Kind demand) {
        if (named.isEmpty()) {
            return anaphor;
        }
        if (sharing != null) {
            return sharing;
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            if (named.get(i).agrees(demand)) {
                return named.get(i).text();
            }
        }
        return named.get(named.size() - 1).text();
    }

    /**
     * Whether {@code speaker}, one word with the article, is the head noun an earlier named speaker opens with
     * ("وقالت المصادر" after "بحسب مصادر أمنية", "وأفاد النادي" after "نادي الأسير الفلسطيني", "وقال العميد" after
     * "عميد البلدية"): it refers back to that speaker as the listed {@code anaphors} do. A definite one of the
     * {@code speaker_heads} names a speaker of its own ("وقال الرئيس" after "رئيس الوزراء" is the head of state).
     */
    private boolean headOfNamed(String speaker, List<Named> named) {
        if (speaker.indexOf(' ') >= 0 || !hasArticle(speaker) || lexicon.isHead(speaker)) {
            return false;
        }
        String noun = lexicon.article().matcher(speaker).replaceFirst("");
        return named.stream().anyMatch(n -> n.words().size() > 1 && n.words().get(0).equals(noun));
    }

    /**
     * The last of {@code named} holding the noun of {@code anaphor} (normalised: "the ministry" → "the Interior
     * Ministry"), or null.
     */
    private String sharingNoun(String anaphor, List<Named> named) {
        if (anaphor != null && hasArticle(anaphor)) {
            // "the ministry": the last name with its noun; a pronoun ("he") has no noun to share, and takes the last one
            String noun = lexicon.article().matcher(anaphor).replaceFirst("");
            for (int i = named.size() - 1; i >= 0; i--) {
                // "المجلس" after "المجلس الوطني للأمن": a name opening with the anaphor itself, its noun with the article
                if (named.get(i).words().contains(noun) || named.get(i).words().size() > 1 && named.get(i).words().get(0).equals(anaphor)) {
                    return named.get(i).text();
                }
            }
        }
        return null;
    }

    /**
     * A speaker named earlier in the text, as written, with what every later anaphor asks of it worked out
     * once, when first asked: its normalised words (does it share the anaphor's noun?) and its kind (does it
     * agree with the pronoun or verb?).
     */
    private final class Named {
        private final String text;
        private List<String> words;
        private Agreement.Kind kind;

        Named(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        List<String> words() {
            if (words == null) {
                words = List.of(WHITESPACE.split(Lexicon.norm(text)));
            }
            return words;
        }

        /** Whether this speaker may be what {@code demand} asks for ({@link Agreement#agrees}). */
        boolean agrees(Agreement.Kind demand) {
            if (demand == Agreement.Kind.UNKNOWN || text == null) {
                return true;
            }
            if (kind == null) {
                kind = agreement.kind(text);
            }
            return Agreement.agrees(demand, kind);
        }
    }

    /** A figure joined by a hyphen, an age's: "34-" before "year-old". */
    private static final Pattern AGE_BEFORE = Pattern.compile("(?:(\\p{L}+)\\s+)?\\d{1,3}[-\u2010\u2011]$");

    /**
     * The speaker's words as written, with an age stand-in whole: "The 34-year-old told reporters" is said by "The
     * 34-year-old" (the speaker's words stop at the figure, which names no one alone); a {@code noun_markers} word before
     * the figure belongs to it, any other word does not.
     */
    private String withAgeBefore(NormalizedText nt, Span speaker) {
        int[] at = nt.toOriginal(speaker.start(), speaker.end());
        if (language != Language.EN || at[0] == 0) {
            return nt.original().substring(at[0], at[1]);
        }
        int windowStart = Math.max(0, at[0] - 24);
        if (!hyphenNearEnd(nt.original(), windowStart, at[0])) {
            return nt.original().substring(at[0], at[1]); // most speakers: the pattern, tried at each char, cannot match
        }
        java.util.regex.Matcher age = AGE_BEFORE.matcher(nt.original().substring(windowStart, at[0]));
        if (!age.find()) {
            return nt.original().substring(at[0], at[1]);
        }
        int from = at[0] - (age.end() - age.start());
        if (age.group(1) != null && !lexicon.isNounMarker(Lexicon.norm(age.group(1)))) {
            from = at[0] - (age.end() - age.end(1)); // the figure only, from the white space after the other word
            while (from < at[0] && Character.isWhitespace(nt.original().charAt(from))) {
                from++;
            }
        }
        return nt.original().substring(from, at[1]);
    }

    /**
     * Whether one of the last three chars of {@code text[from, to)} is a hyphen of {@link #AGE_BEFORE}: a match ends on
     * one, right before the end or before a line terminator ending the text ("\r\n" at most), so without one there is none.
     */
    private static boolean hyphenNearEnd(String text, int from, int to) {
        for (int k = Math.max(from, to - 3); k < to; k++) {
            char c = text.charAt(k);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb right after a speaker (past the {@code auxiliaries}), before its words or after them, is one of the
     * {@code generic_statement_verbs}: "Experts have warned that …" is the experts' statement, "Experts say …" their view; a
     * weather service's warning ({@code forecasters}) stays a forecast.
     */
    private boolean genericStatement(NormalizedText nt, Attribution a) {
        if (a.speaker() == null || a.quote() == null) {
            return false;
        }
        for (String w : nt.normalized().substring(a.speaker().start(), a.speaker().end()).strip().split("\\s+")) {
            if (lexicon.isForecaster(Lexicon.norm(w))) {
                return false; // "Forecasters warned that the storm would strengthen": a forecast (rule 3)
            }
        }
        String after = nt.normalized().substring(a.speaker().end(), Math.min(nt.normalized().length(), a.speaker().end() + 40));
        for (String w : after.strip().split("[^\\p{L}]+")) { // "Experts have warned that …" and "…, experts warned."
            String word = Lexicon.norm(w);
            if (!word.isEmpty() && !lexicon.isAuxiliary(word)) {
                return lexicon.isGenericStatementVerb(word);
            }
        }
        return false;
    }

    private static String original(NormalizedText nt, Span normalized) {
        int[] span = nt.toOriginal(normalized.start(), normalized.end());
        return nt.original().substring(span[0], span[1]); // with the last letter's harakat ("قريباً")
    }

    /** {@code speaker} without a {@code subject_articles} word opening it, in any case ("The ministry" → "ministry"). */
    private String withoutLeadingArticle(String speaker) {
        java.util.regex.Pattern leading = lexicon.leadingArticle();
        return leading == null ? speaker : leading.matcher(speaker).replaceFirst("");
    }

    /** Whether the normalised {@code speaker} is a statement's noun, with its article or without ("البيان", "بيان"). */
    private boolean statement(String speaker) {
        return lexicon.isStatementNounWithArticle(speaker);
    }

    /** Whether the normalised {@code speaker} opens with an article ("الوزارة", "the ministry"): a noun, not a pronoun. */
    private boolean hasArticle(String speaker) {
        java.util.regex.Pattern article = lexicon.article();
        return article != null && article.matcher(speaker).find();
    }

    /** The most words of a body's name {@link #bodyNamedBefore} reads. */
    private static final int LONGEST_BODY_NAME = 6;

    /**
     * The last body named in {@code text[0, end)} with {@code noun} (normalised, without its article) as its first
     * word, up to a punctuation mark, a speaker stop or a speech verb ("جهاز مكافحة الإرهاب العراقي" before "، اليوم"),
     * or null; a name of at least two words. The noun with its article opens a name too ("المجلس الوطني للأمن", "الاتحاد
     * الوطني لكرة القدم"), when words of the name follow it (not an earlier "وقال المجلس").
     */
    private String bodyNamedBefore(String text, int end, String noun) {
        String[] words = WHITESPACE.split(text.substring(0, Math.max(0, end)));
        String definite = Lexicon.norm(lexicon.withArticle(noun));
        for (int i = words.length - 2; i >= 0; i--) {
            String w = Lexicon.norm(words[i]);
            int clitic = lexicon.bodyCliticLength(w); // "بحسب بيان لوزارة الداخلية": the body named after the clitic ل
            if (w.equals(definite)) {
                String name = nameFrom(words, i, 0);
                if (name != null) {
                    return name;
                }
                continue;
            }
            if (!w.equals(noun) && !(clitic > 0 && w.substring(clitic).equals(noun))) {
                continue;
            }
            return nameFrom(words, i, w.equals(noun) ? 0 : clitic);
        }
        return null;
    }

    /**
     * The body whose statement was named in {@code text[0, end)}, last: "بيان لوزارة الداخلية السورية" → "وزارة الداخلية
     * السورية", "بلاغ للمديرية العامة" → "المديرية العامة", a {@code statement_nouns} word and a name written with a body
     * clitic; null when none was.
     */
    private String bodyOfStatementBefore(String text, int end) {
        String[] words = WHITESPACE.split(text.substring(0, Math.max(0, end)));
        for (int i = words.length - 2; i >= 0; i--) {
            String next = Lexicon.norm(words[i + 1]);
            int clitic = lexicon.bodyCliticLength(next);
            boolean article = clitic == 0 && lexicon.hasBodyCliticArticle(" " + words[i + 1]); // "بلاغ للمديرية العامة"
            if ((clitic > 0 || article) && next.length() > clitic + 2 && lexicon.isStatementNoun(Lexicon.norm(words[i]))) {
                String name = nameFrom(words, i + 1, article ? lexicon.withArticle("").length() : clitic);
                return name == null || !article ? name : lexicon.withArticle(name);
            }
        }
        return null;
    }

    /**
     * The name opening at {@code words[i]} (without its first {@code clitic} letters), up to a punctuation mark, a speaker
     * stop or a speech verb, at most {@link #LONGEST_BODY_NAME} words; null when it has fewer than two.
     */
    private String nameFrom(String[] words, int i, int clitic) {
        List<String> name = new ArrayList<>(List.of(WORD_MARKS.matcher(words[i].substring(clitic)).replaceAll("")));
        if (!words[i].substring(clitic).equals(name.get(0))) {
            return null; // "لوزارة،": one word, closed by its mark
        }
        boolean definite = lexicon.hasArticlePrefix(Lexicon.norm(name.get(0)));
        for (int j = i + 1; j < words.length && name.size() < LONGEST_BODY_NAME; j++) {
            String w = Lexicon.norm(WORD_MARKS.matcher(words[j]).replaceAll(""));
            if (w.isEmpty() || lexicon.isStop(w) || lexicon.verb(w) != null) {
                break;
            }
            boolean article = lexicon.hasArticlePrefix(w) || lexicon.hasArticlePrefix(lexicon.withoutProclitic(w))
                    || lexicon.hasBodyCliticArticle(" " + w) // "للأمن الوطني": the article behind the clitic
                    || lexicon.continuesBodyName(w); // "الاتحاد الوطني لكرة القدم": a body_name_clitic_words word
            if (definite && !article && !lexicon.isNameLink(w) && !lexicon.isNameLink(Lexicon.norm(name.get(name.size() - 1)))) {
                break; // "فرضت وزارة الداخلية العراقية حظراً …": the definite name ends before the verb's object
            }
            definite |= article;
            name.add(WORD_MARKS.matcher(words[j]).replaceAll(""));
            if (!words[j].equals(name.get(name.size() - 1))) {
                break; // "العراقي،": a mark closes the name
            }
        }
        return name.size() >= 2 ? String.join(" ", name) : null;
    }

    /**
     * The last organisation named before {@code end} ("The Sahel Relief Alliance on Friday
     * demanded ..."), for an anaphor no named speaker precedes; {@code null} when none is.
     */
    private String lastBodyName(String text, int end, String noun, CapitalisedNames names) {
        String any = null;
        String same = null;
        for (String name : names.before(Math.max(0, end))) {
            String[] words = WHITESPACE.split(name);
            String head = words[words.length - 1];
            if (words.length >= 2 && lexicon.isBodyHead(head)) {
                any = name;
                if (Lexicon.norm(head).equals(Lexicon.norm(noun))) {
                    same = name;
                }
            }
        }
        return same != null ? same : any;
    }

    /**
     * The runs of {@link Lexicon#capitalisedName()} in one text, found once and asked for many times: what
     * the regex finds in {@code text[0, end)} is every run that ends by {@code end}, and the one
     * that runs past it cut at {@code end} (the region hides the rest of it).
     */
    private static final class CapitalisedNames {
        private final String text;
        /** {@link Lexicon#capitalisedName()}: runs of capitalised words with the pack's inner words. */
        private final java.util.regex.Pattern name;
        private final List<int[]> runs = new ArrayList<>();
        /** How far the text has been read for {@link #runs}: every run that begins before it is there. */
        private int read;
        private java.util.regex.Matcher m;

        CapitalisedNames(String text, java.util.regex.Pattern name) {
            this.text = text;
            this.name = name;
        }

        List<String> before(int end) {
            if (m == null) {
                m = name.matcher(text);
            }
            // what find() gives, without trying the regex at every char: a run begins at any capital; read only as far
            // as asked (the runs that begin before end), the rest when a later quotation asks
            int k = read;
            while (k < text.length() && k < end) {
                int c = text.codePointAt(k);
                if ((c < 0x80 ? c >= 'A' && c <= 'Z' : Character.getType(c) == Character.UPPERCASE_LETTER) // ASCII without a table
                        && m.region(k, text.length()).lookingAt()) {
                    runs.add(new int[] {k, m.end()});
                    k = m.end();
                } else {
                    k += Character.charCount(c);
                }
            }
            read = k;
            List<String> out = new ArrayList<>();
            for (int[] run : runs) {
                if (run[0] >= end) {
                    break;
                }
                if (run[1] <= end) {
                    out.add(text.substring(run[0], run[1]));
                } else {
                    java.util.regex.Matcher cut = name.matcher(text).region(run[0], end);
                    if (cut.lookingAt()) {
                        out.add(cut.group());
                    }
                    break;
                }
            }
            return out;
        }
    }

    /**
     * "وقال بيان للجيش إن …", "وأوضح بيان لمديرية الصحة أن …": the body a statement is of speaks
     * (J20 of dev10), written as the text writes it elsewhere: "للجيش" is "الجيش", "للجهاز" the
     * "جهاز مكافحة الإرهاب" the text named before, "لمديرية الصحة" is "مديرية الصحة". Other
     * speakers come back as they are.
     */
    private String bodyOfStatement(String text, int at, String speaker) {
        java.util.regex.Pattern statementOfBody = lexicon.statementOfBody(); // made once from the packs' statement_nouns
        java.util.regex.Matcher m = statementOfBody == null ? null : statementOfBody.matcher(speaker);
        if (m == null || !m.matches()) {
            return speaker;
        }
        boolean article = lexicon.hasBodyCliticArticle(speaker); // "للجيش": the clitic with the article
        String rest = m.group(1);
        if (!article) {
            return rest;
        }
        String noun = WHITESPACE.split(rest)[0];
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(noun) + "(?: \\p{L}+){1,3}")
                .matcher(text).region(0, Math.max(0, at));
        String found = null;
        int foundEnd = -1;
        while (named.find()) {
            found = named.group(); // "قوة من جهاز مكافحة الإرهاب، …": the body's full name, the last one before
            foundEnd = named.end();
        }
        return found != null && !rest.contains(" ") ? withLinkedWord(text, found, foundEnd) : lexicon.withArticle(rest);
    }

    /** The word after a name read a few words on that ends in one of the {@code name_links}: "قيادة العمليات المشتركة في" + "العراق". */
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\G \\p{L}+");

    private String withLinkedWord(String text, String name, int end) {
        String[] words = WHITESPACE.split(name);
        if (words.length < 2 || !lexicon.isNameLink(Lexicon.norm(words[words.length - 1]))) {
            return name;
        }
        java.util.regex.Matcher next = NEXT_WORD.matcher(text);
        return next.find(end) ? name + next.group() : name;
    }

    /** "' the organisation" after a closing single quote: the mark and commas are not the speaker's. */
    private static String trimSpeaker(String speaker) {
        if (!speaker.isEmpty() && !isSpeakerMark(speaker.charAt(0)) && !mayEndInSpeakerMarks(speaker.charAt(speaker.length() - 1))) {
            return speaker; // the usual case, without searching the whole speaker for a final run
        }
        if (closesName(speaker)) {
            return speaker; // "حركة «حماس»": the marks around a name in the speaker are the speaker's
        }
        String trimmed = SPEAKER_MARKS.matcher(speaker).replaceAll("");
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Whether {@code speaker} ends in a closing mark whose opening one stands inside it, after its first word. */
    private static boolean closesName(String speaker) {
        char last = speaker.charAt(speaker.length() - 1);
        int open = switch (last) {
            case '\u00BB' -> speaker.indexOf('\u00AB');
            case '\u201D' -> speaker.indexOf('\u201C');
            case '"' -> speaker.indexOf('"');
            default -> -1;
        };
        return open > 0 && open < speaker.length() - 1 && !Character.isWhitespace(speaker.charAt(0));
    }

    /** A char of {@link #SPEAKER_MARKS}' class: white space, an opening or closing quotation mark, a comma or colon. */
    private static boolean isSpeakerMark(char c) {
        int type = Character.getType(c);
        return " \t\n\u000B\f\r'\"«»,،:".indexOf(c) >= 0 || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /**
     * Whether {@link #SPEAKER_MARKS} may match at the end of a text ending in {@code last}: one of
     * its marks, or a line terminator, before which {@code $} matches too.
     */
    private static boolean mayEndInSpeakerMarks(char last) {
        return isSpeakerMark(last) || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    private static String trimQuote(String quote) {
        String stripped = quote.strip();
        java.util.regex.Matcher nested = mayCloseNested(stripped) ? NESTED_CLOSE.matcher(stripped) : null;
        if (nested != null && nested.find() && opensNested(stripped, nested.start(), nested.group(1).equals("'"))) {
            // "He told us, 'Leave now,'": the full stop or comma before a nested quotation's closing mark, as before the outer one
            return stripped.substring(0, nested.start()) + nested.group(1);
        }
        if (stripped.isEmpty() || !mayEndInPunctuation(stripped.charAt(stripped.length() - 1))) {
            return stripped; // the usual case, without searching the whole quote for a final run
        }
        return TRAILING_PUNCTUATION.matcher(stripped).replaceAll("").strip();
    }

    /**
     * Whether a single opening mark stands in {@code quote} before {@code end}: a curly ‘ anywhere, a straight ' only
     * at an opening position (the start, after white space or opening punctuation), since one inside a word or after
     * it is an apostrophe ("don't", "the workers'").
     */
    private static boolean opensNested(String quote, int end, boolean straight) {
        if (!straight) {
            return quote.lastIndexOf('\u2018', end) >= 0;
        }
        for (int i = quote.lastIndexOf('\'', end); i >= 0; i = i == 0 ? -1 : quote.lastIndexOf('\'', i - 1)) {
            if (i == 0 || opensAfter(quote.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mark after {@code c} stands at an opening position: white space or opening punctuation. */
    private static boolean opensAfter(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\u00AB';
    }

    /**
     * False when {@link #NESTED_CLOSE} cannot match in {@code stripped}: its closing mark stands last, or before a
     * final line terminator ({@code $} matches there too; {@code strip} leaves only U+0085 of those). Most quotes end
     * otherwise, and the regex tries its run of stops at every char.
     */
    private static boolean mayCloseNested(String stripped) {
        int n = stripped.length();
        return n > 0 && isNestedCloseMark(stripped.charAt(n - 1)) || n > 1 && isNestedCloseMark(stripped.charAt(n - 2));
    }

    private static boolean isNestedCloseMark(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * Whether {@link #TRAILING_PUNCTUATION} may match a text ending in {@code last}: one of its
     * characters, or a line terminator, before which {@code $} matches too.
     */
    private static boolean mayEndInPunctuation(char last) {
        return " \t\n\u000B\f\r.,،:;؛\u0085\u2028\u2029".indexOf(last) >= 0;
    }
}
