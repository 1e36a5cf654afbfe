package org.corroborate.extract.quote;

import org.corroborate.text.Sentences;
import org.corroborate.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.corroborate.api.Language;
import org.corroborate.api.Span;

/** The attributions of one sentence: direct quotes first, then reported speech with the verbs left. */
final class Attributions {
    private static final int MAX_SPEAKER_WORDS = 8;
    private static final int MAX_GAP_TO_COMPLEMENTIZER = 6;

    private final Lexicon lexicon;
    private final boolean english;
    private final String text;
    private final Sentences.Sentence sentence;
    private final List<Token> tokens;
    private final List<int[]> quotes;
    /*
     * Sets of token indices, each a flag per token (an array rather than a set of boxed indices: they are asked at every
     * word a speaker or a verb is sought at, in every sentence).
     */
    /** The marks around names of speakers (حركة «حماس»), which are no quotation. */
    private final boolean[] nameMarks;
    /** The opening marks of the quotations read as direct quotes of a speaker (by {@link #find}, before reported words). */
    private final boolean[] attributedMarks;
    /** The words inside those marks («أطباء من أجل السلام»), every one part of the name. */
    private final boolean[] markedNameWords;
    /** The single quotation marks that open or close a quotation (‘…’, '…'), not apostrophes. */
    private final boolean[] singleMarks;
    /** The speech verbs a quotation was already read after, which report nothing more. */
    private final boolean[] usedVerbs;
    /**
     * Each token's {@link Lexicon#speech} (verb group and source), read once when first asked: a
     * sentence's verbs are asked for again and again, and nearly every token is asked both.
     */
    private final Lexicon.Speech[] speech;
    private final Agreement agreement;
    /** {@link #datelineEnd()}, worked out when first asked ({@link #NOT_READ} before). */
    private int datelineEnd = NOT_READ;
    private static final int NOT_READ = -2;
    private Span lastSpeaker;

    Attributions(Lexicon lexicon, Language language, String text, Sentences.Sentence sentence, List<Token> tokens) {
        this.lexicon = lexicon;
        this.english = language == Language.EN;
        this.text = text;
        this.sentence = sentence;
        this.tokens = tokens;
        this.speech = new Lexicon.Speech[tokens.size()];
        this.agreement = new Agreement(lexicon, english);
        this.nameMarks = new boolean[tokens.size()];
        this.attributedMarks = new boolean[tokens.size()];
        this.markedNameWords = new boolean[tokens.size()];
        this.singleMarks = new boolean[tokens.size()];
        this.usedVerbs = new boolean[tokens.size()];
        this.quotes = quoteMarks(text, tokens, singleMarks);
        List<int[]> names = new ArrayList<>(); // all read before any is removed: namesSpeaker reads the quotes
        for (int[] q : quotes) {
            if (namesSpeaker(q) || nicknamed(q) || nicknameInName(q) || capitalisedName(q) || titledName(q) || addressedOutlet(q)) {
                names.add(q);
            }
        }
        for (int[] q : names) {
            nameMarks[q[0]] = true;
            nameMarks[q[1]] = true;
            for (int i = q[0] + 1; i < q[1]; i++) {
                markedNameWords[i] = true;
            }
        }
        if (!names.isEmpty()) {
            quotes.removeAll(names);
        }
    }

    private static final int MAX_NAME_WORDS = 4;

    /** The dashes that close a dateline ("GENEVA (AFP) - …"), as tokens. */
    private static final Set<String> DASHES = Set.of("-", "\u2014", "\u2013");

    /**
     * "captured alias 'El Zarco', a dissident commander": a nickname in marks after one of the {@code name_introducers}
     * (alias, known as), a name of at most {@link #MAX_NAME_WORDS} words, not a quotation.
     */
    private boolean nicknamed(int[] q) {
        if (q[1] - q[0] - 1 > MAX_NAME_WORDS || q[1] <= q[0] + 1) {
            return false;
        }
        for (List<String> phrase : lexicon.nameIntroducers()) {
            int at = q[0] - phrase.size();
            if (at >= 0 && matches(phrase, at)) {
                return true;
            }
        }
        return false;
    }

    /** How many words a nickname in marks inside a person's name may take ("محمد «أبو علي» العلي"). */
    private static final int MAX_NICKNAME_WORDS = 2;

    /**
     * Arabic: "القيادي محمد "جاكا" العلي قال إن …", "وقال قائد الفصيل، محمد «جاكا» العلي، إن …": marks around a nickname of
     * one or two words between a person's first name and the rest of the name, part of the name, no quotation. The first
     * name has no article nor clitic and follows a title with the article, a speaker head, a mark or the sentence's start;
     * after the closing mark comes the rest of the name, a word with the article (العلي، الشامي) or one that ends the name
     * (before a comma, a speech verb or a complementizer), so a quoted word inside what is said ("إن «الحل» …", "وجدت
     * «أضراراً جسيمة» في …") stays a quotation.
     */
    private boolean nicknameInName(int[] q) {
        if (english || q[1] <= q[0] + 1 || q[1] - q[0] - 1 > MAX_NICKNAME_WORDS || q[0] == 0 || q[1] + 1 >= tokens.size()) {
            return false;
        }
        for (int i = q[0] + 1; i < q[1]; i++) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
        }
        int first = q[0] - 1;
        int after = q[1] + 1;
        if (!nameLike(first) || !nameLike(after) || lexicon.hasArticlePrefix(word(first)) || lexicon.hasStopPrefix(word(first))
                || !lexicon.withoutProclitic(word(first)).equals(word(first)) || !lexicon.withoutProclitic(word(after)).equals(word(after))
                || lexicon.isNameLink(word(after)) || !lexicon.hasArticlePrefix(word(after)) && !nameEndsAt(after + 1)) {
            return false; // "أن فرق الصيانة وجدت «أضراراً جسيمة» في …": a verb before the marks, a preposition after them
        }
        int title = first - 1;
        return title < 0 || tokens.get(title).punctuation() && !isQuoteMark(title) || lexicon.hasArticlePrefix(word(title))
                || lexicon.isHead(word(title)) || isVerb(title);
    }

    /** Whether a name may end before {@code i}: a comma, a colon, a speech verb, a complementizer or the sentence's end. */
    private boolean nameEndsAt(int i) {
        return i >= tokens.size() || isComma(i) || ":".equals(word(i)) || isVerb(i) || lexicon.isComplementizer(word(i));
    }

    /** Whether the token at {@code i} may be a word of a person's name: a word, no stop word, complementizer or speech verb. */
    private boolean nameLike(int i) {
        return !tokens.get(i).punctuation() && !isQuoteMark(i) && !lexicon.isStop(word(i))
                && !lexicon.isComplementizer(word(i)) && !isVerb(i) && !Character.isDigit(word(i).codePointAt(0));
    }

    /** How many words may stand between an addressed outlet's closing mark and the complementizer ("اليوم الأربعاء"). */
    private static final int MAX_WORDS_AFTER_OUTLET = 3;

    /**
     * Arabic: "وقال مدير الدفاع المدني، لـ"وفا"، إن …", "وقال مصدر أمني لـ«الشرق الأوسط» إن …": marks right after one of
     * the {@code addressee_clitics} standing alone, around a name of a few words with no punctuation, with what was said
     * opening soon after the closing mark (a complementizer or a colon, past commas and a few words of time): the outlet
     * the words were said to, no quotation.
     */
    private boolean addressedOutlet(int[] q) {
        if (english || q[0] == 0 || q[1] <= q[0] + 1 || q[1] - q[0] - 1 > MAX_NAME_WORDS
                || !lexicon.isAddresseeClitic(word(q[0] - 1))) {
            return false;
        }
        for (int i = q[0] + 1; i < q[1]; i++) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
        }
        int words = 0;
        for (int i = q[1] + 1; i < tokens.size(); i++) {
            if (lexicon.isComplementizer(word(i)) || ":".equals(word(i))) {
                return true;
            }
            if (tokens.get(i).punctuation() ? !isComma(i) : !lexicon.isAnnouncementTime(word(i)) || ++words > MAX_WORDS_AFTER_OUTLET) {
                return false; // "تعرّض القاعدة لـ«هجوم إرهابي»، من دون أن …": words in marks that are what was said
            }
        }
        return false;
    }

    /** How many words a name or title in marks after one of the {@code name_heads} may take ("رواية «…»"). */
    private static final int MAX_NAMED_TITLE_WORDS = 7;

    /**
     * Arabic: "وفق فريق «منسقو استجابة سوريا»", "في بيان نشرته وكالة «أعماق»", "روايته الأولى بعنوان «…»": marks right after
     * one of the {@code name_heads} (an indefinite body, medium or work noun, or "titled"), with و/ف or ب/ل written on it,
     * around a name or title of a few words with no punctuation: a name, no quotation (B6 of blind7: titles are no quotes).
     */
    private boolean titledName(int[] q) {
        if (english || q[0] == 0 || q[1] <= q[0] + 1 || q[1] - q[0] - 1 > MAX_NAMED_TITLE_WORDS || tokens.get(q[0] - 1).punctuation()) {
            return false;
        }
        for (int i = q[0] + 1; i < q[1]; i++) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
        }
        String before = word(q[0] - 1);
        String bare = lexicon.withoutProclitic(before);
        return lexicon.isNameHead(before) || lexicon.isNameHead(bare)
                || bare.length() > 3 && lexicon.bodyCliticLength(bare) > 0 && lexicon.isNameHead(bare.substring(lexicon.bodyCliticLength(bare)))
                || bare.length() > 3 && lexicon.hasInChargeClitic(bare) && lexicon.isNameHead(bare.substring(1));
    }

    /**
     * English: "The group “Doctors for Peace” said …", "a spokesman for “Free Press” said …": marks around a name in
     * the sentence's run, not a quotation. The marked words are a few capitalised ones, with only the {@code
     * name_inner_words} (of, for, and, the) in lower case and no punctuation, and the sentence goes on after the
     * closing mark with a word; a quotation opens after punctuation or ends on it ("“Never,” he said", ": “…”").
     */
    private boolean capitalisedName(int[] q) {
        if (!english || q[1] <= q[0] + 1 || q[1] - q[0] - 1 > MAX_NAME_WORDS || q[0] == 0 || q[1] + 1 >= tokens.size()
                || tokens.get(q[0] - 1).punctuation() || tokens.get(q[1] + 1).punctuation()) {
            return false;
        }
        for (int i = q[0] + 1; i < q[1]; i++) {
            if (tokens.get(i).punctuation() || !Character.isUpperCase(text.codePointAt(tokens.get(i).start()))
                    && (i == q[0] + 1 || !lexicon.isNameInnerWord(word(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "وقالت حركة «حماس» في بيان إن …", "نقلت الوكالة السورية للأنباء «سانا» عن …": marks around the
     * name of a speaker, after which the attribution goes on. They close the words right after a
     * speech verb, and that verb's عن or complementizer follows them with no other verb between
     * («لن نتراجع» مؤكداً أن … is a quotation).
     */
    private boolean namesSpeaker(int[] q) {
        // "وكتب الوزير على منصة «إكس»: «…»": a colon and the opening of another quotation close the attribution
        boolean colonThenQuotation = q[1] + 2 < tokens.size() && ":".equals(tokens.get(q[1] + 1).word()) && isQuoteMark(q[1] + 2);
        if (!english && q[1] - q[0] == 2 && q[0] > 0 && !tokens.get(q[0] - 1).punctuation() && onlyPunctuationFrom(q[1] + 1)
                && sourceRightBefore(q[0])) {
            return true; // "…، وفق إدارة الكوارث والطوارئ التركية «آفاد».": one word closing the source's name (dev30-ar-013)
        }
        int apposed = english ? -1 : nameInAppositionEnd(q[1] + 1);
        if (q[1] - q[0] - 1 > MAX_NAME_WORDS || q[0] == 0 || q[1] + 1 >= tokens.size()
                || tokens.get(q[0] - 1).punctuation() || tokens.get(q[1] + 1).punctuation() && !colonThenQuotation && apposed < 0) {
            return false;
        }
        for (int i = q[0] + 1; i < q[1]; i++) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
        }
        if (english) {
            return false; // English writes such names without marks; its marks after a noun are scare quotes
        }
        if (q[1] - q[0] == 2 && headRightBefore(q[0])) {
            return true; // "بحسب ما نقلته وكالة الأنباء الرسمية «واع» التابعة للحكومة عن …": one word closing a body's name
        }
        int verb = lastVerb(0, q[0]);
        // "وأعلنت «قسد» في بيان اليوم السبت أنها …": right after the verb too, the marks name its subject (not after a
        // describing verb: "ووصف «الاتفاق» بأنه …" quotes what is described)
        if (verb < 0 || q[0] - verb - 1 < (describes(verb) ? 1 : 0) || q[0] - verb - 1 > MAX_SPEAKER_WORDS) {
            return false;
        }
        for (int i = verb + 1; i < q[0]; i++) {
            if (tokens.get(i).punctuation() || lexicon.isComplementizer(word(i))) {
                return false; // "قال إن حركة «حماس» …": inside what is said, not its speaker
            }
        }
        if (colonThenQuotation) {
            return true; // the name of the medium the speaker wrote on (N12 of dev13: «إكس» is no quote)
        }
        if (relays(verb) && (lexicon.isRelayPreposition(word(q[1] + 1))
                || q[1] + 2 < tokens.size() && !tokens.get(q[1] + 1).punctuation() && lexicon.isRelayPreposition(word(q[1] + 2)))) {
            return true; // also "ونقلت شبكة «…» المحلية عن": an adjective of the name before عن (M5 of dev12)
        }
        int from = apposed > 0 ? apposed : q[1] + 1; // "رئيس نادي «النجم»، سامي حداد، إن …": past the speaker's name
        for (int i = from; i < Math.min(tokens.size(), from + MAX_GAP_TO_COMPLEMENTIZER); i++) {
            if (apposed > 0 && ":".equals(word(i)) && i + 1 < tokens.size() && isQuoteMark(i + 1)) {
                return true; // "…، سامي حداد، للصحفيين: «…»": the colon and the quotation open what was said
            }
            if (tokens.get(i).punctuation() && !isComma(i) || isVerb(i)) {
                return false;
            }
            if (!tokens.get(i).punctuation() && lexicon.isComplementizer(word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arabic: the index after a person's name set off by a comma at {@code comma}, right after a body's name in marks
     * inside the speaker's title ("وقال رئيس نادي «النجم»، سامي حداد، للصحفيين: «…»"): two to four words, none
     * punctuation, a stop, a complementizer or a verb, closed by a comma or a colon; -1 when none stands there
     * ("إن «الإصلاحات»، التي أقرها البرلمان، …" is no name).
     */
    private int nameInAppositionEnd(int comma) {
        if (comma >= tokens.size() || !isComma(comma)) {
            return -1;
        }
        int end = comma + 1;
        while (end < tokens.size() && end - comma <= 4 && !tokens.get(end).punctuation() && !lexicon.isStop(word(end))
                && !lexicon.isComplementizer(word(end)) && !isVerb(end)) {
            end++;
        }
        boolean closed = end < tokens.size() && (isComma(end) || ":".equals(word(end)));
        return closed && end - comma - 1 >= 2 ? (isComma(end) ? end + 1 : end) : -1;
    }

    /** A source word (وفق، بحسب) among the few words before {@code mark}, with no punctuation between. */
    private boolean sourceRightBefore(int mark) {
        for (int i = mark - 1; i >= 0 && i >= mark - MAX_SPEAKER_WORDS - 1; i--) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
            if (isSource(i)) {
                return true;
            }
        }
        return false;
    }

    /** A speaker head among the few words before {@code mark}, with no punctuation between: "وكالة الأنباء اليمنية «…»". */
    private boolean headRightBefore(int mark) {
        for (int i = mark - 1; i >= 0 && i >= mark - MAX_NAME_WORDS; i--) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
            if (lexicon.isHead(word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attributions of the sentence. {@code carried}: the speaker of the direct quote just
     * before, in the same paragraph, for a quotation that stands alone as a sentence ("“We will
     * rebuild,” the governor said. “Every house will be restored.”").
     */
    List<Attribution> find(Span carried) {
        List<Attribution> out = new ArrayList<>();
        boolean previousAttributed = false;
        for (int k = 0; k < quotes.size(); k++) {
            int[] q = quotes.get(k);
            int leftFrom = k > 0 ? quotes.get(k - 1)[1] + 1 : 0;
            int rightTo = k + 1 < quotes.size() ? quotes.get(k + 1)[0] : tokens.size();
            Attribution a = direct(q, leftFrom, rightTo);
            if (a == null && previousAttributed && (onlyLinks(leftFrom, q[0]) || predicateGoesOn(leftFrom, q[0]))) {
                a = Attribution.of(content(q), lastSpeaker, true, sentence); // «…» وإن «…»: same speaker
            }
            if (a == null && carried != null && standsAlone(q)) {
                a = Attribution.of(content(q), carried, true, sentence);
            }
            Span headline = a == null ? headlineSpeaker() : null;
            if (headline != null && q[0] > indexAfter(headline)) {
                a = Attribution.of(content(q), headline, true, sentence); // "EU migration chief: Libyan centres 'unfit for humans'"
            }
            if (a != null) {
                out.add(a);
                lastSpeaker = a.speaker();
                attributedMarks[q[0]] = true;
            }
            previousAttributed = a != null;
        }
        List<Attribution> continued = new ArrayList<>();
        for (Attribution a : out) {
            Attribution c = english && a.direct() && a.speaker() != null ? linkedClauseAfter(a) : null;
            if (c != null) {
                continued.add(c);
            }
        }
        for (Attribution r : reported()) {
            if (!r.direct() || !sameQuote(out, r)) {
                out.add(r); // "«…»، وفق X": the quotation the direct reading found once
            }
        }
        for (Attribution c : continued) {
            if (!sameQuote(out, c)) {
                out.add(c);
            }
        }
        Span headline = out.isEmpty() && quotes.isEmpty() && !english ? headlineSpeaker() : null;
        if (headline != null) {
            // "وزير الخارجية الأردني: لا حل عسكرياً في السودان": a headline's words after its speaker and a colon, without
            // marks, are reported (an editor cannot take them as the speaker's exact words)
            int from = indexAfter(headline) + 1;
            int to = tokens.size();
            while (to > from && tokens.get(to - 1).punctuation()) {
                to--;
            }
            if (to - from >= MIN_HEADLINE_WORDS) {
                out.add(Attribution.of(span(from, to), headline, false, sentence));
            }
        }
        return out;
    }

    /**
     * English: a second reported clause linked right after the closing mark of a mixed quotation ('said the talks were
     * "constructive" and that a deal could come within weeks'): the quoted words are the direct claim, the clause after
     * "and that" a reported one of the same speaker (rules 24 and 25; blind7 #14; the dev10, dev16, dev20 and dev23 gold).
     * Null when no "and that" follows, or when no speech verb stands before the quotation. Arabic writers keep «وإن …»
     * in the statement before it (dev16-ar-010, B14 of dev24), and no claim is made of it here.
     */
    private Attribution linkedClauseAfter(Attribution a) {
        int close = -1;
        for (int[] q : quotes) {
            if (tokens.get(q[0]).start() <= a.quote().start() && tokens.get(q[1]).end() >= a.quote().end()) {
                close = q[1];
                break;
            }
        }
        if (close < 0 || a.speaker().start() > a.quote().start() || lastVerb(0, close) < 0) {
            return null;
        }
        int i = close + 1;
        int complementizer = i + 1 < tokens.size() && lexicon.isClauseLink(word(i)) && lexicon.isComplementizer(word(i + 1)) ? i + 1 : -1;
        Span clause = complementizer < 0 ? null : clause(complementizer + 1);
        return clause == null ? null : Attribution.of(clause, a.speaker(), false, sentence).startingAt(tokens.get(i).start());
    }

    /** How many words a headline statement after its speaker's colon takes at least. */
    private static final int MIN_HEADLINE_WORDS = 3;

    /**
     * A headline's speaker: the sentence opens with a few words and a colon, with no verb and no other punctuation before
     * it, and those words name a speaker — in Arabic opening with a speaker head ("مصدر طبي:"، "وزير الخارجية الأردني:"),
     * in English ending in a person's or body's noun or title ("EU migration chief:"). Null otherwise.
     */
    private Span headlineSpeaker() {
        int colon = -1;
        for (int i = 0; i < Math.min(tokens.size(), MAX_NAME_WORDS + 2); i++) {
            if (tokens.get(i).punctuation()) {
                colon = ":".equals(word(i)) ? i : -1;
                break;
            }
            if (isVerb(i)) {
                return null;
            }
        }
        if (colon < 1 || colon + 1 >= tokens.size()) {
            return null;
        }
        boolean names = english ? subjectNoun(colon - 1) : lexicon.isHead(word(0));
        return names ? span(0, colon) : null;
    }

    /** How many words a phrase fronted before the speaker may take ("Earlier this month,"). */
    private static final int MAX_FRONTED_WORDS = 3;

    /**
     * "Earlier this month, the ministry said exports would be halted", "Speaking to reporters on
     * Monday, the minister said …": a short phrase (or a participle's) before the comma and a clause
     * with an auxiliary after the verb — the phrase is the statement's time or
     * place (J13 of dev10), what was said follows the verb. "Ten people died, officials said on
     * Sunday." keeps its clause before.
     */
    private boolean frontedAdverbial(int comma, int v) {
        if (!english || comma < 0) {
            return false;
        }
        int words = 0;
        for (int i = datelineEnd() + 1; i < comma; i++) {
            if (!tokens.get(i).punctuation()) {
                words++;
            }
        }
        int first = datelineEnd() + 1;
        boolean participle = first < comma && lexicon.isFrontedParticiple(word(first)) && words <= MAX_SPEAKER_WORDS; // "Speaking to reporters on Monday,"
        if (words == 0 || words > MAX_FRONTED_WORDS && !participle) {
            return false;
        }
        return clauseAfter(v);
    }

    /**
     * English: whether the words from the sentence's start (after a dateline) to the comma at {@code comma} are a
     * statement's medium: "in" and one of the {@code statement_nouns} a few words on ("In a statement on its radio
     * station,", "In a joint statement,"). With a clause after the verb {@code v} ({@link #clauseAfter}), "in" and an
     * indefinite article open one too, whatever its noun: "In a posting on its website, the group said it had seized the
     * depot", "In a video released on Sunday, the rebels said they had …" — a phrase with no verb of its own says nothing.
     */
    private boolean frontedMedium(int comma, int v) {
        int first = datelineEnd() + 1;
        if (comma <= first || first + 1 >= tokens.size() || !lexicon.isMediumPreposition(word(first).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (lexicon.isIndefiniteArticle(word(first + 1)) && clauseAfter(v) && noPunctuation(first + 1, comma)) {
            return true;
        }
        for (int j = first + 1; j < comma && j - first <= MAX_MEDIUM_WORDS; j++) {
            if (tokens.get(j).punctuation()) {
                return false;
            }
            if (lexicon.isStatementNoun(word(j))) {
                for (int k = j + 1; k < comma; k++) {
                    if (tokens.get(k).punctuation()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether an auxiliary stands after the verb before the next comma: a clause follows ("said the road had reopened"). */
    private boolean clauseAfter(int v) {
        for (int i = v + 1; i < tokens.size() && !isComma(i); i++) {
            if (!tokens.get(i).punctuation() && lexicon.isAuxiliary(word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a past verb stands before the next comma after the verb {@code v} and a subject of two words or more ("saying
     * the rupiah needed support", "saying rising household debt and a weak won called for caution", blind9 #14): a
     * clause, as an auxiliary makes one ({@link #clauseAfter}). Not a past right after a noun marker ("the reported
     * figures"), nor one that is a speech verb of its own.
     */
    private boolean pastAfterSubject(int v) {
        for (int i = v + 3; i < tokens.size() && !isComma(i) && !tokens.get(i).punctuation(); i++) {
            if (lexicon.hasPastParticipleEnding(word(i)) && !lexicon.isNounMarker(word(i - 1)) && !lexicon.isStop(word(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** How many words a predicate going on between two quotations may take ("and would be freed"). */
    private static final int MAX_PREDICATE_WORDS = 8;

    /**
     * "said the photographer had been “working without a permit” and would be freed “soon”": between
     * two quotations the same subject's predicate goes on ("and" with an auxiliary, no comma), so the
     * second quotation is the same speaker's (J18, J19 of dev10). Not "but rivals called it “…”".
     */
    private boolean predicateGoesOn(int from, int to) {
        if (!english || to - from < 3 || to - from > MAX_PREDICATE_WORDS
                || !lexicon.isPredicateConjunction(word(from)) || !lexicon.isAuxiliary(word(from + 1))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (tokens.get(i).punctuation() || isVerb(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the sentence is the quotation alone (and its punctuation). */
    private boolean standsAlone(int[] q) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((i < q[0] || i > q[1]) && !tokens.get(i).punctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "بيان صادر عن X", "a statement from X": X is who the next anaphoric speaker means. Most
     * sentences have not even the longest word of a phrase, and are not matched phrase by phrase.
     */
    List<Source> statementSources() {
        if (!marksStatementSource()) {
            return List.of();
        }
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) { // in text order, as QuoteFinder reads them
            List<List<String>> phrases = lexicon.statementSourcesStartingWith(word(i));
            for (int p = 0; p < phrases.size(); p++) { // by index: most words begin none, and an iterator was made for each
                List<String> phrase = phrases.get(p);
                if (i + phrase.size() <= tokens.size() && matches(phrase, i)) {
                    Span speaker = speakerAfter(i + phrase.size(), tokens.size());
                    if (speaker != null) {
                        out.add(new Source(tokens.get(i).start(), speaker));
                    }
                }
            }
        }
        return out;
    }

    /** Whether a token of the sentence is a {@link Lexicon#marksStatementSource} word (a loop over the tokens' {@link Lexicon#speech}). */
    private boolean marksStatementSource() {
        for (int i = 0; i < tokens.size(); i++) {
            if (speech(i).mark()) { // the lookup that also reads the token as a verb and a source, for later
                return true;
            }
        }
        return false;
    }

    private Attribution direct(int[] q, int leftFrom, int rightTo) {
        int verb = lastVerb(leftFrom, q[0]);
        while (verb >= 0 && relativeAsideAt(leftFrom, verb) && closedAside(leftFrom, verb, q[0])) {
            // "وأضاف الضابط، الذي طلب عدم ذكر اسمه، أن «…»", "the officer, who asked not to be named, said": a verb in a
            // closed relative aside on the speaker is not the quotation's
            verb = lastVerb(leftFrom, commaBefore(verb));
        }
        if (verb >= 0 && english && lexicon.isParticiple(word(verb)) && describes(verb)) {
            usedVerbs[verb] = true;
            // "The minister criticised the plan, calling it “…”": the described words are the subject's, never the object's
            // ("it"), and a group of opinion-holders' common name for a thing is no one's statement
            Span subject = participleSpeaker(leftFrom, verb, q[0]);
            return subject == null || subject.start() >= tokens.get(verb).end() || opinionGroup(subject) ? null
                    : Attribution.of(content(q), subject, true, sentence);
        }
        Span describer = verb >= 0 ? describerBefore(verb) : null;
        if (describer == null && verb >= 0 && !english && lexicon.isObjectPronounVerb(word(verb))) {
            describer = describerAfter(verb, q[0]); // "في زيارة وصفها مراقبون بأنها «…»"
        }
        if (describer != null) {
            usedVerbs[verb] = true;
            return Attribution.of(content(q), describer, true, sentence); // "انتقد نواب المعارضة ما وصفوه بـ«…»"
        }
        int circumstantial = verb >= 0 && !english ? circumstantialCallBetween(verb, q[0]) : -1;
        if (circumstantial > 0) {
            // "وأشار إلى أن فرقه أزالت …، داعياً الأهالي إلى «…»": the quotation is the call's, starting at the call; the
            // verb keeps its own reported clause, whose counts lie outside the quotation (blind10 #30)
            Attribution call = afterCall(q, leftFrom);
            if (call != null) {
                return call.startingAt(tokens.get(circumstantial).start());
            }
        }
        if (verb >= 0) {
            usedVerbs[verb] = true;
            Span speaker = relays(verb) ? relayed(verb, q[0])
                    : lexicon.isParticiple(word(verb)) ? participleSpeaker(leftFrom, verb, q[0])
                    : speakerOf(leftFrom, verb, q[0]);
            if (speaker == null && lastSpeaker == null && !english && !relays(verb) && !lexicon.isParticiple(word(verb))
                    && verb > datelineEnd() + 1) {
                // "وكان صحفي ثالث قد أُفرج عنه …، وقال: «…»": with no speaker before in the sentence, its subject speaks
                speaker = openingSubject(verb, false);
            }
            Attribution a = Attribution.of(content(q), speaker, true, sentence);
            return speaker == null && opensClause(verb) && opensQuotation(verb, q[0]) ? a.withVerb(word(verb)) : a;
        }
        int source = lastSource(leftFrom, q[0]);
        if (source >= 0) {
            return Attribution.of(content(q), speakerAfter(skipTo(source + 1), q[0]), true, sentence);
        }
        if (english && relativeAsideAt(leftFrom, q[0])) {
            return null; // "Activists, who campaigned under the slogan “…,” said they would rally": a name in an aside, not what was said
        }
        Attribution right = directRight(q, rightTo);
        return right != null ? right : afterCall(q, leftFrom);
    }

    /**
     * Whether the relative aside holding {@code verb} closes before the quotation at {@code quote}: a comma after the
     * verb, with words between it and the quotation ("…، الذي طلب عدم ذكر اسمه، أن «…»") or a speech verb before the
     * aside that the quotation is then of ("وأضاف المسؤول، الذي طلب عدم ذكر اسمه، «…»"). A comma right before the
     * quotation with no verb before the aside is the one a verb puts before what it quotes: "Ali Hassan, who said, “…”".
     */
    private boolean closedAside(int from, int verb, int quote) {
        int comma = commaBefore(quote);
        return comma > verb && (comma < quote - 1 || lastVerb(from, commaBefore(verb)) >= 0);
    }

    /**
     * The comma opening a relative aside whose quotation closes right before {@code verb} ("Activists, who campaigned
     * under the slogan “…, …,” said"), or -1: the speaker stands before that comma.
     */
    private int quotedRelativeAside(int verb) {
        if (verb == 0 || !isQuoteMark(verb - 1)) {
            return -1;
        }
        for (int[] q : quotes) {
            if (q[1] == verb - 1) {
                int comma = commaBefore(q[0]);
                return asideAfter(comma, q[0]) ? comma : -1;
            }
        }
        return -1;
    }

    /** The index of the last comma before {@code at}, or -1. */
    private int commaBefore(int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (isComma(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the words from the last comma before {@code at} (back to {@code from}) open with a relative pronoun. */
    private boolean relativeAsideAt(int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if (isComma(i)) {
                return asideAfter(i, at);
            }
        }
        return false;
    }

    /**
     * Whether the words after the comma at {@code comma} (-1: none), before {@code end}, open a relative aside: a
     * relative pronoun right after the comma. Every "does the segment after the comma open a relative aside" test of
     * the attributions asks this; the quote finder's own aside test ({@link Lexicon#opensAside}) also takes a past
     * participle.
     */
    private boolean asideAfter(int comma, int end) {
        return comma >= 0 && comma + 1 < end && lexicon.isRelative(word(comma + 1));
    }

    /**
     * Whether the verb at {@code verb} opens its clause: the sentence's (or its dateline's) first word,
     * or right after punctuation ("وأضافت أن …", "…، وقال إن …"). A verb after other words
     * ("وأضاف أن التحقيقات الأولية كشفت «…»") has a subject before it, and its gender is that subject's.
     */
    private boolean opensClause(int verb) {
        return verb <= datelineEnd() + 1 || tokens.get(verb - 1).punctuation();
    }

    /**
     * Whether only punctuation and complementizers stand between {@code verb} and the quotation
     * opening at {@code quote} ("وأضافت: «…»", "وأضاف أن «…»"): the verb's own dropped subject is the
     * quotation's speaker, and its gender says who that is. A verb further back ("وأضاف أن التحقيقات
     * كشفت «…»") may have a subject of its own.
     */
    private boolean opensQuotation(int verb, int quote) {
        for (int i = verb + 1; i < quote; i++) {
            if (!tokens.get(i).punctuation() && !lexicon.isComplementizer(word(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Arabic: a call verb right after a comma (a circumstantial call, "، داعياً") between {@code verb} and {@code quote}:
     * its index, else -1.
     */
    private int circumstantialCallBetween(int verb, int quote) {
        for (int i = verb + 2; i < quote; i++) {
            if (isComma(i - 1) && !tokens.get(i).punctuation() && (lexicon.isCallVerb(word(i)) || lexicon.isCommaCall(word(i)))
                    && !insideQuote(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * «…» after a call with no speech verb or source around it: "وطالبت الوزارة المجتمع الدولي بتصنيف
     * تلك القوات «منظمة إرهابية»" — the quoted words are the caller's (J21 of dev10). An anaphor
     * opening the words after the call is the caller alone (the object follows it).
     */
    private Attribution afterCall(int[] q, int leftFrom) {
        int call = -1;
        for (int i = q[0] - 1; i >= leftFrom && call < 0; i--) {
            if (!tokens.get(i).punctuation() && !insideQuote(i)
                    && (lexicon.isCallVerb(word(i)) || lexicon.isCommaCall(word(i)) && i > 0 && isComma(i - 1))) {
                call = i;
            }
        }
        if (call < 0) {
            return null;
        }
        if (lexicon.isParticiple(word(call)) || !english && call > 0 && isComma(call - 1) && !afterFrontedPhrase(call - 1)) {
            // "…، متوعداً مشعلي الحرائق بـ«…»": a participle's subject stands before it; the words after it are its object;
            // so a call verb right after a comma, with no و on it, is circumstantial ("…، داعياً جميع الأطراف إلى «…»")
            Span speaker = participleSpeaker(leftFrom, call, q[0]);
            if (!english && speaker != null && speaker.start() >= tokens.get(call).end()) {
                // "…، داعياً جميع الأطراف إلى «…»": the words after the call name whom it is made to, never its speaker
                // (blind10 #23)
                speaker = null;
            }
            return Attribution.of(content(q), speaker != null ? speaker : lastSpeaker, true, sentence);
        }
        // "The president pledged to “rebuild every school”": an English caller stands before the verb
        Span speaker = english ? speakerBefore(leftFrom, call) : subjectAfterVerbAt(call, q[0], false);
        // "واتهمت النيابة العامة موظفين في شركة خاصة بـ«…»": the definite subject ends before the indefinite object
        if (!english && speaker == null && call + 2 < q[0]) {
            // "واتهمت سلطات الحوثيين موظفين أمميين بـ«…»": a construct head without the article, then its genitive
            Span genitive = subjectAfterVerbAt(call + 1, q[0], false);
            speaker = genitive != null && genitive.start() == tokens.get(call + 2).start() ? span(call + 1, indexAfter(genitive)) : null;
        }
        speaker = english || speaker != null ? speaker : indefiniteSubject(call, speakerAfter(call + 1, q[0]));
        if (!english && speaker != null && lexicon.isAnaphor(word(call + 1))) {
            speaker = span(call + 1, call + 2);
        }
        if (!english && speaker != null && speaker.start() == tokens.get(call + 1).start()) {
            speaker = callerNamed(speaker, q[0]);
        }
        return Attribution.of(content(q), speaker != null ? speaker : lastSpeaker, true, sentence);
    }

    /**
     * Arabic: a call verb's titled subject with the person's name after it (dev40-ar-002): set off by commas, as after a
     * speech verb ({@link #namedInApposition}: "ودعا رئيس الهيئة، منير الطرابلسي، الأحزاب إلى «…»" — the name), or with
     * no comma, a title in construct ("رئيس الهيئة") then one to three bare name words and a family name with the article
     * or not, right before one of the {@code call_objects} ("ودعا رئيس الهيئة منير الطرابلسي الأحزاب إلى «…»" — the
     * title and name). Without the call's object after them the bare words may be its object ("ودعا رئيس الوزراء حكومات
     * العالم إلى …"), and the title stays alone.
     */
    private Span callerNamed(Span title, int to) {
        int after = indexAfter(title);
        if (after < to && isComma(after)) {
            return namedInApposition(title, to);
        }
        if (after - 2 < 0 || !constructTitleBefore(after)) {
            return title;
        }
        int end = after;
        while (end < to && end - after < 3 && nameWordAt(end) && !lexicon.hasStopPrefix(word(end))) {
            end++;
        }
        if (end > after && end < to && familyNameAt(end) && !lexicon.isCallObject(word(end))) {
            end++;
        }
        return end > after && end < to && !tokens.get(end).punctuation() && lexicon.isCallObject(word(end))
                ? new Span(title.start(), tokens.get(end - 1).end()) : title;
    }

    /**
     * Arabic: whether the comma at {@code comma} closes a short phrase the sentence opens with and no verb is in it ("في
     * المقابل،"، "من جهتها،"): the verb after it is the sentence's own, with its subject after it, not circumstantial.
     */
    private boolean afterFrontedPhrase(int comma) {
        int start = datelineEnd() + 1;
        if (comma <= start || comma - start > MAX_FRONTED_WORDS_AR) {
            return false;
        }
        String opening = lexicon.withoutProclitic(word(start));
        if (!(lexicon.isStop(word(start)) || lexicon.isStop(opening) || lexicon.isNameLink(opening))) {
            return false; // "وانتقد الوزير الخطة، داعياً …": a clause, not a phrase opening with a preposition
        }
        for (int i = start; i < comma; i++) {
            if (tokens.get(i).punctuation() || isVerb(i) || lexicon.isCallVerb(word(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Arabic: an indefinite subject of the call verb {@code call}, a noun and its adjectives with no article, ends where a
     * word with the article follows two such words or more: "واتهمت مجموعة مسلحة محلية الأجهزة الأمنية بـ«…»" — the armed
     * group accuses, the security services are accused. One word without the article is a construct head ("وزارة
     * الداخلية") and keeps its genitive.
     */
    private Span indefiniteSubject(int call, Span speaker) {
        if (speaker == null || speaker.start() != tokens.get(call + 1).start()) {
            return speaker;
        }
        int end = indexAfter(speaker);
        for (int i = call + 1; i < end; i++) {
            if (tokens.get(i).punctuation()) {
                return speaker;
            }
            if (lexicon.hasArticlePrefix(word(i))) {
                return i - (call + 1) >= 2 ? span(call + 1, i) : speaker;
            }
        }
        return speaker;
    }

    /**
     * The speaker of a participle before a quotation ("…, adding that it was "…"", "مضيفا أن …"):
     * the last one named, else the speaker of the verb it follows in this sentence ("their
     * organisation said on Saturday, adding …"), else whoever stands before it.
     */
    private Span participleSpeaker(int leftFrom, int participle, int quote) {
        if (lastSpeaker != null) {
            return lastSpeaker;
        }
        int main = lastVerb(leftFrom, participle);
        Span speaker = main >= 0 && !lexicon.isParticiple(word(main)) ? speakerOf(leftFrom, main, participle) : null;
        if (speaker == null && !english && participle > leftFrom) {
            // "ورحبت حكومة إقليم كردستان بالقرار في بيان، ووصفته بأنه «…»", "وطالب المبعوث الأممي بالإفراج عنهم،
            // واصفاً الاحتجاز بأنه «…»": an Arabic participle's subject is the one the sentence opens with; the
            // words after it are its object (J20 of dev10)
            speaker = openingSubject(participle, false); // "وانتقد الوزير الخطة، واصفاً إياها بـ«…»": the subject, not the verb
            speaker = speaker != null ? speaker : looseOpeningSubject(participle); // "وأدان مكتب المبعوث الأممي الهجوم، داعياً …"
            speaker = speaker != null ? speaker : speakerBefore(0, participle); // from the sentence's start: a name in marks
                                                                               // before («الأندلس») bounds nothing
        }
        if (speaker == null && english) {
            speaker = namedSubject(participle); // "The minister condemned the attack, saying it was “cowardly”"
        }
        return speaker != null ? speaker : speakerOf(leftFrom, participle, quote);
    }

    /** «…»، قال X / "…," said X / "…," X said / "…," according to X. */
    private Attribution directRight(int[] q, int rightTo) {
        int i = q[1] + 1;
        while (i < rightTo && tokens.get(i).punctuation()) {
            i++;
        }
        if (i >= rightTo) {
            return null;
        }
        if (isVerb(i)) {
            usedVerbs[i] = true;
            Span speaker = speakerAfter(i + 1, rightTo);
            if (speaker != null) {
                speaker = english ? namedAfterDescription(i + 1, speaker, rightTo) // "…," said his brother, Ali Fakih.
                        : namedInApposition(speaker, rightTo); // «…»، قال مدير الصحة، الطبيب X، لوكالة …
            }
            return speaker == null ? null : Attribution.of(content(q), speaker, true, sentence);
        }
        if (isSource(i)) {
            int from = afterSourceRelative(skipTo(i + 1));
            Span speaker = from < 0 ? null : speakerAfter(from, rightTo); // «…»، وفقاً لما قاله X
            return speaker == null ? null : Attribution.of(content(q), speaker, true, sentence);
        }
        int reach = english ? 2 * MAX_SPEAKER_WORDS : 3;
        for (int v = i + 1; v < Math.min(rightTo, i + reach + 1); v++) {
            if (tokens.get(v).punctuation() && !(english && (isComma(v) || abbreviationDot(v) || ageHyphen(v)))) {
                break; // '"…," the ICRC's regional director, Patrick Moreau, told AFP': commas of an apposition go on, and
                       // an age's hyphens ('"…," the 24-year-old told reporters')
            }
            if (isVerb(v)) {
                usedVerbs[v] = true;
                Span speaker = english ? speakerBefore(i, v) : speakerAfter(v + 1, rightTo); // «…»، هذا ما أكده X
                return speaker == null ? null : Attribution.of(content(q), speaker, true, sentence);
            }
        }
        return null;
    }

    /** X قال إن …، X said (that) …, and the clause-first forms "…, X said." / "…، بحسب X". */
    private List<Attribution> reported() {
        List<Attribution> out = new ArrayList<>();
        for (int v = 0; v < tokens.size(); v++) {
            if (insideQuote(v)) {
                continue;
            }
            if (usedVerbs[v]) {
                continue; // the quotation after it is what it reports
            }
            Attribution a = isVerb(v) ? reportedAfterVerb(v) : isSource(v) || statementTag(v) ? accordingTo(v) : contentOfStatement(v);
            if (a != null && sameQuote(out, a)) {
                continue; // "police said on Monday, adding that …": one statement, not two
            }
            if (a != null && english && isVerb(v) && complementizerIn(a.speaker())) {
                continue; // "…, the coast guard said, adding that survivors told officers 80 people had been on board":
                          // a verb inside another's reported clause; its subject is no speaker of the article's
            }
            if (a != null && !english && isVerb(v) && coordinatedClauseOfOuter(out, v, a)) {
                continue; // "ذكرت الوزارة أن التحقيقات كشفت تورط …، وأنه تمت استعادة …": the second «وأن» is the ministry's,
                          // the verb inside its first clause has no speaker of its own
            }
            if (a != null && isVerb(v) && opinionOfGroup(v, relativeAntecedent(v, a.speaker()))) {
                continue; // "Farmers in the valley say …", "Farmers in the valley, who say …,": a common view with no
                          // named speaker (rule 3)
            }
            if (a != null) {
                out.add(a);
                lastSpeaker = a.speaker() != null ? a.speaker() : lastSpeaker;
            }
        }
        return out;
    }

    /** Whether a complementizer ("that") stands inside {@code speaker}: "adding that survivors" is no one's name. */
    private boolean complementizerIn(Span speaker) {
        if (speaker == null) {
            return false;
        }
        for (Token t : tokens) {
            if (t.start() >= speaker.start() && t.end() <= speaker.end() && !t.punctuation()
                    && lexicon.isComplementizer(text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code v} is a present "say" of an unnamed group of ordinary people ({@code opinion_verbs},
     * {@code opinion_groups}) and no word of {@code speaker} after its first is capitalised, a name's sign.
     */
    private boolean opinionOfGroup(int v, Span speaker) {
        return speaker != null && lexicon.isOpinionVerb(word(v)) && opinionGroup(speaker);
    }

    /**
     * English: the noun phrase a relative aside describes when {@code speaker} is the relative right before the verb
     * {@code v} and a comma right before it ("Farmers in the valley, who say …," → "Farmers in the valley"): the words
     * back to the sentence's start or the comma before them; {@code speaker} itself otherwise.
     */
    private Span relativeAntecedent(int v, Span speaker) {
        if (!english || speaker == null || v < 3 || !lexicon.isRelative(word(v - 1)) || !isComma(v - 2)
                || speaker.start() != tokens.get(v - 1).start()) {
            return speaker;
        }
        int start = v - 2;
        while (start > 0 && !isComma(start - 1) && !word(start - 1).equals(".")) {
            start--;
        }
        return start < v - 2 ? span(start, v - 2) : speaker;
    }

    /**
     * Whether {@code speaker} is an unnamed group of ordinary people ({@code opinion_groups}) with no capitalised word after
     * its first: "Farmers in the region have taken to calling it “…”" quotes a common name, no one's statement (rule 3).
     */
    private boolean opinionGroup(Span speaker) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= speaker.start() && t.end() <= speaker.end() && !t.punctuation()) {
                if (!words.isEmpty() && Character.isUpperCase(text.codePointAt(t.start()))) {
                    return false; // "Residents of Kharkiv say": a named place makes no group of opinion-holders
                }
                words.add(word(i));
            }
        }
        return lexicon.isOpinionGroup(words);
    }

    /** Whether one of {@code found} reports the words {@code a} does (a loop: asked for every verb of a sentence). */
    /**
     * Arabic: whether the verb at {@code v} stands inside the reported clause of one already found and {@code a}'s clause
     * opens with a complementizer carrying a proclitic conjunction («وأن», «وأنه») inside that clause too: a second
     * clause of the outer verb, not the inner verb's.
     */
    private boolean coordinatedClauseOfOuter(List<Attribution> found, int v, Attribution a) {
        int comp = indexAfter(new Span(a.quote().start(), a.quote().start())) - 1;
        if (comp < 0 || tokens.get(comp).punctuation() || !lexicon.isComplementizer(word(comp))
                || lexicon.withoutProclitic(word(comp)).equals(word(comp))) {
            return false;
        }
        int at = tokens.get(v).start();
        for (Attribution o : found) {
            if (o.quote().start() <= at && tokens.get(comp).end() <= o.quote().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameQuote(List<Attribution> found, Attribution a) {
        for (Attribution o : found) {
            if (o.quote().equals(a.quote())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وأعلنت مصالح الدرك توقيف ثلاثة أشخاص …، مشيرة إلى أن …": with no speaker yet in the sentence,
     * a participle's subject is that of the speech verb the sentence opens with, reported nothing
     * itself: its definite noun phrase, up to the first word without the article after one with it
     * (the verb's object, "توقيف"). Null when the sentence opens with no speech verb.
     */
    private Span subjectOfOpeningVerb(int participle) {
        int first = datelineEnd() + 1;
        if (first >= participle || !isVerb(first) || lexicon.isParticiple(word(first))) {
            return null;
        }
        Span subject = speakerAfter(first + 1, participle);
        if (subject == null) {
            return null;
        }
        int end = indexAfter(subject);
        boolean definite = false;
        for (int i = first + 1; i < end; i++) {
            boolean article = lexicon.hasArticlePrefix(word(i)) || definite && lastConjunct(i, end);
            if (definite && !article && !lexicon.isNameLink(word(i)) || callObject(first, i)) {
                return i - (first + 1) >= 1 ? span(first + 1, i) : null;
            }
            definite |= article;
        }
        return subject;
    }

    /** How many words a subject without the article may take after the verb a sentence opens with ("منظمات حقوقية"). */
    private static final int MAX_LOOSE_SUBJECT_WORDS = 3;

    /**
     * Arabic: the subject of the verb the sentence opens with when it bears no article and names no speaker head, ended
     * by the verb's object, a word with the article: "وانتقدت منظمات حقوقية الحملة" (an indefinite noun and its adjective)
     * → منظمات حقوقية; "وأدان مكتب المبعوث الأممي الهجوم" (one word in construct with a name) → مكتب المبعوث الأممي, up
     * to one of the {@code objects}. Null when the sentence opens otherwise or no object follows the subject before
     * {@code before}.
     */
    private Span looseOpeningSubject(int before) {
        int verb = datelineEnd() + 1;
        int first = verb + 1;
        if (first >= before || !verbLike(verb) || tokens.get(first).punctuation() || lexicon.hasArticlePrefix(word(first)) || !verbLike(first)
                && !lexicon.isHead(word(first))) {
            return null;
        }
        int end = first;
        while (end < before && end - first < MAX_LOOSE_SUBJECT_WORDS && !tokens.get(end).punctuation()
                && !lexicon.hasArticlePrefix(word(end)) && !lexicon.isStop(word(end)) && !isVerb(end)
                && !lexicon.isComplementizer(word(end)) && !isQuoteMark(end) && !Character.isDigit(word(end).codePointAt(0))) {
            end++;
        }
        if (end >= before || tokens.get(end).punctuation() || !lexicon.hasArticlePrefix(word(end))) {
            return null; // no object with the article after the subject: no verb-subject-object sentence to read
        }
        if (end - first == 1) {
            // one word in construct: its genitive and adjectives are the name, up to the object
            int name = end;
            while (name < before && name - first < MAX_SPEAKER_WORDS && !tokens.get(name).punctuation()
                    && lexicon.hasArticlePrefix(word(name)) && !lexicon.isObject(word(name)) && !shapedObject(name)
                    && !(name > end && objectOfSubject(name))) {
                name++;
            }
            if (name >= before || tokens.get(name).punctuation() || name == end) {
                return null; // no object left after the name
            }
            return span(first, name);
        }
        return span(first, end);
    }

    /**
     * Arabic: the subject of a verb the sentence opens with, for the subjectless speech verb at {@code v} coordinated
     * with it after a comma ("وانتقدت منظمات حقوقية الحملة، وقالت إن …": the rights groups, not the speaker of the
     * sentence before; blind10 #37). Null otherwise.
     */
    private Span coordinatedSubject(int v) {
        if (v < 2 || !isComma(v - 1) || lexicon.withoutProclitic(word(v)).equals(word(v))) {
            return null;
        }
        return looseOpeningSubject(v - 1);
    }

    /** How many words a phrase fronted before an Arabic sentence's verb may take ("وفي ختام زيارته للمنطقة المنكوبة،"). */
    private static final int MAX_FRONTED_WORDS_AR = 6;

    /**
     * Arabic: the definite noun phrase right after the verb that opens the sentence, or its clause after a
     * short fronted phrase and comma ("في المقابل، انتقدت المعارضة أداء الحكومة" → المعارضة; "وعلى الصعيد
     * السياسي، دعا رئيس الوزراء إلى …" → رئيس الوزراء), ending before {@code before}; with {@code titled}, only
     * one opening with a speaker head (a title or body). Null when the sentence opens otherwise.
     */
    Span openingSubject(int before, boolean titled) {
        if (english) {
            return null;
        }
        int start = datelineEnd() + 1;
        boolean negated = start < before && lexicon.isOpeningNegation(word(start));
        int verb = negated ? start + 1 : start; // "ولم تعلّق أنقرة على …": the verb after the negation
        Span subject = subjectAfterVerbAt(verb, before, titled);
        if (subject != null) {
            return subject;
        }
        if (!titled && (negated || verb < before && lexicon.isOpeningAuxiliary(word(verb)))) {
            subject = bareSubjectAt(verb, before); // "وكان صحفي ثالث قد أُفرج عنه": no article, up to قد
            if (subject != null) {
                return subject;
            }
        }
        for (int i = start; i < Math.min(before, start + MAX_FRONTED_WORDS_AR + 1); i++) {
            if (isComma(i)) {
                return i > start ? subjectAfterVerbAt(i + 1, before, titled) : null;
            }
            if (tokens.get(i).punctuation() || isVerb(i)) {
                return null;
            }
        }
        return null;
    }

    /**
     * A subject the sentence opens with that acts in it (q17's opening person covers a name run): "The army launched an
     * offensive" (the article and a body's or person's noun), "Maria Lopez, the police chief, met …" (a person's name
     * set off by the comma of an apposition). Null when the verb after it is passive ("Ali Hassan, 30, was killed") or
     * the sentence opens otherwise.
     */
    private Span actingSubject(int start) {
        if (lexicon.isSubjectArticle(word(start))) {
            Span subject = subjectBefore(tokens.size());
            return subject != null && !passiveAt(indexAfter(subject)) ? subject : null;
        }
        int end = start;
        while (end < tokens.size() && end - start <= MAX_TITLED_NAME_WORDS && !tokens.get(end).punctuation()) {
            end++;
        }
        if (end >= tokens.size() || !isComma(end) || !isPersonName(new int[] {start, end})) {
            return null;
        }
        int close = end + 1;
        while (close < tokens.size() && !isComma(close) && !tokens.get(close).punctuation()) {
            close++;
        }
        return close + 1 < tokens.size() && isComma(close) && !passiveAt(close + 1) ? span(start, end) : null;
    }

    /** Whether the word at {@code i} is one of the {@code passive_auxiliaries}, or there is none. */
    private boolean passiveAt(int i) {
        return i >= tokens.size() || lexicon.isPassiveAuxiliary(word(i));
    }

    /** How many words an English title may take after its article ("the acting deputy prime minister"). */
    private static final int MAX_TITLE_WORDS = 4;

    /**
     * The titled person or body the sentence opens with, who says nothing in it: "On the political front, the prime
     * minister called an emergency meeting" → "the prime minister"; "وعلى الصعيد السياسي، دعا رئيس الوزراء إلى …" →
     * "رئيس الوزراء". A pronoun or dropped subject of a statement after it stands for them. Null when the sentence
     * opens otherwise.
     */
    Span openingTitledSubject() {
        if (!english) {
            return openingSubject(tokens.size(), true);
        }
        int start = datelineEnd() + 1;
        Span subject = titledAt(start);
        if (subject == null && start < tokens.size()) {
            subject = actingSubject(start); // "The army launched …. It said", "Maria Lopez, the police chief, met …. She said"
        }
        if (subject != null) {
            return subject;
        }
        for (int i = start; i < Math.min(tokens.size(), start + MAX_FRONTED_WORDS + 2); i++) {
            if (isComma(i)) {
                return i > start && lexicon.isStop(word(start)) ? titledAt(i + 1) : null; // "On the political front,"
            }
            if (tokens.get(i).punctuation()) {
                return null;
            }
        }
        return null;
    }

    /**
     * English: the body a sentence opens with, its article and words up to one of the {@code body_nouns} with a word
     * after it that is no body noun ("The electoral commission will hold …" → The electoral commission); null otherwise.
     */
    Span openingBody() {
        int start = english ? subjectStart(datelineEnd() + 1) : -1;
        if (start < 0 || start >= tokens.size() || !lexicon.isSubjectArticle(word(start))) {
            return null;
        }
        for (int end = start + 1; end < tokens.size() && end - start <= MAX_SPEAKER_WORDS; end++) {
            if (tokens.get(end).punctuation() || lexicon.isStop(word(end)) || isVerb(end)) {
                return null;
            }
            if (lexicon.isBodyNoun(word(end)) && end + 1 < tokens.size() && !tokens.get(end + 1).punctuation()
                    && !lexicon.isBodyNoun(word(end + 1))) {
                return span(start, end + 1);
            }
        }
        return null;
    }

    /** How many words may stand before the name of {@link #openingPerson} ("Ethiopian runner", "Norway's"). */
    private static final int MAX_WORDS_BEFORE_NAME = 3;

    /**
     * English: the person a sentence opens with as the subject of an active verb, who says nothing in it: "Ethiopian
     * runner Selam Bekele won the race", "Norway's Karsten Lund won" — a person's name ({@link #isPersonName}) after at
     * most a few words, then a lower-case verb that is no passive auxiliary ("Ali Hassan was killed" names a victim,
     * not one who goes on to speak) nor a verb of a death ({@code death_verbs}: "Maria Lopez died in hospital"). Null when
     * the sentence opens otherwise.
     */
    Span openingPerson() {
        int start = english ? subjectStart(datelineEnd() + 1) : -1;
        if (start < 0) {
            return null;
        }
        int first = start;
        while (first < tokens.size() && first - start <= MAX_WORDS_BEFORE_NAME) {
            if (tokens.get(first).punctuation() || isVerb(first)) {
                return null;
            }
            int end = first;
            while (end < tokens.size() && capitalised(end) && !possessive(end)) {
                end++;
            }
            if (end > first && end < tokens.size() && isPersonName(new int[] {first, end})) {
                return verbAfter(end) && !lexicon.isPassiveAuxiliary(word(end)) && !lexicon.isDeathVerb(word(end))
                        ? span(first, end) : null;
            }
            first = Math.max(end, first + 1);
        }
        return null;
    }

    /** Whether the word at {@code i} is written with a capital. */
    private boolean capitalised(int i) {
        return !tokens.get(i).punctuation() && Character.isUpperCase(text.codePointAt(tokens.get(i).start()));
    }

    /**
     * English: who a participle's statement is of when nobody spoke before it in the sentence, the subject the sentence
     * opens with: "The Pakistani Taliban claimed responsibility, saying …", "the prime minister visited the site,
     * saying …" — a titled subject ({@link #titledAt}) or a run of capitalised words, each before a lower-case word
     * that is no stop (its verb), when a comma sets the participle off. The run must name someone: a person's or
     * body's noun, a name of two capitalised words, or one capitalised word that is the whole subject ("Hamas
     * rejected"); it never ends on a possessive ("Kenya's ruling party"), and a time the sentence opens with is no
     * part of it ("On Monday, the ministry …"; "Last week police …" names none).
     * Null when the sentence opens otherwise.
     */
    private Span namedSubject(int participle) {
        if (participle == 0 || !isComma(participle - 1) && !lexicon.isStatementNoun(word(participle - 1))) {
            return null; // "That's absurd like saying …": a participle not set off by a comma (or "a statement saying") says
                         // nothing of the subject
        }
        return subjectBefore(participle);
    }

    /**
     * English: the words from the sentence's start (after a dateline) up to the first auxiliary before {@code before}
     * ("The ministry has closed …", "Officials have reviewed …"), when they name someone; null otherwise.
     */
    private Span subjectBeforeAuxiliary(int before) {
        int start = datelineEnd() + 1;
        for (int i = start + 1; i < before && i - start <= MAX_SPEAKER_WORDS; i++) {
            if (tokens.get(i).punctuation() || isVerb(i)) {
                return null;
            }
            if (lexicon.isAuxiliary(word(i))) {
                return namesSomeone(start, i) ? span(start, i) : null;
            }
        }
        return null;
    }

    /** The subject {@link #namedSubject} reads, the sentence's opening words before {@code participle}; null when none. */
    private Span subjectBefore(int participle) {
        int start = subjectStart(datelineEnd() + 1);
        if (start < 0 || start >= participle) {
            return null;
        }
        Span titled = titledAt(start);
        if (titled != null) {
            return indexAfter(titled) < participle ? titled : null;
        }
        for (int end = start + 1; end < participle && end - start <= MAX_SPEAKER_WORDS; end++) {
            int last = end - 1;
            if (tokens.get(last).punctuation() || isVerb(last) || last > start && lexicon.isStop(word(last))) {
                return null;
            }
            boolean articleAlone = last == start && lexicon.isSubjectArticle(word(last));
            if (!articleAlone && subjectWord(last) && !possessive(last) && verbAfter(end)) {
                // "The rebel alliance claimed": the first noun or name before a verb-like word
                return namesSomeone(start, end) ? span(start, end) : null;
            }
        }
        return null;
    }

    /**
     * Where a sentence's subject opens after {@code from}: there, or after the time the sentence opens with ("On Monday,
     * the ministry", "On Monday the ministry"); -1 when words that are no subject's follow the time ("Last week police").
     */
    private int subjectStart(int from) {
        int start = skipTime(from);
        if (start == from || start >= tokens.size()) {
            return start == from ? from : -1;
        }
        if (isComma(start)) {
            return start + 1;
        }
        return !tokens.get(start).punctuation() && (subjectWord(start) || lexicon.isSubjectArticle(word(start))) ? start : -1;
    }

    /** Whether the word at {@code i} is a possessive ("Kenya's"): the noun it qualifies comes after it. */
    private boolean possessive(int i) {
        String w = text.substring(tokens.get(i).start(), tokens.get(i).end());
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }

    /**
     * Whether the words from {@code start} to {@code end} name someone: a person's or body's noun, a name of two
     * capitalised words, or one capitalised word alone ("Hamas").
     */
    private boolean namesSomeone(int start, int end) {
        for (int i = start; i < end; i++) {
            if (subjectNoun(i)) {
                return true;
            }
        }
        int first = lexicon.isSubjectArticle(word(start)) ? start + 1 : start;
        return end - start == 1 || isPersonName(new int[] {first, end});
    }

    /** A word of {@link #namedSubject}: capitalised ("The Pakistani Taliban"), or a person's or body's noun ("Iraqi forces"). */
    private boolean subjectWord(int i) {
        return Character.isUpperCase(text.codePointAt(tokens.get(i).start())) || subjectNoun(i);
    }

    /** Whether the word at {@code i} names a person or a body ("minister", "forces", "officials"). */
    private boolean subjectNoun(int i) {
        String w = word(i);
        return lexicon.isBodyNoun(w) || lexicon.isPersonNoun(w) || lexicon.isPluralPersonNoun(w);
    }

    /** Whether the word at {@code next} may be the verb after a subject: lower-case, no stop, title, article or relative. */
    private boolean verbAfter(int next) {
        if (!tokens.get(next).punctuation() && subjectNoun(next)) {
            return false; // "Iraqi forces": the noun goes on the subject
        }
        String w = text.substring(tokens.get(next).start(), tokens.get(next).end());
        return !tokens.get(next).punctuation() && Character.isLowerCase(w.codePointAt(0))
                && !lexicon.isStop(word(next)) && !lexicon.isSubjectTitle(word(next)) && !lexicon.isTitleComplement(word(next))
                && !lexicon.isNounMarker(word(next)) && !lexicon.isRelative(word(next));
    }

    /** "the prime minister called": "the", a few words ending in a title, and a lower-case word that is no stop. */
    private Span titledAt(int at) {
        if (at + 2 >= tokens.size() || !lexicon.isSubjectArticle(word(at))) {
            return null;
        }
        for (int j = at + 1; j < Math.min(tokens.size() - 1, at + 1 + MAX_TITLE_WORDS); j++) {
            if (tokens.get(j).punctuation()) {
                return null;
            }
            if (lexicon.isSubjectTitle(word(j))) {
                return verbAfter(j + 1) ? span(at, j + 1) : null;
            }
        }
        return null;
    }

    /** How many words the subject of the verb before "ما وصفه" may take ("كتل معارضة"، "نواب المعارضة"). */
    private static final int MAX_DESCRIBER_WORDS = 4;

    /**
     * Arabic: the subject of the clause whose object is "ما" + the describing verb at {@code v} ("انتقد نواب المعارضة ما
     * وصفوه بـ«…»"، "ورفضت النقابة ما وصفته بـ…"): the words between the clause's opening verb (after the last punctuation)
     * and "ما", when the description (its clitic ب or marks) follows the verb right away; null otherwise.
     */
    private Span describerBefore(int v) {
        if (english || v < 3 || v + 1 >= tokens.size() || !describes(v) || !lexicon.isDescribedRelative(word(v - 1))) {
            return null;
        }
        if (!isQuoteMark(v + 1) && !lexicon.hasDescriptionClitic(word(v + 1))) {
            // "انتقد الوزير ما وصفته الحكومة بـ«…»": the one named after it
            Span after = withoutDescriptionClitic(v, speakerAfter(v + 1, tokens.size()));
            int next = after == null ? -1 : indexAfter(after);
            return next > 0 && next < tokens.size() && (isQuoteMark(next) || lexicon.hasDescriptionClitic(word(next))) ? after : null;
        }
        int verb = v - 2;
        while (verb > 0 && !tokens.get(verb - 1).punctuation()) {
            verb--;
        }
        int words = v - 1 - (verb + 1);
        // "احتجاجاً على ما وصفته بـ«…»": a preposition before ما is no describer, the verbal noun before it no verb
        return words >= 1 && words <= MAX_DESCRIBER_WORDS && verbLike(verb) && !lexicon.isStop(word(verb))
                && !lexicon.isStop(word(verb + 1)) ? span(verb + 1, v - 1) : null;
    }

    /**
     * Arabic: the subject named right after the describing verb at {@code v} up to the description's complementizer with
     * its clitic (بأنها) or the marks at {@code quote} ("وصفها مراقبون بأنها «…»"); null when none stands there.
     */
    private Span describerAfter(int v, int quote) {
        if (v + 1 >= quote || tokens.get(v + 1).punctuation() || lexicon.isComplementizer(word(v + 1))
                || lexicon.hasDescriptionClitic(word(v + 1))) {
            return null;
        }
        Span after = withoutDescriptionClitic(v, speakerAfter(v + 1, quote));
        int next = after == null ? -1 : indexAfter(after);
        return next > 0 && (next == quote || lexicon.isComplementizer(word(next)) && lexicon.hasDescriptionClitic(word(next))
                && next + 1 == quote) ? after : null;
    }

    /**
     * The name read after the describing verb at {@code v}, without a last word that is only the description's clitic
     * ("بـ" before the marks: "وصفته الحكومة بـ«…»"), which is no word of the name; null when {@code after} is.
     */
    private Span withoutDescriptionClitic(int v, Span after) {
        int next = after == null ? -1 : indexAfter(after);
        return next > v + 2 && word(next - 1).length() <= 2 && lexicon.hasDescriptionClitic(word(next - 1))
                ? span(v + 1, next - 1) : after;
    }

    /** How many words may stand between a second clause's opener and its speech verb ("غير أن مسؤولين في الوزارة قالوا"). */
    private static final int MAX_OPENER_SUBJECT_WORDS = 4;

    /**
     * Arabic: the subject between one of the {@code second_clause_openers} and the speech verb at {@code v} ("…، غير أن
     * سكاناً قالوا إنهم …"، "إلا أن مسؤولين في الوزارة قالوا إن …"), a name running up to the verb; null otherwise.
     */
    private Span subjectAfterOpener(int v) {
        for (int i = v - 1; i >= 1 && v - i <= MAX_OPENER_SUBJECT_WORDS + 1; i--) {
            if (tokens.get(i).punctuation()) {
                return null;
            }
            if (i + 1 < v && (lexicon.isSecondClauseOpener(List.of(word(i - 1), word(i))) || lexicon.isSecondClauseOpener(List.of(word(i))))) {
                Span subject = speakerAfter(i + 1, v);
                return subject != null && indexAfter(subject) == v ? subject : null;
            }
        }
        return null;
    }

    /** How many words a subject without the article may take after an opening auxiliary or negated verb. */
    private static final int MAX_BARE_SUBJECT_WORDS = 3;

    /**
     * Arabic: the words after the opening verb at {@code at} up to a speaker stop ("وكان صحفي ثالث قد"، "ولم تعلّق أنقرة على"),
     * at most {@link #MAX_BARE_SUBJECT_WORDS}, none a verb, complementizer or punctuation; null otherwise.
     */
    private Span bareSubjectAt(int at, int before) {
        if (!verbLike(at)) {
            return null;
        }
        int end = at + 1;
        while (end < before && end - at <= MAX_BARE_SUBJECT_WORDS && !tokens.get(end).punctuation() && !lexicon.isStop(word(end))
                && !isVerb(end) && !lexicon.isComplementizer(word(end)) && !isQuoteMark(end)) {
            end++;
        }
        return end > at + 1 && end < before && !tokens.get(end).punctuation() && lexicon.isStop(word(end)) ? span(at + 1, end) : null;
    }

    /** The definite noun phrase after a verb-like word at {@code at}: a word with no article that is no particle. */
    private Span subjectAfterVerbAt(int at, int before, boolean titled) {
        if (at + 1 >= before || !verbLike(at)) {
            return null;
        }
        int first = at + 1;
        if (tokens.get(first).punctuation() || !(lexicon.hasArticlePrefix(word(first)) || lexicon.isHead(word(first)))
                || titled && !lexicon.isHead(word(first)) || lexicon.isStop(word(first)) || lexicon.isObject(word(first))) {
            return null;
        }
        boolean definite = false;
        int end = first;
        while (end < before && end - first < MAX_SPEAKER_WORDS && isNameWord(end, end == first)
                && !(end == first + 1 && objectOfSubject(end)) && !shapedObject(end)) {
            boolean article = lexicon.hasArticlePrefix(word(end)) || definite && lastConjunct(end, before);
            if (definite && !article && !lexicon.isNameLink(word(end)) && !lexicon.isNameLink(word(end - 1))
                    || callObject(at, end) || end > first + 1 && lexicon.isObject(word(end))) {
                break; // "وتبنّت جماعة نصرة الإسلام والمسلمين الهجوم": the verb's object ends the name
            }
            definite |= article;
            end++;
        }
        return end > first ? span(first, end) : null;
    }

    /**
     * Arabic: whether the word at {@code i}, after two words or more of the subject of the call verb at {@code verb}, is
     * one of the {@code call_objects}, whom the call is made to: "ودعا وزير الداخلية المواطنين إلى …، مؤكداً أن …" — the
     * minister speaks, the citizens are called; right after a construct head ("رئيس الحكومة") the word is its genitive.
     */
    private boolean callObject(int verb, int i) {
        // "واتهمت المعارضة الحكومة بـ«…»": after a subject of one word with the article, no construct head, the object too
        boolean afterDefinite = i - verb == 2 && lexicon.hasArticlePrefix(word(i - 1));
        return (i - verb >= 3 || afterDefinite) && lexicon.isCallVerb(word(verb)) && lexicon.isCallObject(word(i));
    }

    /**
     * Whether the word at {@code i} joins the name before it with a proclitic and the article ("هيئة الإغاثة والتنمية")
     * and closes it: no word with the article follows before {@code before} ("والتنمية المساعدات" leaves the object out).
     */
    private boolean lastConjunct(int i, int before) {
        String bare = lexicon.withoutProclitic(word(i));
        if (bare.equals(word(i)) || !lexicon.hasArticlePrefix(bare)) {
            return false;
        }
        return i + 1 >= before || tokens.get(i + 1).punctuation() || !lexicon.hasArticlePrefix(word(i + 1))
                && !lexicon.hasArticlePrefix(lexicon.withoutProclitic(word(i + 1)));
    }

    /** A word that may be a verb opening a clause: none of the article, a stop, a link, a head, a figure or a particle. */
    private boolean verbLike(int i) {
        if (tokens.get(i).punctuation()) {
            return false;
        }
        String w = word(i);
        String bare = lexicon.withoutProclitic(w);
        return w.length() > 2 && !lexicon.hasArticlePrefix(w) && !lexicon.hasArticlePrefix(bare) && !lexicon.isStop(w) && !lexicon.isNameLink(w)
                && !lexicon.isNameLink(bare) && !lexicon.isHead(w) && !lexicon.isComplementizer(w) && !lexicon.isRelative(w)
                && !isSource(i) && !lexicon.isParticiple(w) && !Character.isDigit(w.codePointAt(0)) && !isQuoteMark(i);
    }

    /** Reported speech after a verb: its speaker, a complementizer (إن، أن، that), the clause. */
    private Attribution reportedAfterVerb(int v) {
        if (english) {
            Attribution a = reportedEnglish(v);
            // the second predicate's statement starts at its conjunction: a clause reported before it ends there
            return a != null && (secondPredicate(v) || v > 0 && nextStatementAt(v - 1)) && a.speaker() != null
                    && a.speaker().end() <= tokens.get(v - 1).start() ? a.startingAt(tokens.get(v - 1).start()) : a;
        }
        Span describer = describerBefore(v);
        if (describer != null) {
            // "وانتقدت كتل معارضة ما وصفته بغياب إصلاحات جبائية حقيقية": the description after the clitic ب
            int at = describer.start() > tokens.get(v).start() ? indexAfter(describer) : v + 1;
            if (at >= tokens.size() || tokens.get(at).punctuation() || !lexicon.hasDescriptionClitic(word(at)) || word(at).length() < 3
                    || isQuoteMark(at)) {
                return null;
            }
            Span clause = clause(at);
            return clause == null ? null
                    : Attribution.of(new Span(clause.start() + 1, clause.end()), describer, false, sentence);
        }
        boolean participle = lexicon.isParticiple(word(v));
        if (!participle && describes(v) && imperfect(word(v)) && v > 0 && !tokens.get(v - 1).punctuation()) {
            // "أردوغان يصف إسرائيل بأنها …": a headline's subject-verb-object; after the verb, what is described
            Span subject = speakerBefore(0, v);
            int complementizer = subject == null ? -1 : complementizerWithin(v + 1, MAX_DESCRIBED_WORDS);
            if (complementizer >= 0) {
                Span clause = clause(complementizer + 1);
                return clause == null ? null : Attribution.of(clause, subject, false, sentence);
            }
        }
        boolean afterRelative = !participle && v > 0 && lexicon.isRelative(word(v - 1));
        boolean resumptive = !participle && resumptiveAfter(v);
        if (resumptive && v + 2 < tokens.size() && lexicon.isComplementizer(word(v + 2))) {
            // "أصدرت وزارة الصحة بياناً قالت فيه إن …": "in it" is the statement's, the speaker the body that issued it
            Span opening = openingSubject(v - 1, false);
            Span body = opening != null ? opening : speakerBefore(0, v - 1);
            int complementizer = complementizerFrom(v + 2);
            Span clause = body == null || complementizer < 0 ? null : clause(complementizer + 1);
            return clause == null ? null : Attribution.of(clause, body, false, sentence);
        }
        Span speaker = relays(v) ? relayed(v, tokens.size())
                : participle ? (lastSpeaker != null ? lastSpeaker : subjectOfOpeningVerb(v))
                : afterRelative ? span(v - 1, v)
                : !resumptive && addresseeAt(v + 1) ? speakerBefore(0, v) // "قال مصدر لـ«الشرق الأوسط» إن": the source
                : speakerAfter(resumptive ? v + 2 : v + 1, tokens.size()); // "بيانا قال فيه الوزير إن": the minister
        if (speaker != null && !participle && !afterRelative && !relays(v)
                && !(announces(v) && speaker.start() == tokens.get(v + 1).start()
                        && countNounInName(v + 1, indexAfter(speaker), true) > 0)) {
            // "أعلنت الوزارة ضبط 12 متهماً، بينهم خمسة وافدين": the words after the comma are no apposition of a name
            // that runs into what was announced
            speaker = namedInApposition(speaker, tokens.size());
        }
        int from = speaker == null || participle || indexAfter(speaker) <= v ? v + 1 : indexAfter(speaker);
        int complementizer = complementizerFrom(from);
        if (complementizer < 0) {
            complementizer = complementizerAfterAside(from);
        }
        if (complementizer < 0 && !english && speaker != null && !participle && !afterRelative && from > v + 1) {
            // "أعلنت اللجنة العليا للإشراف على سلامة الانتخابات في البحرين، اليوم السبت، أن …": the rest of a long name
            // (no verb, no mark) runs to the aside's comma; the name is the speaker whole, the aside as after a short one
            int comma = nameTailComma(from);
            int afterAside = comma > from ? complementizerAfterAside(comma) : -1;
            if (afterAside >= 0) {
                complementizer = afterAside;
                // "وقال مسؤول أمني لوكالة الأنباء، طالباً عدم ذكر اسمه، إن …": an addressee is no rest of the name
                speaker = addresseeNounAt(from) ? speaker : new Span(speaker.start(), tokens.get(comma - 1).end());
            }
        }
        if (complementizer < 0) {
            // "وصف رئيس البرلمان الاتفاق الموقّع مع إقليم كردستان حول رواتب الموظفين بأنه …", "شدد رئيس
            // الحكومة في كلمة ألقاها أمام السلك الدبلوماسي على أن …": what is described, or where it was said,
            // may stand longer before the complementizer, with no other speech verb in between
            complementizer = complementizerWithin(from, MAX_DESCRIBED_WORDS);
            for (int i = from; complementizer >= 0 && i < complementizer; i++) {
                if (isVerb(i)) {
                    complementizer = -1;
                }
            }
        }
        if (complementizer > 0 && speaker != null && !participle && announces(v) && speaker.start() == tokens.get(v + 1).start()
                && lexicon.isSecondClauseOpener(List.of(word(complementizer - 1), word(complementizer)))
                && countNounInName(v + 1, indexAfter(speaker), true) > 0) {
            // "وأعلنت الوزارة تشكيل لجنة تحقيق على أن ترفع تقريرها خلال أسبوعين": على أن (on condition that) goes on
            // what was announced, a decision's noun after the body; no complementizer of the verb (dev row #34)
            complementizer = -1;
        }
        if (complementizer < 0) {
            if (participle && speaker != null && warnedNounAt(v, v + 1) && !forecaster(speaker)) {
                Span clause = announcedClause(v + 2); // "…، محذرة من كارثة إنسانية": what was warned of, a quote (rule 6)
                return clause == null ? null : Attribution.of(clause, speaker, false, sentence).startingAt(tokens.get(v).start());
            }
            if (participle && speaker != null && v + 2 < tokens.size() && lexicon.pointsToCountNoun(word(v), word(v + 1))
                    && announcedNounAt(v + 2, true)) {
                // "…، مشيراً إلى توقيف خمسة أشخاص خلال الحملة": the participle's count noun, the speaker's sourcing statement;
                // "…، مشيرة إلى فرض قيود على الحركة": a decision's noun, a quote of its own
                Span clause = announcedClause(v + 2);
                return clause == null ? null : announcement(clause, speaker).startingAt(tokens.get(v).start());
            }
            if (participle && speaker != null && v + 1 < tokens.size() && lexicon.isNounObjectParticiple(word(v))
                    && !tokens.get(v + 1).punctuation() && lexicon.isVerbalNoun(word(v + 1))) {
                // "…، مؤكداً اكتمال صفوف الفريق": a circumstantial speech verb with a verbal noun, the speaker's statement
                // (rule 6; blind10 #27); a count noun's is its sourcing, as after مشيراً إلى
                Span clause = announcedClause(v + 1);
                return clause == null ? null : announcement(clause, speaker).startingAt(tokens.get(v).start());
            }
            Attribution pointed = participle ? null : pointedNoun(v, speaker);
            if (pointed != null) {
                return pointed;
            }
            if (participle || !(announces(v) || lexicon.confirmsCount(word(v)))) {
                return null;
            }
            boolean decisions = announces(v); // "أكد الوزير دعم بلاده للقرار": only an announcement opens on a decision's noun
            int first = speaker == null ? v + 1 : indexAfter(new Span(speaker.start(), speaker.start()));
            int times = afterAnnouncementTimes(v + 1);
            boolean coordinatedNoun = !decisions && v >= 1 && isComma(v - 1) && times == v + 1 && times < tokens.size()
                    && !tokens.get(times).punctuation() && lexicon.isVerbalNoun(word(times));
            if (coordinatedNoun) {
                // "أعلنت الهيئة تشكيل لجنة للتحقيق، وأكدت انتظام حركة القطارات": after a comma, a confirming verb with its
                // subject dropped and a verbal noun right after it speaks as the participle does (مؤكدةً انتظام …)
                Span opening = openingSubject(v, false);
                Span clause = opening == null ? null : announcedClause(times);
                return clause == null ? null : announcement(clause, opening);
            }
            if (first == v + 1 && announcedObjectAt(times, decisions) >= 0) {
                // "وكانت الشرطة قد أعلنت الأسبوع الماضي اعتقال ستة أشخاص": no subject after the verb, the one before speaks
                Span opening = openingSubject(v, false);
                Span before = opening != null ? opening : speakerBefore(0, v);
                Span clause = before == null ? null : announcedClause(announcedObjectAt(times, decisions));
                return clause == null ? null : announcement(clause, before);
            }
            if (speaker == null) {
                return null;
            }
            int cut = first > v ? countNounInName(first, indexAfter(speaker), decisions) : -1;
            if (cut > 0) {
                speaker = span(first, cut); // "أعلنت وزارة الداخلية توقيف …": the name ends where the announced noun opens
            }
            // "واشنطن تعلن المشاركة في إعادة الإعمار": with its subject before the verb (a headline), the words after the verb
            // are its object, no speaker; a decision's noun further on is no announcement of theirs
            // "…، فيما أعلن الجيش نشر وحدات إضافية": after a comma and a clause's end word, the verb opens a clause too
            boolean opens = opensClause(v) || v >= 2 && isComma(v - 2) && lexicon.endsAnnouncedClause(word(v - 1));
            int close = cut > 0 || indexAfter(speaker) >= tokens.size() ? -1 : abbreviationClose(indexAfter(speaker));
            if (close > 0 && close + 1 < tokens.size() && isComma(close + 1)) {
                // "أعلنت هيئة الإغاثة (هيئة)، الأحد، ارتفاع …": the name's short form in brackets is the name's, the day after it
                speaker = span(indexAfter(new Span(speaker.start(), speaker.start())), close + 1);
            }
            Span announced = countNounAfter(cut > 0 ? cut : indexAfter(speaker), decisions && opens);
            return announced == null ? null : announcement(announced, speaker);
        }
        if (speaker != null && lastSpeaker != null && !participle && describes(v)
                && complementizer == indexAfter(speaker) && lexicon.hasDescriptionClitic(word(complementizer))) {
            // "اعتبر الاتحاد أن …، ووصف الحكومة بأنها عاجزة": وصف takes its object before بأن, and one
            // noun phrase there is that object; the speaker is the one already speaking in the sentence
            speaker = lastSpeaker;
        }
        if (speaker == null) {
            speaker = subjectAfterOpener(v); // "…، غير أن سكاناً قالوا إنهم …": the subject right before the verb
        }
        if (speaker == null) {
            // "انتقدت المعارضة أداء الحكومة، وقالت إن …": a dropped subject is that of the verb the sentence opens with
            Span opening = openingSubject(v, false);
            opening = opening != null ? opening : coordinatedSubject(v);
            speaker = opening != null ? opening : speakerBefore(0, v);
        }
        Span clause = clause(complementizer + 1);
        Attribution a = clause == null ? null : Attribution.of(clause, speaker, false, sentence);
        return a != null && speaker == null && opensClause(v) ? a.withVerb(word(v)) : a;
    }

    /**
     * Arabic: what a statement says, after one of the {@code content_verbs} (جاء، ورد) at {@code v} and, before the
     * complementizer, in-the-statement: «وجاء في البيان أن …» is said by «البيان» (which QuoteFinder reads as the body
     * whose statement it is), «جاء في بيان للجيش أن …» by the statement of the army; «أصدرت الوزارة بياناً جاء فيه أن …» by
     * the body that issued it; «وجاء فيه أن …» with no statement's noun before has no speaker written, the body the
     * sentence before opens with. Null otherwise: «جاء الهجوم بعد أن …» reports nothing.
     */
    private Attribution contentOfStatement(int v) {
        if (english || v + 2 >= tokens.size() || tokens.get(v).punctuation() || !lexicon.isContentVerb(word(v))) {
            return null;
        }
        Span speaker;
        int next;
        if (lexicon.isResumptive(word(v + 1))) {
            boolean named = v > 0 && statementNounAt(v - 1);
            Span opening = named ? openingSubject(v - 1, false) : null;
            speaker = !named ? null : opening != null ? opening : speakerBefore(0, v - 1);
            if (named && speaker == null) {
                return null;
            }
            next = v + 2;
        } else if (lexicon.isContentPreposition(word(v + 1)) && statementNounAt(v + 2)) {
            speaker = statementSpeaker(v + 2);
            next = speaker == null ? -1 : indexAfter(speaker);
        } else {
            return null;
        }
        if (next < 0 || next >= tokens.size() || !lexicon.isComplementizer(word(next))) {
            return null;
        }
        Span clause = clause(next + 1);
        return clause == null ? null : Attribution.of(clause, speaker, false, sentence);
    }

    /**
     * Who speaks through the statement whose noun is at {@code s}: the noun itself with the article ("البيان", read as its
     * body by QuoteFinder), the statement with its body after the body clitic ("بيان للجيش", read as "الجيش"), or the body
     * in construct with it ("بيان وزارة الصحة" → "وزارة الصحة").
     */
    private Span statementSpeaker(int s) {
        if (!lexicon.isStatementNoun(word(s))) {
            return span(s, s + 1);
        }
        if (s + 1 < tokens.size() && lexicon.hasBodyClitic(word(s + 1)) && word(s + 1).length() > 2) {
            int end = s + 2;
            while (end < tokens.size() && end - s < MAX_SPEAKER_WORDS && isNameWord(end, false)) {
                end++;
            }
            return span(s, end);
        }
        return speakerAfter(s + 1, tokens.size());
    }

    /** Whether the word at {@code i} is a statement's noun, with the article or without ("البيان", "بيان"). */
    private boolean statementNounAt(int i) {
        return lexicon.isStatementNounWithArticle(word(i));
    }

    /**
     * Whether "in it" follows the verb at {@code v} and a statement's noun precedes it ("بياناً قالت فيه"). The body that
     * issued the statement speaks only when the complementizer follows "in it" at once; a subject named there speaks
     * ("أصدرت الوزارة بيانا قال فيه الوزير إن …": the minister).
     */
    private boolean resumptiveAfter(int v) {
        return v > 0 && v + 1 < tokens.size() && lexicon.isResumptive(word(v + 1)) && statementNounBefore(v);
    }

    /** How far back from its verb the statement's noun may stand ("في بيان نشرته على مواقع موالية لها، قالت فيه"). */
    private static final int MAX_STATEMENT_NOUN_GAP = 10;

    /**
     * Whether a statement's noun stands right before the verb {@code v} ("بياناً قالت فيه"), or a few words before it
     * with only its relative clause and a comma between ("في بيان نشرته على مواقع موالية لها، قالت فيه").
     */
    private boolean statementNounBefore(int v) {
        for (int i = v - 1; i >= 0 && i >= v - MAX_STATEMENT_NOUN_GAP; i--) {
            if (tokens.get(i).punctuation() && !(isComma(i) && i == v - 1)) {
                return false;
            }
            if (!tokens.get(i).punctuation() && lexicon.isStatementNoun(word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * English: whether the verb at {@code v} is the subject's second predicate after a comma and a conjunction alone
     * ("Mensah said the figures were good, but warned that …", "The minister praised the plan, but warned that …"): its
     * speaker is the one already speaking in the sentence, or the subject it opens with; the conjunction is no speaker.
     */
    private boolean secondPredicate(int v) {
        return v >= 2 && isComma(v - 2) && lexicon.isSpeakerConjunction(word(v - 1));
    }

    private Attribution reportedEnglish(int v) {
        if (v > 0 && lexicon.isPassiveAuxiliary(word(v - 1))) {
            return null; // "It is said that …", "Residents were told that …": whoever spoke, not the subject
        }
        if (prepositionalAt(v)) {
            return null; // "The rise added to fears that …": another verb, its subject says nothing
        }
        if (figureObjectAt(v)) {
            return null; // "Tokyo's Nikkei added 0.4 percent": a market move, the figure is the verb's object (rule 3)
        }
        boolean participle = lexicon.isParticiple(word(v));
        Span speaker = participle ? (lastSpeaker != null ? lastSpeaker : namedSubject(v))
                : secondPredicate(v) ? (lastSpeaker != null ? lastSpeaker : subjectBefore(v - 1))
                : speakerBefore(0, v);
        if (!participle && speaker != null && v > 1 && lexicon.isClauseLink(word(v - 1)) && indexAfter(speaker) == v
                && !isComma(v - 2)) {
            // "The mayor inspected the damage and said …": the words before "and" are a predicate of its own; the
            // subject it opens with speaks
            Span subject = subjectBefore(v - 1);
            if (subject == null) {
                subject = subjectBeforeAuxiliary(v - 1); // "The ministry has closed two schools and added that …"
            }
            speaker = subject != null && indexAfter(subject) < v - 1 ? subject : speaker;
        }
        int statement = statementBefore(v);
        Span issuer = !participle && statement > 0 ? subjectBefore(statement) : null;
        if (issuer != null) {
            speaker = issuer; // "The ministry issued a statement in which it said that …": the pronoun is the statement's issuer
        }
        int complementizer = complementizerFrom(v + 1);
        if (complementizer >= 0 && complementizer + 1 < tokens.size() && isVerb(complementizer + 1)) {
            complementizer = -1; // "said in a statement that described the arrests as “…”": a relative "that"
        }
        if (complementizer >= 0 && caveatAfter(skipTime(v + 1)) > complementizer) {
            complementizer = -1; // "…, the army said, a figure that could not be verified": the reporter's caveat
        }
        if (complementizer >= 0 && lastVerb(v + 1, complementizer) >= 0) {
            Attribution before = clauseBefore(v);
            if (before != null) {
                return before; // "…, the spokesman said on Friday, adding that …": the "that" is the participle's
            }
        }
        if (!participle && toldInsideReport(v, speaker)) {
            return null; // "Reyes said witnesses told deputies the truck had stalled": the told words are Reyes's clause
        }
        if (complementizer >= 0) {
            Span clause = withinAside(v, clause(complementizer + 1));
            return clause == null ? null : Attribution.of(clause, speaker, false, sentence);
        }
        if (participle && speaker != null && v > 0 && lexicon.isStatementNoun(word(v - 1)) && startsClause(skipTime(v + 1))) {
            Span clause = clause(skipTime(v + 1)); // "The army issued a statement saying its troops had advanced"
            return clause == null ? null : Attribution.of(clause, speaker, false, sentence);
        }
        if (participle && speaker != null && isComma(v - 1) && lexicon.takesBareClause(word(v)) && startsClause(v + 1)
                && (clauseAfter(v) || pastAfterSubject(v)) && !lexicon.isAddresseeVerb(word(v))) {
            // "The central bank kept its rate unchanged on Tuesday, saying inflation was close to its target": the
            // participle's bare clause, with a verb of its own, is the subject's statement (rule 6 of dev); it starts at
            // its words, so a time before the participle stays the main verb's ("kept … on Tuesday": a dated decision)
            Span clause = withinAside(v, clause(v + 1));
            return clause == null ? null : Attribution.of(clause, speaker, false, sentence).startingAt(clause.start());
        }
        if (participle && speaker != null && isComma(v - 1) && lexicon.takesBareClause(word(v)) && lexicon.isAddresseeVerb(word(v))) {
            // "Paul Dube denied the charges, telling the court he had never seen the contracts": the bare clause after
            // those told, as after "told"; an order to them ("telling drivers to use the ring road") is none
            int start = skipTime(skipAddressee(skipTime(v + 1)));
            if (start > v + 1 && start < tokens.size() && !toldObjectAt(start) && startsClause(start)) {
                Span clause = withinAside(v, clause(start));
                if (clause != null && !orderAfter(start, indexAfter(clause))) {
                    return Attribution.of(clause, speaker, false, sentence).startingAt(clause.start());
                }
            }
        }
        if (participle) {
            return null; // "…, and the navy issued a tsunami warning": a participle closes no clause-final attribution
        }
        Attribution before = clauseBefore(v);
        if (before != null) {
            return before;
        }
        if (speaker == null || !lexicon.takesBareClause(word(v)) && !pronounClauseAfter(v)) {
            return null; // "The Senate confirmed the new ambassador": an object, not a statement
        }
        if (perfectObject(v)) {
            return null; // "Curators have added audio guides in several languages": an object, not a statement
        }
        int start = skipTime(v + 1);
        int medium = english ? statementMediumEnd(start) : -1;
        if (medium > 0 && medium < tokens.size() && !tokens.get(medium).punctuation() && clauseAfter(medium - 1)) {
            start = skipTime(medium); // "said in a statement he would appeal", "said in a statement on Monday its members
                                      // would strike": the medium is the tag's, as a time is (rule 26); the bare clause follows
        }
        if (lexicon.isAddresseeVerb(word(v))) {
            start = skipTime(skipAddressee(start)); // "told Reuters on Monday the attack had been planned": who was told
            if (toldObjectAt(start)) {
                return null; // "the price tells the story of the weather": what is told, no one told and nothing said
            }
        }
        Span clause = startsClause(start) ? withinAside(v, clause(start)) : null;
        if (clause != null && lexicon.isAddresseeVerb(word(v)) && orderAfter(start, indexAfter(clause))) {
            return null; // "Police told residents to stay indoors": an order to those addressed, no statement
        }
        if (clause != null && objectBeforeCoordinate(start, indexAfter(clause))) {
            return null; // "Cafes reported steady business, and the parks were busy": the verb's object, then a clause of its own
        }
        if (clause != null && describes(v) && !hasDescriptionMarker(start, indexAfter(clause))) {
            return null; // "Witnesses described the scene": an object; "described the attack as cowardly" says something of it
        }
        return clause == null ? null : Attribution.of(clause, speaker, false, sentence);
    }

    /**
     * English: whether the addressee verb at {@code v} ("told") stands inside the clause another speech verb of the same
     * speaker reports ("Reyes said witnesses told deputies the truck had stalled …"): the speaker found stands before that
     * earlier verb, and the told words give that speaker's statement a second time, no statement of their own (B6 of
     * dev36: one quote by Reyes).
     */
    private boolean toldInsideReport(int v, Span speaker) {
        return english && speaker != null && lexicon.isAddresseeVerb(word(v)) && indexAfter(speaker) < v
                && lastVerb(indexAfter(speaker), v) >= 0;
    }

    /**
     * "The mayor, who said 12 people were killed, resigned on Friday": a verb inside a relative aside reports
     * only the words up to the comma that closes the aside; the sentence's own predicate is no part of them.
     */
    private Span withinAside(int v, Span clause) {
        if (clause == null || !relativeAsideAt(0, v)) {
            return clause;
        }
        int start = indexAfter(new Span(clause.start(), clause.start()));
        for (int i = start; i < tokens.size() && tokens.get(i).end() <= clause.end(); i++) {
            if (isComma(i)) {
                return i - start >= 2 ? span(start, i) : null;
            }
        }
        return clause;
    }

    /**
     * Where the statement's noun stands in "a statement in which it said" before the verb {@code v}: a subject pronoun,
     * a relative and a preposition back to it; -1 when the verb follows no such words.
     */
    private int statementBefore(int v) {
        int i = v - 1;
        if (i < 3 || !(lexicon.isSubjectPronoun(word(i)) || lexicon.isAnaphor(word(i))) || !lexicon.isRelative(word(i - 1))) {
            return -1;
        }
        return lexicon.isStatementNoun(word(i - 3)) && !tokens.get(i - 2).punctuation() ? i - 3 : -1;
    }

    /**
     * Whether the verb {@code v} is one of the {@code figure_object_verbs} with a number and one of the {@code figure_units}
     * right after it, and no "of" after the unit ("added 0.4 percent", "adds 3%"; not "added 12 percent of the crop was
     * lost", a clause whose subject is a share); or with a number and one noun that ends the clause or has one of the
     * {@code figure_object_followers} after it ("added 35,000 jobs in March"; not "added 12 people were killed").
     */
    private boolean figureObjectAt(int v) {
        if (!lexicon.isFigureObjectVerb(word(v)) || v + 1 >= tokens.size() || !Character.isDigit(word(v + 1).codePointAt(0))) {
            return false;
        }
        int unit = v + 2;
        while (unit + 1 < tokens.size() && (word(unit).equals(".") || word(unit).equals(","))
                && Character.isDigit(word(unit + 1).codePointAt(0))) {
            unit += 2; // "0.4", "1,200": the number's parts
        }
        if (unit >= tokens.size()) {
            return false;
        }
        if (lexicon.isFigureUnit(word(unit))) {
            return !(unit + 1 < tokens.size() && lexicon.isHeadPreposition(word(unit + 1)));
        }
        // "The economy added 35,000 jobs in March": one noun after the number, then the sentence's end or a follower
        // (not a comma: "added 12 people, including three children, were killed")
        return !tokens.get(unit).punctuation() && (unit + 1 >= tokens.size()
                || tokens.get(unit + 1).punctuation() && !isComma(unit + 1) || lexicon.isFigureObjectFollower(word(unit + 1)));
    }

    /** Whether one of the {@code perfect_object_verbs} ("has added") ends at the verb {@code v}. */
    private boolean perfectObject(int v) {
        for (List<String> phrase : lexicon.perfectObjectVerbs()) {
            int at = v + 1 - phrase.size();
            if (at >= 0 && matches(phrase, at)) {
                return true;
            }
        }
        if (v > 1 && lexicon.isClauseLink(word(v - 1))) {
            // "The park authority has marked the routes in red and added emergency phone points": the perfect
            // auxiliary of the first predicate carries over "and" to this one, which takes an object too
            for (int i = v - 2; i >= 0 && !tokens.get(i).punctuation(); i--) {
                for (List<String> phrase : lexicon.perfectObjectVerbs()) {
                    if (phrase.size() > 1 && phrase.get(phrase.size() - 1).equals(word(v)) && matches(phrase.subList(0, 1), i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "said on Wednesday it would …": the time of the saying, not what was said. */
    private int skipTime(int from) {
        int start = from;
        while (start < tokens.size() && start - from < MAX_TIME_WORDS && lexicon.isStatementTime(word(start))) {
            start++;
        }
        return start;
    }

    /**
     * Whether the words from {@code from} are a short object of the verb closed by a comma and a
     * clause link ("reported steady business, and the city's parks were busy"): none of them is an
     * auxiliary, a subject pronoun or a past participle, so they state nothing (rule 25 of dev: a
     * reported statement is a clause); "said the bridge was closed, and …" has its auxiliary.
     */
    private boolean objectBeforeCoordinate(int from, int to) {
        for (int i = from; i < Math.min(to, from + MAX_OBJECT_WORDS + 1); i++) {
            if (isComma(i)) {
                return i > from && i + 1 < to && lexicon.isClauseLink(word(i + 1));
            }
            if (lexicon.isAuxiliary(word(i)) || lexicon.isPassiveAuxiliary(word(i)) || lexicon.isSubjectPronoun(word(i))
                    || lexicon.hasPastParticipleEnding(word(i)) || isVerb(i)) {
                return false;
            }
        }
        return false;
    }

    /** How many words an object closed by ", and" may take ("steady business"). */
    private static final int MAX_OBJECT_WORDS = 2;

    /** "told reporters", "told the BBC": a known addressee after the verb is not what was said. */
    private int skipAddressee(int from) {
        for (List<String> phrase : lexicon.addressees()) {
            if (from + phrase.size() < tokens.size() && matches(phrase, from)) {
                return from + phrase.size();
            }
        }
        return from;
    }

    /** Whether one of the {@code told_objects} stands at {@code i}, or after a noun marker there ("the story", "a tale"). */
    private boolean toldObjectAt(int i) {
        if (i >= tokens.size() || tokens.get(i).punctuation()) {
            return false;
        }
        return lexicon.isToldObject(word(i))
                || lexicon.isNounMarker(word(i)) && i + 1 < tokens.size() && lexicon.isToldObject(word(i + 1));
    }

    /** How many words an addressee may take before the "to" of an order ("told families in the border villages to"). */
    private static final int MAX_ADDRESSEE_WORDS = 6;

    /** "residents to stay indoors": a "to" after a few words with no auxiliary before it (not "he would return to"). */
    private boolean orderAfter(int from, int to) {
        for (int i = from; i < Math.min(to, from + MAX_ADDRESSEE_WORDS + 1); i++) {
            if (lexicon.isAuxiliary(word(i)) || lexicon.isAnaphor(word(i))) {
                return false;
            }
            if (lexicon.isOrderMarker(word(i))) {
                return i > from;
            }
        }
        return false;
    }

    /** How many words may stand between an {@code as_describing_verbs} word and its "as" ("condemned the strike as"). */
    private static final int MAX_AS_GAP = 6;

    /** Whether a {@code description_markers} word (as) follows the verb at {@code v} within a few words, before punctuation. */
    private boolean describedAsAfter(int v) {
        for (int i = v + 1; i < Math.min(tokens.size(), v + MAX_AS_GAP + 2); i++) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
            if (lexicon.isDescriptionMarker(word(i))) {
                return i > v + 1 && !asOpensClause(i);
            }
        }
        return false;
    }

    /** Whether one of the {@code description_markers} (as) stands among the words from {@code from} to {@code to}. */
    private boolean hasDescriptionMarker(int from, int to) {
        for (int i = from; i < to; i++) {
            if (lexicon.isDescriptionMarker(word(i)) && !asOpensClause(i)) {
                return true;
            }
        }
        return false;
    }

    /** How many words after "as" its clause's finite verb may stand (a subject of up to three words before it). */
    private static final int MAX_AS_CLAUSE_VERB = 4;

    /**
     * Whether the {@code description_markers} word (as) at {@code as} opens a clause of its own: a subject, then a finite
     * verb within {@link #MAX_AS_CLAUSE_VERB} words, before punctuation or a relative ("Residents described queues
     * outside the bakery as the city council met", "as families tried to leave"). The verb is one of the {@code
     * as_clause_verbs} (were, met) or an -ed word with one of the {@code as_clause_verb_followers} (to, for) right after
     * it; neither counts right after an article, a conjunction or an adverb ({@code adverb_endings}: "as a calculated move", "as widely
     * expected"), so "described the vote as a farce" keeps its description.
     */
    private boolean asOpensClause(int as) {
        for (int i = as + 2; i < Math.min(tokens.size(), as + MAX_AS_CLAUSE_VERB + 1); i++) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
            String w = word(i).toLowerCase(java.util.Locale.ROOT);
            if (lexicon.isRelative(w) || lexicon.isNounClauseOpener(w)) {
                return false; // "as the worst attack that the city had seen": a relative inside the description
            }
            String before = word(i - 1).toLowerCase(java.util.Locale.ROOT);
            if (tokens.get(i - 1).punctuation() || lexicon.isIndefiniteArticle(before) || lexicon.isSubjectArticle(before)
                    || lexicon.isClauseLink(before) || lexicon.endsAsAdverb(before)) {
                continue;
            }
            if (pronoun(i - 1) && i - 1 > as + 1) {
                continue; // "described the camp as the worst they had seen": a relative with no opener, inside the description
            }
            if (lexicon.isAsClauseVerb(w)) {
                return true;
            }
            if (lexicon.isPastParticiple(word(i)) && i + 1 < tokens.size() && !tokens.get(i + 1).punctuation()
                    && lexicon.isAsClauseVerbFollower(word(i + 1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** How many words of a time phrase may stand between a verb and its bare clause ("late on Monday night"). */
    /** Whether no punctuation stands from {@code from} up to {@code to} (exclusive). */
    private boolean noPunctuation(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).punctuation()) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_TIME_WORDS = 4;

    /** يصف، تعتبر: the imperfect, which headlines put after their subject (the perfect وصف leads its clause). */
    private boolean imperfect(String word) {
        String bare = lexicon.withoutProclitic(word);
        return lexicon.hasImperfectPrefix(bare);
    }

    /** نقل … عن X: the speaker is X, named after عن. */
    private Span relayed(int verb, int to) {
        int about = relaySource(verb, to); // "نقلت الوكالة العربية السورية للأنباء (سانا) عن محافظ حمص"
        if (about < 0) {
            return speakerAfter(verb + 1, to);
        }
        Span relayed = speakerAfter(about + 1, to);
        return relayed == null ? null : namedInApposition(relayed, to); // "عن وزير الداخلية، كمال بلعيد، قوله إن": the name
    }

    /** Whether the word at {@code i} is a pronoun that may be a verb's subject: he, she, it, they. */
    private boolean pronoun(int i) {
        String w = word(i);
        return lexicon.isPersonPronoun(w) || lexicon.isBodyPronoun(w) || lexicon.isPluralPronoun(w);
    }

    /** "Two soldiers were killed, the army said." and "…, said the army.", after a dateline if there is one. */
    private Attribution clauseBefore(int v) {
        int comma = v - 1;
        while (comma > 0 && !isComma(comma)) {
            comma--;
        }
        if (english && quotedRelativeAside(v) >= 0) {
            return null; // "Nurses, who marched under the banner “…, …,” said they would strike": the subject's aside
        }
        if (comma == v - 1 && relativeClauseBefore(comma)) {
            return null; // "Roux, who served in government from 2012 to 2014, said he would appeal": the subject's aside
        }
        if (english && comma == v - 1 && namingAsideBefore(comma)) {
            return null; // "The witness, identified only as Sami, said he refused": the subject's aside, no statement
        }
        if (frontedAdverbial(comma, v) || english && comma == v - 1 && clauseAfter(v)) {
            return null; // "Earlier this month, the ministry said exports would be halted", "The ministry, in a statement on
                         // Sunday, said the road had reopened": the words after the verb are what was said
        }
        if (english && parentheticalAfter(v)) {
            return null; // "The plan, officials said, would cost $2 billion": the words before are the subject, not a statement
        }
        if (english && frontedMedium(comma, v)) {
            return null; // "In a statement on its website, the group claimed to have killed 30 soldiers": the statement's
                         // medium opens the sentence; nothing before the comma was said (blind11 #5)
        }
        if (english && comma < v - 1 && (describes(v) || lexicon.isSpeakerConjunction(word(comma + 1)))) {
            return null; // "…, and civil society groups called protests for next Tuesday": a describing verb after its own
                         // subject, or a subject after a conjunction, is the narrator's next clause, no trailing tag (blind12 #5)
        }
        if (english && comma == v - 2 && lexicon.isSpeakerConjunction(word(v - 1))) {
            return null; // "The leader dismissed the report, and said she would appeal": the subject's next verb, no tag
        }
        // "…, said a statement from the U.N. humanitarian office.": the body that issued the document speaks (rule 26)
        int document = english && comma == v - 1 ? statementSourceEnd(v + 1) : -1;
        int named = document > 0 ? document : v + 1;
        boolean inverted = comma == v - 1 && (nameToEnd(named) || describedToEnd(named)); // "…, said Reasi police chief Mohita Sharma."
        if (comma <= 1 || !shortTail(v + 1) && !coordinateAfter(v + 1) && !inverted
                || comma < v - 1 && Character.isDigit(word(v - 1).codePointAt(0))) {
            return null; // also "…, up from 19 announced the previous evening": a figure is no speaker
        }
        int after = lexicon.isAddresseeVerb(word(v)) ? skipAddressee(v + 1) : v + 1; // "…, told reporters.": no speaker after
        if (comma == v - 1 && speakerAfter(after, tokens.size()) == null) {
            return appositiveBefore(v); // "…, a military officer, Captain Abdirahman Ali, said." / "…, Musa Bello, told reporters."
        }
        if (comma + 3 < v && lexicon.isIndefiniteArticle(word(comma + 1))
                && (lexicon.isNounMarker(word(comma + 3)) || lexicon.isNounClauseOpener(word(comma + 3)) || pronoun(comma + 3))) {
            return null; // "…, a claim the defence ministry denied", "…, a charge it denied": the verb is said of the claim
        }
        // "…, which she denied": the relative is the verb's object, and the clause no one's statement; not "…, WHO
        // representative Layla Saeed said", an acronym, no relative
        if (english && comma + 2 < v && lexicon.isRelative(word(comma + 1)) && !allCapitals(comma + 1)) {
            return null;
        }
        if (english && comma < v - 1 && lexicon.isParticiple(word(comma + 1))) {
            return null; // "…, saying rising debt and a weak won called for caution": the participle's clause, no speaker
        }
        if (english && comma < v - 1 && lexicon.isStop(word(comma + 1))) {
            return null; // "…since January 2025, when it launched an operation called Iron Wall": a clause, no speaker (M6 of dev12)
        }
        Span speaker = comma == v - 1 ? speakerAfter(named, tokens.size()) : span(comma + 1, v);
        if (english && speaker != null && comma == v - 1) {
            speaker = namedAfterDescription(named, speaker, tokens.size()); // "…, said Uvira's mayor, Bahati Lukwebo."
        }
        int lead = datelineEnd() + 1; // "BAGHDAD — Two rockets struck …, police said.": the dateline is no part of what was said
        int earlier = earlierTagEnd(lead, comma);
        if (earlier > 0) {
            // "A student was shot dead, his family said, and at least 34 people were treated for injuries, the Red Cross
            // said": what the second tag reports starts after the first tag, past the conjunction
            lead = earlier + 1;
            while (lead < comma && (tokens.get(lead).punctuation() || lexicon.isSpeakerConjunction(word(lead))
                    || lexicon.isClauseLink(word(lead)))) {
                lead++;
            }
        }
        int next = comma;
        while (next < v && tokens.get(next).punctuation()) {
            next++;
        }
        if (quotationAt(lead, next) != null) {
            return null; // "“…,” the 24-year-old told reporters": a quotation is read as one, never as reported words
        }
        return speaker == null || comma <= lead ? null : Attribution.of(span(lead, comma), speaker, false, sentence);
    }

    /**
     * English: whether a subject pronoun and an auxiliary open the words after the verb at {@code v}: a clause with no
     * complementizer after any speech verb ("claimed it had killed dozens of troops", dev31-en-021), a time of the saying
     * before them or not ("announced on Friday it would …", dev37-en-017), where a noun there
     * may be the verb's object ("claimed the lives of 12 people").
     */
    private boolean pronounClauseAfter(int v) {
        int p = skipTime(v + 1); // "announced on Friday it would suspend …": the time of the saying before the clause
        if (p + 1 >= tokens.size() || tokens.get(p).punctuation() || tokens.get(p + 1).punctuation()) {
            return false;
        }
        String next = word(p);
        return (lexicon.isSubjectPronoun(next) || lexicon.isBodyPronoun(next)) && lexicon.isAuxiliary(word(p + 1));
    }

    /** How many words an earlier tag's speaker may take between its commas ("his family", "the Kenya Red Cross"). */
    private static final int MAX_EARLIER_TAG_WORDS = 6;

    /**
     * The comma closing an earlier clause-final tag between {@code lead} and {@code comma} ("…, his family said, and …"): a
     * comma right after a speech verb (or the time after it) whose speaker stands after the comma before, a few words
     * long; -1 when there is none.
     */
    private int earlierTagEnd(int lead, int comma) {
        for (int k = comma - 1; k > lead + 2; k--) {
            if (!isComma(k)) {
                continue;
            }
            int verb = k - 1;
            while (verb > lead && lexicon.isStatementTime(word(verb))) {
                verb--;
            }
            if (!isVerb(verb) || usedVerbs[verb]) {
                continue;
            }
            int before = verb - 1;
            while (before > lead && verb - before <= MAX_EARLIER_TAG_WORDS && !tokens.get(before).punctuation() && !isVerb(before)) {
                before--;
            }
            if (before > lead && isComma(before) && before < verb - 1) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the attribution at {@code v} stands inside its sentence's clause: after the verb (and its time) a comma, then
     * an auxiliary carrying the predicate on ("The plan, officials said, would cost $2 billion").
     */
    private boolean parentheticalAfter(int v) {
        int i = skipTime(v + 1);
        return i + 1 < tokens.size() && isComma(i) && lexicon.isAuxiliary(word(i + 1));
    }

    /**
     * English: whether the words before {@code comma}, back to the comma before them, are an aside naming the subject: one
     * of the {@code naming_participles}, then "as" ({@code description_markers}) within a few words (", identified only
     * as Sami,", ", identified as a 34-year-old engineer,"), the subject's aside as a relative clause is.
     */
    private boolean namingAsideBefore(int comma) {
        int start = asideStart(comma);
        if (start < 0 || comma - start > MAX_NAMING_WORDS + 7 || tokens.get(start).punctuation()
                || !lexicon.isNamingParticiple(word(start))) {
            return false;
        }
        for (int i = start + 1; i < comma && i - start <= MAX_NAMING_WORDS + 1; i++) {
            if (lexicon.isDescriptionMarker(word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words before {@code comma}, back to the comma before them, open with a relative pronoun (", who …,"). */
    private boolean relativeClauseBefore(int comma) {
        int start = asideStart(comma);
        return start >= 0 && asideAfter(start - 1, comma);
    }

    /** The first word after the comma before {@code comma}, the start of the aside the two commas set off; -1 when none. */
    private int asideStart(int comma) {
        int start = comma - 1;
        while (start > 0 && !isComma(start - 1)) {
            start--;
        }
        return start > 0 ? start : -1;
    }

    /** "بحسب X، …" / "according to X, …" and "…، بحسب X." */
    private Attribution accordingTo(int s) {
        if (dependingOn(s)) {
            return null; // "وتتفاوت أسعار البخور بحسب اللون والنقاء": a criterion, no source
        }
        int start = skipTo(s + 1);
        int document = statementSourceEnd(start);
        int[] issued = document > 0 ? null : issuedDocument(start);
        if (document > 0) {
            start = document; // "according to a statement from the prime minister's office", "وفق حصيلة جديدة أعلنتها …"
        } else if (issued != null) {
            start = issued[0]; // "وفق التقويم الذي أعلنته وزارة التربية", "according to the calendar the ministry published"
        }
        start = issued != null ? start : afterSourceRelative(start);
        if (start < 0) {
            return null; // "حسب ما هو مقرر": as planned, no one's words
        }
        int head = english && start + 1 < tokens.size() && (lexicon.isSubjectArticle(word(start)) || lexicon.isIndefiniteArticle(word(start))) ? start + 1 : start;
        if (head < tokens.size() && lexicon.isNotSource(word(head))
                && lexicon.namedSources().stream().noneMatch(n -> head + n.size() <= tokens.size() && matches(n, head))) {
            return null; // "وفق اتفاق جديد", "according to the plan": under a rule, not from a speaker
        }
        Span speaker = issued != null && issued[1] > start ? span(start, issued[1])
                : english ? speakerAfter(start, tokens.size()) : estimatesOfBody(start);
        if (speaker == null || english && headIsNotSource(speaker)) {
            return null; // "according to the new security law": the phrase's head noun is a rule, whatever stands before it
        }
        if (issued == null || issued[1] < 0) {
            speaker = english ? namedAfterDescription(start, speaker, tokens.size()) // "according to a local councillor, Sani
                                                                                    // Danjuma, who said …" (dev30-en-001)
                    : namedInApposition(speaker, tokens.size()); // "بحسب ما قاله وزير الداخلية، أحمد سليم"
        }
        int after = issued != null && issued[1] > start ? issued[2] : indexAfter(speaker);
        if (!english && start > 0 && relays(start - 1)) {
            int about = relaySource(start - 1, tokens.size());
            Span relayed = about < 0 || about + 1 >= tokens.size() ? null : speakerAfter(about + 1, tokens.size());
            if (relayed != null && about >= after - 1) {
                // "…، بحسب ما نقلت وكالة الأنباء السورية (سانا) عن مصدر أمني": the source the agency relays speaks (rule 26)
                speaker = relayed;
                after = indexAfter(relayed);
            }
        }
        if (issued != null && !english) {
            after = afterAnnouncementTimes(after); // "وفق أرقام نشرها البنك المركزي أمس، …": the day of the issue
        }
        int lead = datelineEnd() + 1; // "بيروت - وفق X، …": after a dateline the source still opens the sentence
        if (s <= lead && issued == null) {
            int comma = commaWithin(after, 3);
            if (comma > after) {
                speaker = span(start, comma); // "وفق المرصد السوري لحقوق الإنسان، فإن …": the whole name up to the comma
                after = comma;
            }
        }
        // "…، بحسب توقعات الهيئة، مع افتتاح …": after a comma the source closes the statement before it, whatever follows
        if (s > lead && (after >= tokens.size() || shortTail(after) || isComma(s - 1))) {
            if (!english && isComma(s - 1) && isVerb(lead) && reportsStatement(lead, s)) {
                return null; // "وقال X إن …، وفق ما نقلته الوكالة": the tag relays X's report, it opens none of its own
            }
            int own = !english && isVerb(lead) ? clauseEndAfter(lead, s) : -1;
            if (own > 0) {
                lead = own; // "أعلنت الوزارة استشهاد شابين …، فيما اعتقلت القوات 15 فلسطينياً …، وفق نادي الأسير": the tag's own clause
            } else if (!english && isVerb(lead) && announces(lead)) {
                return null; // "أعلنت الوزارة استشهاد …، وفق X": the announcement's, no clause of the tag's own
            }
            int end = s;
            while (end > 0 && tokens.get(end - 1).punctuation()) {
                end--;
            }
            int[] whole = quotationAt(lead, s);
            if (whole != null) {
                return Attribution.of(content(whole), speaker, true, sentence); // "«…»، بحسب X": the quoted words, direct
            }
            if (quotationWithin(lead, s)) {
                return null; // "وتشهد البلاد موجة برد «هي الأقسى منذ عقدين»، بحسب X": mixed speech, the quoted span alone is
                             // the claim (dev rule 24), read as a quotation with its tag (blind17's Q1)
            }
            return end > lead + 1 ? Attribution.of(span(lead, end), speaker, false, sentence) : null;
        }
        if (s > lead && !tokens.get(after).punctuation()) {
            return null; // "…، وفق المفوضية السامية للأمم المتحدة …": the rest of a long name is no statement
        }
        while (after < tokens.size() && tokens.get(after).punctuation()) {
            after++;
        }
        if (!english && after + 1 < tokens.size() && lexicon.isComplementizer(word(after))) {
            after++; // "وفق X، فإن …": the statement is what follows فإن
        }
        Span clause = clause(after);
        return clause == null ? null : Attribution.of(clause, speaker, false, sentence);
    }

    /**
     * Whether the source word at {@code s} means "depending on": one of the {@code varying_verbs} stands before it in its
     * clause, with no mark between ("وتختلف مواعيد الحصاد من منطقة إلى أخرى بحسب الأحوال الجوية", "Fares vary according
     * to the season"). After a comma it closes the clause as a source does ("وتتفاوت الأسعار، بحسب التجار").
     */
    private boolean dependingOn(int s) {
        for (int i = s - 1; i >= 0 && !tokens.get(i).punctuation(); i--) {
            if (lexicon.isVaryingVerb(word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arabic: the index after the last comma and {@code announced_clause_ends} word (فيما، بينما) between {@code from} and
     * {@code to}, where a clause with a subject of its own opens; -1 when there is none.
     */
    private int clauseEndAfter(int from, int to) {
        for (int k = to - 2; k > from; k--) {
            if (isComma(k) && lexicon.endsAnnouncedClause(word(k + 1))) {
                return k + 2;
            }
        }
        return -1;
    }

    /**
     * The index after a {@code statement_sources} phrase at {@code start}, or (Arabic) with one adjective of the document
     * after its first word ("حصيلة جديدة أعلنتها"); -1 when none starts there.
     */
    private int statementSourceEnd(int start) {
        for (List<String> phrase : lexicon.statementSources()) {
            if (start + phrase.size() < tokens.size() && matches(phrase, start)) {
                return afterIssueTime(start + phrase.size());
            }
        }
        if (english || start + 1 >= tokens.size() || tokens.get(start + 1).punctuation()) {
            return -1;
        }
        for (List<String> phrase : lexicon.statementSources()) {
            if (phrase.size() > 1 && start + phrase.size() + 1 < tokens.size() && matches(phrase.subList(0, 1), start)
                    && matches(phrase.subList(1, phrase.size()), start + 2)) {
                return afterIssueTime(start + phrase.size() + 1); // "حصيلة جديدة أعلنتها": the document's adjective between
            }
        }
        return -1;
    }

    /** How many words a body's name between a document and the verb or participle of its issue may take. */
    private static final int MAX_ISSUER_WORDS = 6;

    /**
     * A document a body issued, named by a relative clause or participle after one of the {@code document_nouns}, at
     * {@code start} (after بحسب/وفق, according to): {body's first word, -1, -1} when the body follows the verb of issue
     * ("التقويم الذي أعلنته وزارة التربية", "بيانات نشرها الجهاز المركزي", "البيانات الصادرة عن وزارة السياحة", "the
     * timetable released by the ministry"), {body's first word, index after it, index after the issue} when it stands
     * between the document and that verb or participle ("بيانات وزارة السياحة الصادرة اليوم", "the calendar the ministry
     * published"); null otherwise: a document alone names no speaker ("وفق بيانات دائرة الإحصاء", "according to the plan").
     */
    private int[] issuedDocument(int start) {
        int i = start;
        if (english && i + 1 < tokens.size() && (lexicon.isSubjectArticle(word(i)) || lexicon.isIndefiniteArticle(word(i)))) {
            i++;
        }
        if (i + 2 >= tokens.size() || tokens.get(i).punctuation() || !lexicon.isDocumentNoun(word(i))) {
            return null;
        }
        i++;
        if (!english && !tokens.get(i).punctuation() && !lexicon.isRelative(word(i)) && !lexicon.isIssueWord(word(i))
                && i + 1 < tokens.size() && (lexicon.isRelative(word(i + 1)) || lexicon.isIssueWord(word(i + 1)))) {
            i++; // "الأرقام الرسمية التي نشرتها": one adjective of the document
        }
        if (i < tokens.size() && (english ? lexicon.isNounClauseOpener(word(i)) : lexicon.isRelative(word(i)))) {
            i++;
        }
        if (i + 1 < tokens.size() && lexicon.isIssueWord(word(i))) {
            int body = english ? i + 1 : afterIssueTime(i + 1);
            if (body < tokens.size() && lexicon.isIssuerPreposition(word(body))) {
                body = english ? body + 1 : afterIssueTime(body + 1); // "released by", "الصادرة عن"
            } else if (english) {
                return null; // "the report released yesterday": no issuer named
            }
            return body < tokens.size() && !tokens.get(body).punctuation() && !lexicon.isStop(word(body))
                    ? new int[] {body, -1, -1} : null;
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + MAX_ISSUER_WORDS); k++) {
            if (tokens.get(k).punctuation() || isVerb(k)) {
                return null;
            }
            if (lexicon.isIssueWord(word(k)) && !(k + 1 < tokens.size() && lexicon.isIssuerPreposition(word(k + 1)))) {
                // the body between the document and its issue: "بيانات وزارة السياحة الصادرة اليوم الخميس"
                return isNameWord(i, true) ? new int[] {i, k, english ? k + 1 : afterAnnouncementTimes(k + 1)} : null;
            }
        }
        return null;
    }

    /**
     * Arabic: past the day a document was issued on, between its verb and the body ("حسب حصيلة نشرتها اليوم الخميس
     * المديرية العامة للحماية المدنية"): the index of the body's first word after {@code announcement_times}; {@code i}
     * when none stand there or no word follows them.
     */
    private int afterIssueTime(int i) {
        if (english) {
            return i;
        }
        int after = afterAnnouncementTimes(i);
        return after > i && after < tokens.size() && !tokens.get(after).punctuation() ? after : i;
    }

    /**
     * Arabic: whether the {@code content_prepositions} word (في) at {@code v}, after a comma, opens a document a body issued
     * ("…، في حصيلة جديدة أعلنتها السلطات المحلية اليوم الأحد"): a trailing tag as "وفق حصيلة أعلنتها …" is.
     */
    private boolean statementTag(int v) {
        return !english && v > 0 && isComma(v - 1) && lexicon.isContentPreposition(word(v)) && statementSourceEnd(v + 1) > 0;
    }

    /** Whether a complementizer (إن، أن) stands in {@code [from, to)}: the words there report a statement. */
    private boolean reportsStatement(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).punctuation() && lexicon.isComplementizer(word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * After بحسب/وفق at {@code start}: past "ما أكده" / "لما قاله" and a pronoun of the verb, where the speaker's words begin;
     * -1 when a {@code planned_relatives} word follows the relative ("حسب ما هو مقرر", "وفق ما كان مخططاً": as planned,
     * no speaker).
     */
    private int afterSourceRelative(int start) {
        int at = start;
        boolean fused = at > 0 && lexicon.isFusedSource(lexicon.withoutProclitic(word(at - 1)));
        if (fused && at < tokens.size() && isVerb(at)) {
            at++; // "حسبما أفادت وزارة الداخلية": the relative written onto حسب, the verb right after it
            if (at + 1 < tokens.size() && lexicon.isSourcePronoun(word(at))) {
                at++;
            }
        } else if (at + 1 < tokens.size() && lexicon.isSourceRelative(word(at))) {
            if (lexicon.isPlannedRelative(word(at + 1))) {
                return -1;
            }
            at += 2; // بحسب ما أكده X، وفق ما أفاد X
            if (at + 1 < tokens.size() && lexicon.isSourcePronoun(word(at))) {
                at++; // "بحسب ما أفادت به منظمة محلية": the pronoun is the verb's, the body follows
            }
        }
        return at > start ? afterIssueTime(at) : at; // "حسب ما أفاد به اليوم الاثنين بيان للحماية المدنية": the day it was said
    }

    /**
     * The quotation whose mark opens at {@code from} and closes before {@code to} with only punctuation between
     * ("«…»، بحسب", "“…,” according to"), else null: the words before {@code to} are that quotation and nothing more.
     */
    private int[] quotationAt(int from, int to) {
        for (int[] q : quotes) {
            if (q[0] == from && q[1] < to && onlyPunctuationBetween(q[1] + 1, to)) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether a quotation read as a speaker's direct quote opens after {@code from} and closes before {@code to}: words
     * quoted inside a clause (not a group's name in marks, «داعش», which no one is quoted saying).
     */
    private boolean quotationWithin(int from, int to) {
        for (int[] q : quotes) {
            if (q[0] > from && q[1] < to && attributedMarks[q[0]]) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyPunctuationBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).punctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speaker after بحسب/وفق at {@code start}: "تقديرات أولية لوزارة الزراعة في صنعاء" → "وزارة
     * الزراعة في صنعاء", the body named with the clitic ل after the estimates (or the statement: "وفق بيان لوزارة
     * الصحة" → "وزارة الصحة") and one word describing them (K12 of dev11; the clitic is one of the
     * {@code body_clitics}); otherwise the words from {@code start}.
     */
    private Span estimatesOfBody(int start) {
        if (start + 1 < tokens.size() && lexicon.isStatementNoun(word(start)) && word(start + 1).length() > 3
                && lexicon.opensWithBodyCliticArticle(word(start + 1))) {
            int i = start + 2; // "وفق بيان للجيش": the statement with its body, which QuoteFinder reads as "الجيش"
            while (i < tokens.size() && i - start < MAX_SPEAKER_WORDS && isNameWord(i, false)) {
                i++;
            }
            return span(start, i);
        }
        if (start < tokens.size() && (lexicon.isEstimateNoun(word(start)) || lexicon.isStatementNoun(word(start)))) {
            for (int i = start + 1; i <= start + 2 && i < tokens.size() && !tokens.get(i).punctuation(); i++) {
                String w = word(i);
                int clitic = lexicon.bodyCliticLength(w); // "لوزارة"; not "للوزارة", with the article
                if (w.length() > 3 && clitic > 0 && lexicon.isHead(w.substring(clitic))) {
                    Span body = speakerAfter(i, tokens.size());
                    return body == null ? null : new Span(tokens.get(i).start() + clitic, body.end());
                }
            }
        }
        return speakerAfter(start, tokens.size());
    }

    /**
     * The index of a dateline's dash among the first words ("بيروت -", "دمشق - (سانا)", "GENEVA (AFP) -",
     * "ADEN, Yemen (AP) —"), or -1. An English dateline opens with its place in capitals: "At least
     * 12 people — including three children — were killed" has none.
     */
    private int datelineEnd() {
        if (datelineEnd == NOT_READ) {
            datelineEnd = readDatelineEnd(); // asked many times of one sentence, the same each time
        }
        return datelineEnd;
    }

    private int readDatelineEnd() {
        if (english && (tokens.isEmpty() || !allCapitals(0))) {
            return -1;
        }
        for (int i = 1; i < Math.min(tokens.size(), english ? 10 : 12); i++) {
            // an Arabic dash further on ends a dateline only after the agency's brackets: "دمشق، 15 نيسان (وكالات) -"
            if (tokens.get(i).punctuation() && DASHES.contains(word(i)) && (english || i < 6 || ")".equals(word(i - 1)))) {
                int end = i;
                if (end + 3 < tokens.size() && word(end + 1).equals("(") && word(end + 3).equals(")")) {
                    end += 3; // "دمشق - (سانا)"
                }
                return end;
            }
        }
        return -1;
    }

    /** Whether token {@code i} is a word of two letters or more, all capitals: "ADEN", "KHARTOUM", "N'DJAMENA". */
    private boolean allCapitals(int i) {
        int start = tokens.get(i).start();
        int end = tokens.get(i).end();
        if (end - start < 2) {
            return false;
        }
        for (int k = start; k < end; k++) { // the token's chars read in place, not copied out
            char c = text.charAt(k);
            if (!(Character.isUpperCase(c) || c == '-' || c == '\'' || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    /** A comma within {@code words} words of {@code from} with no other punctuation, verb or complementizer before it, or -1. */
    private int commaWithin(int from, int words) {
        for (int i = from; i < Math.min(tokens.size(), from + words + 1); i++) {
            if (isComma(i)) {
                return i;
            }
            if (tokens.get(i).punctuation() || isVerb(i) || lexicon.isComplementizer(word(i))) {
                return -1;
            }
        }
        return -1;
    }

    /** Arabic puts the speaker after its verb (وقال الوزير), English mostly before it (the minister said). */
    private Span speakerOf(int from, int verb, int to) {
        if (english) {
            Span before = speakerBefore(from, verb);
            return before != null ? before : speakerAfter(verb + 1, to);
        }
        if (verb > from && lexicon.isRelative(word(verb - 1))) {
            return span(verb - 1, verb); // "الحركة التي وصفت الاعتقالات بأنها «…»": the relative stands for the speaker
        }
        if (resumptiveAfter(verb) && verb + 2 < to && lexicon.isComplementizer(word(verb + 2))) {
            // "وتبنت الحركة الهجوم في بيان قالت فيه إنه استهدف «…»": as for the reported words, the body that issued it
            Span opening = openingSubject(verb - 1, false);
            return opening != null ? opening : speakerBefore(from, verb - 1);
        }
        Span after = addresseeAt(verb + 1) ? null : speakerAfter(verb + 1, to);
        return after != null ? namedInApposition(after, to) : speakerBefore(from, verb);
    }

    /**
     * Arabic: whether the word at {@code i}, right after a speech verb, is whom the words were said to, with the
     * preposition ل written on it or standing alone before a name in marks ("قال للصحفيين", "قال لوكالة …", "قال
     * لـ«الشرق الأوسط»"): the speaker stands before the verb. Written on, ل must stand before the article or a noun of
     * a speaker or a body: a name that begins with the letter is the speaker ("وقال لومير إن", "وقالت ليلى حداد").
     */
    private boolean addresseeAt(int i) {
        if (english || i >= tokens.size() || tokens.get(i).punctuation()) {
            return false;
        }
        String w = word(i);
        if (lexicon.hasStopPrefix(w) && lexicon.isAddresseeClitic(w.substring(0, 1))) {
            String rest = w.substring(1);
            return lexicon.opensWithBodyCliticArticle(w) || lexicon.isHead(rest) || lexicon.isBodyNoun(rest)
                    || lexicon.isAddresseeNoun(rest); // "لمراسل الأناضول", "لصحيفة …"
        }
        return lexicon.isAddresseeClitic(w) && i + 1 < tokens.size() && isQuoteMark(tokens.get(i + 1));
    }

    /**
     * Arabic: whether the word at {@code i} is one of the {@code addressee_nouns} with one of the {@code addressee_clitics}
     * written on ("لوكالة", "لمراسل"): whom the words were said to, not the rest of a body's name ("للرقابة").
     */
    private boolean addresseeNounAt(int i) {
        if (english || i >= tokens.size() || tokens.get(i).punctuation()) {
            return false;
        }
        String w = word(i);
        return lexicon.hasStopPrefix(w) && lexicon.isAddresseeClitic(w.substring(0, 1)) && lexicon.isAddresseeNoun(w.substring(1));
    }

    /** Whether the mark at {@code i} opens one of the sentence's quotations (not marks read as a name). */
    private boolean startsQuotation(int i) {
        for (int[] q : quotes) {
            if (q[0] == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * "قال المدير الإقليمي للجنة الدولية، ماتيو لامبير،": a title, then the person's name set off by
     * commas; the name is the speaker. The words between the title's end and the first comma
     * still describe the title; the name is two to four words, none a stop, a head or a verb,
     * closed by a comma, a colon, a complementizer or the sentence's end.
     */
    private Span namedInApposition(Span title, int to) {
        if (!titleLike(title)) {
            return title; // "وروى هيوا عمر، شقيق أحد الضحايا، أنه …": a name first, its description after the comma (K12 of dev11)
        }
        if (titleBeforeName(title)) {
            return title; // "وأوضح المحامي فهد العلي، وكيل أحد المتهمين، أن …": the title and name first, a description after
        }
        int i = indexAfter(title);
        while (i < to && i - indexAfter(title) < MAX_SPEAKER_WORDS && !isComma(i)) {
            if (nameMarks[i] || markedNameWords[i]) {
                i++; // "الأمين العام لاتحاد «العمل الوطني»، سامي حداد،": a body's name in marks still describes the title
                continue;
            }
            if (tokens.get(i).punctuation() || isVerb(i) || lexicon.isComplementizer(word(i)) || countNounWord(i)) {
                return title; // "أفادت مصادر طبية بمقتل تسعة فلسطينيين، بينهم …": what was reported follows the title
            }
            i++;
        }
        int start = i + 1;
        if (start + 2 < to && word(start).length() == 1 && ".".equals(word(start + 1))) {
            start += 2; // "ممثلة المنظمة في اليمن، د. ليلى حداد، أن …": a title's one-letter abbreviation before the name (blind8 #28)
        }
        if (start < to && (lexicon.isNameLink(word(start)) || lexicon.isStop(word(start)))) {
            return title; // "وأوضح الوزير، في ندوة صحفية بالرباط، أن …": a place or occasion set off by commas, no name
        }
        if (start < to && addresseeAt(start)) {
            return title; // "وأفادت مصادر أمنية، لمراسل الأناضول، بأن …": whom the words were said to, set off by commas
        }
        if (start < to && anonymityAsideAt(start)) {
            return title; // "وقال مسؤول أمني، فضل عدم ذكر اسمه، إن …": the source is unnamed, the aside names no one
        }
        if (start < to && lexicon.isSubjectPronoun(lexicon.withoutProclitic(word(start)))) {
            return title; // "وقال أحد الناجين، وهو شاب سوداني، إن …": a description of the speaker, no name
        }
        if (start + 1 < to && describingAdjectiveAt(start)) {
            return title; // "وقالت جماعة نصرة الإسلام والمسلمين، المرتبطة بتنظيم القاعدة، إنها …": an adjective phrase
                          // describing the body (blind10 #35), no name of a person
        }
        int end = start;
        int nickname = 0; // "، محمد «جاكا» العلي،": the marks and words of a nickname inside the name (nicknameInName)
        while (end < to && end - start - nickname < 4 && (nameMarks[end] || markedNameWords[end]
                || !tokens.get(end).punctuation() && (!lexicon.isStop(word(end)) || lastNameWordAt(start, end, to))
                && !lexicon.isHead(word(end)) && !isVerb(end) && !lexicon.isComplementizer(word(end)))) {
            nickname += nameMarks[end] || markedNameWords[end] ? 1 : 0;
            end++;
        }
        boolean closed = end < to && (isComma(end) || word(end).equals(":") || lexicon.isComplementizer(word(end)))
                || i < to && isComma(i) && onlyPunctuationFrom(end); // "بحسب ما قاله وزير الداخلية، أحمد سليم." ends the sentence
        return i < to && end - start >= 2 && closed ? span(start, end) : title;
    }

    /**
     * Arabic: whether an adjective with the article and a preposition's complement opens at {@code i} ("المرتبطة بتنظيم
     * القاعدة"، "الموالية للحكومة"): a participle of the form مُفعَل (the article, then م), no speaker head, and after it
     * a preposition written on a word (on a head or a word with the article after a masculine one). It describes a body;
     * it names no one.
     */
    private boolean describingAdjectiveAt(int i) {
        String w = word(i);
        if (i + 1 >= tokens.size() || tokens.get(i + 1).punctuation() || !w.startsWith("الم") || lexicon.isHead(w)) {
            return false;
        }
        String next = word(i + 1);
        if (next.length() <= 3 || !lexicon.hasStopPrefix(next)) {
            return false;
        }
        String bare = next.substring(1);
        // a feminine adjective agrees with a body's name ("المرتبطة بتحالف المعارضة"); a masculine word so shaped may be a
        // title before a name ("المهندس بسام"): only a head or a word with the article after its preposition
        return lexicon.hasFeminineEnding(w) || lexicon.isHead(bare) || lexicon.hasArticlePrefix(bare) || bare.startsWith("ل");
    }

    /**
     * Whether the stop word at {@code i} is the last word of a name in apposition from {@code start}: one of the
     * {@code name_stops} with the comma or colon closing the name right after. "علي" is written as the preposition على
     * is once normalised ("…، محمد أيت علي: «…»", dev30-ar-003), and no name ends on a preposition.
     */
    private boolean lastNameWordAt(int start, int i, int to) {
        return i > start && i + 1 < to && (isComma(i + 1) || ":".equals(word(i + 1))) && lexicon.isNameStop(word(i));
    }

    /** Whether the word at {@code i} is one of the {@code count_nouns}, or one with a preposition written on ("بمقتل"). */
    private boolean countNounWord(int i) {
        String w = word(i);
        return lexicon.isCountNoun(w) || w.length() > 3 && lexicon.hasStopPrefix(w) && lexicon.isCountNoun(w.substring(1));
    }

    /** Whether a speaker's words hold a title: a speaker head (مدير، المتحدث) or a word with the article (الطبيب). */
    /**
     * Arabic: whether {@code title} opens with a word with the article and goes on with one without it that is no head,
     * stop, link or preposition's noun: a title and a person's name ("المحامي فهد العلي", "اللواء رعد الساعدي"), since a
     * noun with the article takes no bare noun after it in one phrase ("الناطق باسم الجيش", "المكلف بالإعلام في الحماية
     * المدنية", "المتحدث الرسمي" name no one).
     */
    private boolean titleBeforeName(Span title) {
        int first = indexAfter(new Span(title.start(), title.start()));
        int second = first + 1;
        if (english || second >= tokens.size() || tokens.get(second).end() > title.end() || tokens.get(second).punctuation()) {
            return false;
        }
        String w = word(second);
        return lexicon.hasArticlePrefix(word(first)) && !lexicon.hasArticlePrefix(w) && !lexicon.isHead(w)
                && !lexicon.isStop(w) && !lexicon.isNameLink(w) && !lexicon.opensWithBodyCliticArticle(w)
                && !(w.length() > 3 && lexicon.hasArticlePrefix(w.substring(1))); // "المكلف بالإعلام": a preposition's noun
    }

    private boolean titleLike(Span title) {
        for (int i = indexAfter(new Span(title.start(), title.start())); i < tokens.size() && tokens.get(i).end() <= title.end(); i++) {
            if (lexicon.isHead(word(i)) || lexicon.hasArticlePrefix(word(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words after a verb that name its speaker, up to a stop; null when there are none. */
    private Span speakerAfter(int from, int to) {
        int i = from;
        if (!english && from > 0 && from < to && "«".equals(word(from)) && verbGroup(from - 1) != null) {
            // "وأعلنت «قسد» في بيان أنها …": marks read as a name (namesSpeaker) right after the verb; the name speaks
            for (int k = from + 1; k < to && k <= from + MAX_NAME_WORDS + 1; k++) {
                if ("»".equals(word(k))) {
                    return k > from + 1 && !startsQuotation(from) ? span(from, k + 1) : null;
                }
                if (tokens.get(k).punctuation()) {
                    break;
                }
            }
        }
        int issued = !english && from > 0 && from < to && verbGroup(from - 1) != null && lexicon.isStatementNoun(word(from)) ? statementSourceEnd(from) : -1;
        if (issued > from && issued < to) {
            return speakerAfter(issued, to); // "وذكر بيان صادر عن الأمانة العامة لـ«أوبك» أن …": the body that issued it speaks
        }
        if (!english && from > 0 && from + 1 < to && lexicon.isStatementNoun(word(from)) && verbGroup(from - 1) != null
                && !lexicon.isAmbiguousVerb(word(from - 1)) && lexicon.hasBodyClitic(word(from + 1))
                && word(from + 1).length() > 2 && isNameWord(from + 1, true)) {
            i = from + 2; // "وقال بيان للجيش إن …": the statement's body speaks (QuoteFinder reads "للجيش" as "الجيش", J20 of dev10);
                          // after بحسب the whole sentence is the body's dated event ("…، بحسب بيان لمجلس القضاء الأعلى", dev3-ar-032)
        } else if (!english && from > 0 && from + 1 < to && lexicon.isStatementNoun(word(from)) && verbGroup(from - 1) != null
                && !lexicon.isAmbiguousVerb(word(from - 1)) && lexicon.hasArticlePrefix(word(from + 1)) && isNameWord(from + 1, true)) {
            // "وأوضح بيان الوزارة أن …": the statement in construct with its body; the body speaks
            return speakerAfter(from + 1, to);
        }
        while (i < to && i - from < MAX_SPEAKER_WORDS && (isNameWord(i, i == from) || english && i > from && ageHyphen(i))
                && !(i == from + 1 && objectOfSubject(i)) && !shapedObject(i)) {
            i++; // "…," said the 24-year-old: the age stand-in whole
        }
        if (!english && i > from && i + 2 < to && "(".equals(word(i)) && ")".equals(word(i + 2)) && !tokens.get(i + 1).punctuation()
                && i + 3 < to && lexicon.isComplementizer(word(i + 3))) {
            i += 3; // "وأفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) بأن …": the name's short form is the name's
        }
        return i > from ? span(from, i) : null;
    }

    /**
     * Arabic: whether the word at {@code i}, with the article right after a word with it, is the verb's object and no
     * adjective of that word, with which it cannot agree: a feminine ending after a masculine speaker head ("وانتقد
     * الوزير الخطة", "وزار الرئيس البلدة"), or a longer (plural) feminine ending than a feminine head's own ("ونفت
     * الحركة الاتهامات"). The subject of a verb-subject-object sentence ends before it. Asked only of the word after the
     * subject's first: after a genitive ("وزارة الدفاع التركية") the adjective is the construct head's.
     */
    private boolean objectOfSubject(int i) {
        if (english || i == 0 || !lexicon.hasArticlePrefix(word(i)) || !lexicon.hasArticlePrefix(word(i - 1))
                || !lexicon.hasFeminineEnding(word(i))) {
            return false;
        }
        Agreement.Kind head = agreement.arabicGender(word(i - 1));
        if (head == Agreement.Kind.UNKNOWN && lexicon.article() != null) {
            head = agreement.arabicGender(lexicon.article().matcher(word(i - 1)).replaceFirst("")); // "الوزير" as "وزير"
        }
        int headEnding = feminineEnding(word(i - 1));
        return head == Agreement.Kind.MASCULINE && headEnding == 0
                || head == Agreement.Kind.FEMININE && headEnding > 0 && feminineEnding(word(i)) > headEnding;
    }

    /**
     * Arabic: whether the word at {@code i}, with the article right after a word with it, has one of the
     * {@code object_shapes}, a noun no adjective can be ("وانتقد وزير المالية التقرير", "وانتقد الوزير التصريحات"), or is
     * a statement's noun ("وانتقد المتحدث باسم الحكومة البيان"): the verb's object, before which the subject of a
     * verb-subject-object sentence ends.
     */
    private boolean shapedObject(int i) {
        return !english && i > 0 && lexicon.hasArticlePrefix(word(i)) && lexicon.hasArticlePrefix(word(i - 1))
                && (lexicon.hasObjectShape(word(i)) || lexicon.isStatementNounWithArticle(word(i)));
    }

    /** How many letters of {@code word} are its feminine ending ({@code feminine_endings}), 0 for none. */
    private int feminineEnding(String word) {
        return word.length() - lexicon.withoutFeminineEnding(word).length();
    }

    /**
     * Whether the last word of an English noun phrase after "according to", its head, is one of the {@code not_sources}
     * ("the new security law", "the government's revised plan"), and no {@code named_sources} body opens the phrase.
     */
    private boolean headIsNotSource(Span speaker) {
        int head = indexAfter(speaker) - 1;
        return head > 0 && lexicon.isNotSource(word(head)) && lexicon.namedSources().stream()
                .noneMatch(n -> head + 1 - n.size() >= 0 && matches(n, head + 1 - n.size()));
    }

    /** The speaker standing before its verb: "وزارة الداخلية … قالت", "The ministry said", "Ali, a spokesman, said". */
    private Span speakerBefore(int from, int verb) {
        if (english) {
            List<int[]> segments = commaSegments(from, verb);
            if (segments.isEmpty()) {
                return null;
            }
            if (segments.size() >= 2 && lexicon.isClauseLink(word(verb - 1)) && isPredicate(segments.get(segments.size() - 1))) {
                segments = subjectSegments(segments.subList(0, segments.size() - 1)); // "Salih, 54, thanked the chamber and said"
            }
            int aside = quotedRelativeAside(verb);
            if (aside > from) {
                segments = commaSegments(from, aside); // "Activists, who campaigned under the slogan “…, …,” said"
            }
            if (segments.size() >= 3 && isAge(segments.get(1)) && lexicon.isRelative(word(segments.get(2)[0]))) {
                segments = segments.subList(0, 1); // "President Elena Quispe, 61, who took office in 2024, said": age and aside
            }
            boolean appositive = verb > from && isComma(verb - 1) && segments.size() >= 2;
            int[] last = segments.get(segments.size() - 1);
            Span named = appositive ? namedAs(last) : null;
            if (named != null) {
                return named; // "The witness, identified only as Mr. K., said": the name the aside gives speaks
            }
            int[] seg = appositive && !isPersonName(last) && !titledPersonName(last) ? segments.get(segments.size() - 2) : last;
            int s = afterDateline(seg);
            while (s < seg[1] && (lexicon.isStop(word(s)) || tokens.get(s).punctuation())
                    || s + 1 < seg[1] && (lexicon.isSpeakerConjunction(word(s)) || lexicon.isRelative(word(s)))) {
                s++; // "…, and aid groups said": the conjunction is no part of the speaker (a lone "and" still is);
                     // "…, which the fire brigade said": nor is the relative word
            }
            for (int j = s + 1; j < seg[1]; j++) {
                if (isVerb(j)) {
                    seg = new int[] {seg[0], j}; // "the movement said in a statement that described …": the movement
                    break;
                }
            }
            if (s < seg[1] && Character.isDigit(word(seg[1] - 1).codePointAt(0))
                    && !(english && seg[1] - 2 >= s && capitalised(seg[1] - 2) && !lexicon.isStop(word(seg[1] - 2)))) {
                return null; // "rose to 27, up from 19 announced the previous evening": a figure is no speaker; one after a
                             // capitalised word ends a name ("Press group Charter 97 said at least four …")
            }
            int e = seg[1];
            while (e - 1 > s && (lexicon.isAuxiliary(word(e - 1)) || lexicon.isStop(word(e - 1)))) {
                e--; // "The minister has said", "He had earlier told", "officials on Monday said": not the speaker's words
            }
            if (e - 1 > s && e < verb && lexicon.isGoOnVerb(word(e - 1)) && lexicon.isGoOnParticle(word(e))) {
                e--; // "She went on to say that …" (J21 of dev10): "went" is no part of the speaker
            }
            if (e - 1 > s && (s > afterDateline(seg) || lexicon.isFrontedParticiple(word(s))) && lexicon.isSubjectPronoun(word(e - 1))) {
                s = e - 1; // "In a televised address he said", "Speaking to reporters he said": a fronted phrase, then the subject
            }
            if (e == verb && e - 1 > s && lexicon.isRelative(word(e - 1)) && !lexicon.isRelative(word(s))) {
                return relativeSubject(seg, s, e - 1); // "…, a 24-year-old student who said she was released …"
            }
            return s < e ? span(s, e) : null;
        }
        for (int h = from; h < verb; h++) {
            if (!tokens.get(h).punctuation() && lexicon.isHead(word(h))) {
                return speakerAfter(h, verb);
            }
        }
        int s = from;
        while (s < verb && (tokens.get(s).punctuation() || lexicon.isComplementizer(word(s)))) {
            s++;
        }
        for (int i = s; verb - s > 3 && i < verb; i++) {
            if (i > s && !tokens.get(i).punctuation() && lexicon.isSecondClauseOpener(List.of(word(i - 1), word(i)))) {
                s = i + 1; // "غير أن مصدراً دبلوماسياً قال …": the subject after the opener (not "وأضاف أن X كشفت «…»")
            }
        }
        int words = 0;
        for (int i = s; i < verb; i++) {
            words += nameMarks[i] || markedNameWords[i] ? 0 : 1; // a nickname in marks is no word more
        }
        return words > 0 && words <= 3 ? speakerAfter(s, verb) : null;
    }

    /**
     * English: who the relative right before a speech verb stands for, the noun phrase before it from {@code s} to
     * {@code who} ("said a farmer who said his fields …": a farmer, not "said a farmer who"; a verb opening the words, a
     * tag's before them, is no part of it), and when that phrase opens with a determiner right after a comma and a
     * person's name stands before the comma, the name it describes ("said Grace Wanjiru, a 24-year-old student who said
     * she was released …": Grace Wanjiru, dev41-en-011).
     */
    private Span relativeSubject(int[] seg, int s, int who) {
        while (s < who && isVerb(s)) {
            s++;
        }
        if (s >= who) {
            return null;
        }
        boolean agesOnly = true;
        for (int i = seg[0]; i < s; i++) {
            agesOnly &= !(DASHES.contains(word(i)) && tokens.get(i).punctuation()) || ageHyphen(i);
        }
        if (agesOnly && s > seg[0] && (lexicon.isNounMarker(word(seg[0])) || lexicon.isIndefiniteArticle(word(seg[0])))) {
            s = seg[0]; // "a 24-year-old student who": an age's hyphens are no dateline's dash
        }
        if (s == seg[0] && s >= 3 && isComma(s - 1) && (lexicon.isNounMarker(word(s)) || lexicon.isIndefiniteArticle(word(s)))) {
            int n = s - 1;
            while (n > 0 && s - 1 - n < MAX_TITLED_NAME_WORDS && !tokens.get(n - 1).punctuation() && !isVerb(n - 1)) {
                n--; // back to the tag's verb ("said Grace Wanjiru,"), a mark or the sentence's start
            }
            if ((n == 0 || tokens.get(n - 1).punctuation() || isVerb(n - 1)) && isPersonName(new int[] {n, s - 1})) {
                return span(n, s - 1);
            }
        }
        return span(s, who);
    }

    /**
     * "thanked the chamber and": a segment of more than "and" that opens with a lower-case word other
     * than an article or a stop is a verb phrase whose subject stands before its comma (", and
     * described …" alone is the same speaker's next verb, which the anaphor "and" resolves). An auxiliary
     * opening it, though a stop, opens such a phrase too ("Her rival, former general Omar Diallo, has
     * refused to concede and said": the general speaks).
     */
    private boolean isPredicate(int[] seg) {
        String w = text.substring(tokens.get(seg[0]).start(), tokens.get(seg[0]).end());
        boolean auxiliary = seg[1] - seg[0] >= 3 && lexicon.isAuxiliary(word(seg[0])) && !tokens.get(seg[0] + 1).punctuation()
                && !lexicon.isNounMarker(word(seg[0] + 1));
        return seg[1] - seg[0] >= 2 && !tokens.get(seg[0]).punctuation() && Character.isLowerCase(w.codePointAt(0))
                && !lexicon.isNounMarker(word(seg[0])) && (!lexicon.isStop(word(seg[0])) || auxiliary)
                && !lexicon.isRelative(word(seg[0]));
    }

    /** The segments before a predicate without an age set off by commas after the name ("Salih, 54,"). */
    private List<int[]> subjectSegments(List<int[]> segments) {
        List<int[]> out = new ArrayList<>(segments);
        while (out.size() >= 2) {
            int[] last = out.get(out.size() - 1);
            if (last[1] - last[0] != 1 || !Character.isDigit(word(last[0]).codePointAt(0))) {
                break;
            }
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** A lower-case particle joined to a capitalised name: al-Mannai, el-Sisi, bin-Ali. */
    private static final java.util.regex.Pattern NAME_PARTICLE = java.util.regex.Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}.*");

    /**
     * "Ethiopia's government spokeswoman, Selamawit Bekele, said": two to four capitalised words
     * (or particles joined to one: al-Sharif), the first not an article, make a person's name; the name is the speaker, not the title.
     */
    /**
     * English: whether {@code seg} is one of the {@code person_nouns} in lower case, then a person's name: "economist
     * Alvaro Ramos", "lawyer Carlos Mendez" — the name in apposition after a description ("Her main rival, economist
     * Alvaro Ramos, said"), written with what the person is.
     */
    private boolean titledPersonName(int[] seg) {
        if (seg[1] - seg[0] < 3 || tokens.get(seg[0]).punctuation()) {
            return false;
        }
        String first = text.substring(tokens.get(seg[0]).start(), tokens.get(seg[0]).end());
        if (seg[1] - seg[0] >= 4 && Character.isUpperCase(first.codePointAt(0)) && !lexicon.isNounMarker(word(seg[0]))
                && !lexicon.isStop(word(seg[0])) && !tokens.get(seg[0] + 1).punctuation()) {
            // "the bloc's chairman, Tanzanian diplomat Grace Mwakyusa, told reporters": a capitalised word of origin
            // before the person noun in lower case ("Kenyan lawyer", "Syrian activist"), then the name
            String second = text.substring(tokens.get(seg[0] + 1).start(), tokens.get(seg[0] + 1).end());
            if (Character.isLowerCase(second.codePointAt(0)) && lexicon.isPersonNoun(second)
                    && isPersonName(new int[] {seg[0] + 2, seg[1]})) {
                return true;
            }
        }
        return Character.isLowerCase(first.codePointAt(0)) && lexicon.isPersonNoun(first)
                && isPersonName(new int[] {seg[0] + 1, seg[1]});
    }

    private boolean isPersonName(int[] seg) {
        int words = seg[1] - seg[0];
        if (words < 2 || words > MAX_TITLED_NAME_WORDS || lexicon.isNounMarker(word(seg[0]))) {
            return false;
        }
        for (int i = seg[0]; i < seg[1]; i++) {
            String w = text.substring(tokens.get(i).start(), tokens.get(i).end());
            if (i > seg[0] && abbreviationDot(i)) {
                continue; // "Dr. Sana Gul": a title's abbreviation
            }
            if (tokens.get(i).punctuation() || !Character.isUpperCase(w.codePointAt(0)) && !NAME_PARTICLE.matcher(w).matches()
                    || words > 4 && lexicon.isHead(word(i))) {
                return false; // five or six words: a rank and a name ("Major General Tahsin Ali Jabbar"), not a body's name
            }
        }
        return true;
    }

    /** A person's name with a rank before it: "Major General Tahsin Ali Jabbar", "Brigadier General Khalid al-Tayeb Hamid". */
    private static final int MAX_TITLED_NAME_WORDS = 6;

    /** How many words a place or field after a title may take before the name in apposition ("in South Sudan"). */
    private static final int MAX_PLACE_WORDS = 4;

    /**
     * "said his brother, Ali Fakih." / "said the mayor's spokesman, Omar Said, on Monday": a description
     * opening with a determiner after the verb, then a person's name set off by a comma (K12 of dev11);
     * the name is the speaker. Anything but a comma, the sentence end or a time after the name keeps the description.
     * A place or field after the title ({@code medium_prepositions}, {@code head_prepositions}: "said its representative
     * in Sudan, Mariam Yousef") stands between it and the comma.
     */
    private Span namedAfterDescription(int from, Span description, int to) {
        int comma = indexAfter(description);
        if (!lexicon.isNounMarker(word(from)) && !possessive(from)) {
            return description; // "Uvira's mayor, Bahati Lukwebo": a possessive opens a description as "the" does
        }
        if (comma < to && (lexicon.isMediumPreposition(word(comma)) || lexicon.isHeadPreposition(word(comma)))) {
            // "said its representative in Sudan, Mariam Yousef": a place or field after the title, then the name
            int place = comma + 1;
            while (place < to && place - comma <= MAX_PLACE_WORDS && !tokens.get(place).punctuation()) {
                place++;
            }
            comma = place > comma + 1 && place - comma <= MAX_PLACE_WORDS ? place : comma;
        }
        if (comma >= to || !isComma(comma)) {
            return description;
        }
        Span named = namedAs(namingAsideAfter(comma + 1, to));
        if (named != null) {
            return named; // "said the witness, identified only as Mr. K.": the name the aside gives
        }
        int end = comma + 1;
        while (end < to && !tokens.get(end).punctuation() && end - comma <= MAX_TITLED_NAME_WORDS) {
            end++;
        }
        if (end < to && !(isComma(end) || word(end).equals("."))) {
            return description;
        }
        int[] name = {comma + 1, end};
        return isPersonName(name) || titledPersonName(name) ? span(comma + 1, end) : description; // "…, Kenyan lawyer X,"
    }

    /**
     * English: the words from {@code from} to the comma, the sentence's end or {@code to}, the dots of initials and short
     * titles kept in ("identified only as Mr. K.", the last one also the sentence's full stop), for {@link #namedAs}; an
     * empty segment when anything else ends them.
     */
    private int[] namingAsideAfter(int from, int to) {
        int end = from;
        while (end < to && end - from <= MAX_NAMING_WORDS + 8 && (!tokens.get(end).punctuation() || abbreviationDot(end))) {
            end++;
        }
        boolean closed = end == to || isComma(end) || word(end).equals(".");
        return closed ? new int[] {from, end} : new int[] {from, from};
    }

    /** How many words may stand between a naming participle and its "as" ("identified by the court only as"). */
    private static final int MAX_NAMING_WORDS = 5;

    /**
     * English: the name an aside set off by commas after a description gives its person, or null: one of the
     * {@code naming_participles} (identified, named), up to five words ("only", "by the court"), one of the
     * {@code description_markers} (as), then one to four capitalised words, initials with their dots among them, to the
     * aside's end: "The witness, identified only as Mr. K., said" — the person is named only so, and the name, not the
     * description, is who speaks (dev41-en-009). A description in lower case after "as" names no one.
     */
    private Span namedAs(int[] seg) {
        if (!english || seg[1] - seg[0] < 3 || tokens.get(seg[0]).punctuation() || !lexicon.isNamingParticiple(word(seg[0]))) {
            return null;
        }
        int as = seg[0] + 1;
        while (as < seg[1] && as - seg[0] <= MAX_NAMING_WORDS && !tokens.get(as).punctuation()
                && !lexicon.isDescriptionMarker(word(as))) {
            as++;
        }
        if (as >= seg[1] - 1 || tokens.get(as).punctuation() || !lexicon.isDescriptionMarker(word(as))) {
            return null;
        }
        int words = 0;
        for (int i = as + 1; i < seg[1]; i++) {
            if (abbreviationDot(i)) {
                continue; // "Mr. K.": the dots of a title and an initial
            }
            String w = text.substring(tokens.get(i).start(), tokens.get(i).end());
            if (tokens.get(i).punctuation() || !Character.isUpperCase(w.codePointAt(0)) && !NAME_PARTICLE.matcher(w).matches()) {
                return null;
            }
            words++;
        }
        return words >= 1 && words <= 4 ? span(as + 1, seg[1]) : null;
    }

    /** "GENEVA (AFP) - The International Committee …": the speaker starts after a dateline's dash. */
    private int afterDateline(int[] seg) {
        int s = seg[0];
        for (int i = seg[0]; i < seg[1]; i++) {
            if (DASHES.contains(word(i)) && tokens.get(i).punctuation()) {
                s = i + 1;
            }
        }
        return s;
    }

    private boolean isNameWord(int i, boolean first) {
        Token t = tokens.get(i);
        if (nameMarks[i]) {
            return !first; // "حركة «حماس»": the marks are part of the name they close
        }
        if (markedNameWords[i]) {
            return true; // "متحدث باسم «أطباء من أجل السلام»": a stop word inside the marks does not end the name
        }
        if (t.punctuation() && !(english && t.word().equals("."))) {
            return false;
        }
        if (english && !first && abbreviationDot(i)) {
            return i + 1 < tokens.size() && isNameWord(i + 1, false); // "said Dr. Lina Haddad": a title's abbreviation goes on
        }
        String w = t.word();
        if (lexicon.isNameLink(w)) {
            // "وأكد في مؤتمر صحافي أن …": a link carries a name on (المتحدث باسم الجيش) but opens none;
            // the verb's subject is dropped and its speaker is the one named before
            // nor is an ordinal day after it part of the name: "قال الرئيس في العاشر من مارس"
            return !first && i + 1 < tokens.size() && isNameWord(i + 1, false) && !lexicon.isNameLink(word(i + 1))
                    && !lexicon.isLinkStop(word(i + 1));
        }
        if (!english && !first && namedStopAt(i)) {
            return true; // "قائد شرطة المحافظة اللواء علي حسن": the name علي after a rank, not the preposition على
        }
        return !t.punctuation() && !lexicon.isStop(w) && (!lexicon.isObject(w) || headedGenitive(i, first)) && !isVerb(i)
                && !(!english && lexicon.isAddresseeClitic(w)) // "وقال مصدر أمني لـ«الشرق الأوسط»": the outlet addressed ends the name
                && !(!first && !english && lexicon.hasStopPrefix(w) && !inChargeOf(i) && !carriesBodyNameOn(i)
                        && !prefixLetterNameAt(i))
                && !(!english && Character.isDigit(w.codePointAt(0))); // "وثّقت شبكة أطباء السودان مقتل 1240 مدنياً": a figure ends the body's name
    }

    /** How many words a person's name after a title may take ("ليلى بن عمر الحسيني"). */
    private static final int MAX_PERSON_NAME_WORDS = 4;

    /**
     * Arabic: whether the word at {@code i}, which opens with a letter of the {@code stop_prefixes} (ب، ل), stands in a
     * person's name after a title, not a preposition written on a noun: "وقال مدرب الفريق لويس غارسيا:"، "وقال وزير
     * المالية بيتر شولتز إن"، "وقال رئيس الهيئة كمال بلعيد إن"، "وأوضحت مديرة المهرجان ليلى بن عمر أن". The one reading
     * of such a word inside a name ({@link #isNameWord}):
     * <ul>
     *   <li>the name is two to four words: the word and the name words around it ({@link #nameWordAt}; a later one may
     *       open with the letter too, "لوران بيرنار"), and a family name with the article after a name word ("بشرى
     *       العمري"، "ليلى بن عمر الحسيني");</li>
     *   <li>a title ends right before it ({@link #titleBefore}: "مدرب الفريق"، "الناطق باسم");</li>
     *   <li>a comma, a colon, a complementizer or an addressee closes it ("بشرى العمري لوكالة …"), and, but after the
     *       word and one with the article alone, which may be a noun and its object ("وطالب الوزير بطرد الإيرانيين من
     *       سوريا"), also a mark, a stop, a link ("في مؤتمر صحفي") or the text's end.</li>
     * </ul>
     * The word is no preposition's noun ({@link #prepositionalNoun}: "أفادت الوزارة بمقتل ستة من …"، "لصحيفة محلية"),
     * but for ل with the article written on right after the title, the title's genitive, before a name of words with no
     * such letter ("وقال الأمين العام للمجلس جاسم الكعبي إن": the secretary general of the council speaks, not to it;
     * "الاتحاد الجهوي للشغل بقابس" names a place after the field). A noun and its adjective, both feminine, are a manner
     * ("وقال الوزير بلهجة حازمة إن"); a word after the name's first with a word with the article right after it is a
     * preposition's noun and its adjective ("وقال الرئيس عون لنظيره الفرنسي إن"); a word alone is an addressee ("وقالت
     * الوزارة لرويترز إن").
     */
    private boolean prefixLetterNameAt(int i) {
        int start = i;
        while (start > 0 && i - start < MAX_PERSON_NAME_WORDS - 1 && nameWordAt(start - 1)) {
            start--;
        }
        if (!titleBefore(start)) {
            return false;
        }
        String w = word(i);
        boolean genitive = prepositionalNoun(w); // past this test: ل with the article right after the title, its genitive
        if (genitive && !(start == i && lexicon.opensWithBodyCliticArticle(w))
                || i + 1 < tokens.size() && !tokens.get(i + 1).punctuation() && lexicon.hasFeminineEnding(w.substring(1))
                        && lexicon.hasFeminineEnding(word(i + 1))) {
            return false; // "أفادت الوزارة بمقتل ستة من …"، "بلهجة حازمة"
        }
        int end = i + 1;
        while (end < tokens.size() && end - start < MAX_PERSON_NAME_WORDS
                && (nameWordAt(end) && !(genitive && lexicon.hasStopPrefix(word(end))) // "للشغل بقابس"
                        || (end > i + 1 || start == i) && familyNameAt(end) && nameWordAt(end - 1))) {
            end++; // "بشرى العمري"، "ليلى بن عمر الحسيني": a family name with the article after a name word
        }
        if (end == i + 1 && end < tokens.size() && !tokens.get(end).punctuation() && lexicon.hasArticlePrefix(word(end))) {
            return false; // "عون لنظيره الفرنسي": a preposition's noun and its adjective
        }
        // "وطالب الوزير بطرد الإيرانيين من …": the word and one with the article may be a noun and its object or adjective
        boolean nounAndAdjective = start == i && end == i + 2 && lexicon.hasArticlePrefix(word(i + 1));
        if (end - start < 2 || end >= tokens.size()) {
            return end - start >= 2 && !nounAndAdjective;
        }
        String next = word(end);
        boolean punctuation = tokens.get(end).punctuation();
        return isComma(end) || ":".equals(next) || !punctuation && (lexicon.isComplementizer(next) || addresseeAt(end))
                || !nounAndAdjective && (isQuoteMark(end) || !punctuation && (lexicon.isStop(next) || lexicon.isNameLink(next)));
    }

    /**
     * Arabic: whether a title ends right before {@code start}: a word with the article ("وزير المالية"), or a link with a
     * preposition's letter after one ("الناطق باسم مديرية أمن بنغازي").
     */
    private boolean titleBefore(int start) {
        if (start == 0 || tokens.get(start - 1).punctuation()) {
            return false;
        }
        String before = word(start - 1);
        return lexicon.hasArticlePrefix(before) || lexicon.isNameLink(before) && lexicon.hasStopPrefix(before) && start >= 2
                && !tokens.get(start - 2).punctuation() && lexicon.hasArticlePrefix(word(start - 2));
    }

    /**
     * Arabic: whether the word at {@code i} may stand in a person's name: none of the article, a stop, a link, a head, a
     * complementizer, a verbal noun, a verb, a figure or a mark, and no preposition's noun ({@link #prepositionalNoun}).
     */
    private boolean nameWordAt(int i) {
        if (i >= tokens.size() || tokens.get(i).punctuation() || isQuoteMark(i)) {
            return false;
        }
        String w = word(i);
        return !lexicon.hasArticlePrefix(w) && !lexicon.isStop(w) && !lexicon.isNameLink(w) && !lexicon.isHead(w)
                && !lexicon.isComplementizer(w) && !lexicon.isVerbalNoun(w) && !isVerb(i) && !Character.isDigit(w.codePointAt(0))
                && !(lexicon.hasStopPrefix(w) && prepositionalNoun(w));
    }

    /**
     * Arabic: whether the word at {@code i} is one of the {@code name_stops} as the pack writes it (علي, which normalising
     * folds into the preposition على) inside a name: after a rank or another word with the article that is no speaker head,
     * with no mark between, and before a word with no article that is no stop, verb or complementizer ("اللواء علي حسن",
     * "قائد الشرطة العميد علي ناصر"; the preposition takes its noun with the article, "على الوضع", and after a speaker's
     * title it may be the preposition written loosely, "وقال المحافظ علي هامش المؤتمر"). After a title in construct, a
     * head and its genitive with the article ("رئيس البلدية"، "قائد الشرطة"), it is the name when one to three bare name
     * words after it close on a comma, a colon, a complementizer, an addressee or a quotation ("وقال رئيس البلدية علي
     * حمود للوكالة: «…»", dev41-ar-002), which the preposition's noun and its genitive ("علي هامش المؤتمر") do not.
     */
    private boolean namedStopAt(int i) {
        Token t = tokens.get(i);
        if (t.punctuation() || i == 0 || tokens.get(i - 1).punctuation() || i + 1 >= tokens.size() || tokens.get(i + 1).punctuation()
                || !lexicon.isWrittenNameStop(text.substring(t.start(), t.end()))) {
            return false;
        }
        String rank = word(i - 1);
        if ((!lexicon.hasArticlePrefix(rank) || lexicon.isHead(rank)
                || lexicon.article() != null && lexicon.isHead(lexicon.article().matcher(rank).replaceFirst("")))
                && !(constructTitleBefore(i) && closedNameAfter(i))) {
            return false; // "وقال المحافظ علي هامش المؤتمر": after a speaker's title علي may be the preposition, written loosely
        }
        String next = word(i + 1);
        return !lexicon.hasArticlePrefix(next) && !lexicon.isStop(next) && !isVerb(i + 1) && !lexicon.isComplementizer(next)
                && !isQuoteMark(i + 1) && !Character.isDigit(next.codePointAt(0));
    }

    /**
     * Arabic: whether a title in construct ends right before {@code i}: a speaker head with no article, then its genitive
     * with the article ("رئيس البلدية"، "قائد الشرطة"), with no mark between.
     */
    private boolean constructTitleBefore(int i) {
        return i >= 2 && !tokens.get(i - 2).punctuation() && lexicon.hasArticlePrefix(word(i - 1))
                && !lexicon.hasArticlePrefix(word(i - 2)) && lexicon.isHead(word(i - 2));
    }

    /**
     * Arabic: whether one to three bare name words ({@link #nameWordAt}) follow {@code i} and a comma, a colon, a
     * complementizer, an addressee or a quotation's mark closes them: a name's rest, not a preposition's noun.
     */
    private boolean closedNameAfter(int i) {
        int end = i + 1;
        while (end < tokens.size() && end - i <= 3 && nameWordAt(end)) {
            end++;
        }
        if (end == i + 1 || end >= tokens.size()) {
            return false;
        }
        return isComma(end) || ":".equals(word(end)) || isQuoteMark(end)
                || !tokens.get(end).punctuation() && (lexicon.isComplementizer(word(end)) || addresseeAt(end));
    }

    /**
     * Arabic: whether {@code w}, opening with a letter of the {@code stop_prefixes}, reads as that preposition and a noun:
     * the rest with the article ("بالإعلام", "للمنظمة"), an addressee ("لصحيفة"), a speaker head or body ("لوزارة") or
     * a stop, a count's or a decision's noun or a verbal noun ("بمقتل سبعة أشخاص"، "بإطلاق"), or the word itself a stop.
     */
    private boolean prepositionalNoun(String w) {
        String rest = w.substring(1);
        return lexicon.hasArticlePrefix(rest) || lexicon.opensWithBodyCliticArticle(w) || lexicon.isAddresseeNoun(rest)
                || lexicon.isHead(rest) || lexicon.isBodyNoun(rest) || lexicon.isStop(rest) || lexicon.isStop(w)
                || lexicon.isCountNoun(rest) || lexicon.isAnnouncedNoun(rest) || lexicon.isVerbalNoun(rest);
    }

    /** Arabic: whether the word at {@code i}, with the article, may close a person's name: no head, stop, verb or mark. */
    private boolean familyNameAt(int i) {
        if (tokens.get(i).punctuation() || isQuoteMark(i)) {
            return false;
        }
        String w = word(i);
        return lexicon.hasArticlePrefix(w) && !lexicon.isHead(w) && !lexicon.isStop(w) && !isVerb(i) && !lexicon.isComplementizer(w);
    }

    /**
     * Arabic: whether the word at {@code i}, one of the {@code objects}, is the genitive of the speaker head right before it
     * written without the article, a construct ("قائد العملية العقيد سامر يوسف", "مسؤول الهجوم"): part of the name, not the
     * verb's object, which follows a subject that is complete ("وأدان وزير الخارجية الهجوم").
     */
    private boolean headedGenitive(int i, boolean first) {
        return !english && !first && i > 0 && !tokens.get(i - 1).punctuation() && lexicon.hasArticlePrefix(word(i))
                && !lexicon.hasArticlePrefix(word(i - 1)) && lexicon.isHead(word(i - 1));
    }

    /**
     * Whether the word at {@code i}, one of the {@code body_name_clitic_words}, carries on a name of two words or more
     * ("المفوضية السامية للأمم المتحدة", "المرصد السوري لحقوق الإنسان"); after a name of one word it is the
     * addressee ("وقالت المنظمة للسكان إن …", "وقال الوزير للإغاثة إن …").
     */
    private boolean carriesBodyNameOn(int i) {
        return lexicon.continuesBodyName(word(i)) && i >= 2 && isNameWord(i - 2, true) || fieldOfGeneralBody(i);
    }

    /** How many words with the article may follow a general body's field before its announcement frame ("المدني"). */
    private static final int MAX_FIELD_WORDS = 3;

    /**
     * Arabic: whether the word at {@code i}, ل with the article written on, names the field of the general body right
     * before it ({@code general_body_heads}: "المديرية العامة للدفاع المدني") when the announcement frame follows the
     * name: a comma and one of the {@code announcement_days}, or a complementizer ("أعلنت المديرية العامة للدفاع المدني،
     * اليوم السبت، وفاة …", "… للدفاع المدني أن …"). Elsewhere, and for one of the {@code addressee_nouns} or a word
     * with one of the {@code addressee_endings} ("للصحفيين", "للمسافرين": whom it was said to), the word ends the name
     * as any such word does.
     */
    private boolean fieldOfGeneralBody(int i) {
        if (english || i < 2 || tokens.get(i - 2).punctuation() || tokens.get(i - 1).punctuation()
                || !lexicon.isGeneralBodyHead(word(i - 2), word(i - 1))) {
            return false;
        }
        String field = lexicon.withoutBodyCliticArticle(word(i));
        if (field == null || lexicon.isAddresseeNoun(field) || lexicon.hasAddresseeEnding(field)) {
            return false;
        }
        int j = i + 1;
        while (j < tokens.size() && j - i <= MAX_FIELD_WORDS && !tokens.get(j).punctuation() && lexicon.hasArticlePrefix(word(j))) {
            j++; // "للدفاع المدني": the field's adjective
        }
        return j + 1 < tokens.size() && isComma(j) && lexicon.isAnnouncementDay(word(j + 1))
                || j < tokens.size() && !tokens.get(j).punctuation() && lexicon.isComplementizer(word(j));
    }

    /**
     * Whether the word at {@code i}, with one of the {@code in_charge_clitics} (ب), says what the official
     * before it is in charge of ("المكلف بالبيئة", "المكلفة بالإعلام"): part of the title.
     */
    private boolean inChargeOf(int i) {
        return i > 0 && lexicon.hasInChargeClitic(word(i)) && lexicon.isInChargeWord(word(i - 1));
    }

    /** Whether the comma segment {@code seg} is a figure alone: an age set off after a name ("Quispe, 61,"). */
    private boolean isAge(int[] seg) {
        return seg[1] == seg[0] + 1 && Character.isDigit(word(seg[0]).codePointAt(0));
    }

    private List<int[]> commaSegments(int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || isComma(i)) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static final int MAX_ASIDE_WORDS = 10;

    /**
     * "أوضح محافظ درعا، أنور الزعبي، خلال جولة ميدانية يوم الاثنين، أن …": an aside set off by two
     * commas right after the speaker, and the complementizer right after the second comma.
     */
    private int complementizerAfterAside(int from) {
        if (from >= tokens.size() || !isComma(from)) {
            return -1;
        }
        // "وأوضحت المنظمة، التي طلبت عدم ذكر اسمها، أن …": a relative clause set off by commas describes the speaker,
        // and the verbs in it are its own (M6 of dev12)
        boolean relative = from + 1 < tokens.size() && lexicon.isRelative(word(from + 1));
        for (int i = from + 1; i < Math.min(tokens.size() - 1, from + MAX_ASIDE_WORDS + 2); i++) {
            if (isComma(i)) {
                if (i > from + 1 && !english && anonymityAsideAt(from + 1) && addresseeAt(i + 1)) {
                    return complementizerAfterAddressee(i + 1); // "…، طلب عدم الكشف عن هويته، لوكالة الأنباء، إن …"
                }
                return i > from + 1 && lexicon.isComplementizer(word(i + 1)) ? i + 1 : -1;
            }
            if (tokens.get(i).punctuation() && !nameMarks[i] || isVerb(i) && !relative || lexicon.isComplementizer(word(i))) {
                return -1; // the marks of a name may stand in the aside ("، لـ«وفا»، إن")
            }
        }
        return -1;
    }

    /**
     * Arabic: whether the aside opening at {@code from} (up to its comma, at most {@link #MAX_ASIDE_WORDS} words) holds one
     * of the {@code anonymity_words}: "فضل عدم ذكر اسمه"، "طلب عدم الكشف عن هويته" — the source is unnamed.
     */
    private boolean anonymityAsideAt(int from) {
        for (int i = from; i < Math.min(tokens.size(), from + MAX_ASIDE_WORDS); i++) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
            if (lexicon.isAnonymityWord(word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arabic: the complementizer after an addressee opening at {@code from} ("لوكالة الأنباء"), closed by a comma or
     * not, with no verb or other mark in it; -1 when none follows within {@link #MAX_ASIDE_WORDS} words.
     */
    private int complementizerAfterAddressee(int from) {
        for (int i = from + 1; i < Math.min(tokens.size() - 1, from + MAX_ASIDE_WORDS); i++) {
            if (lexicon.isComplementizer(word(i))) {
                return i;
            }
            if (isComma(i)) {
                return lexicon.isComplementizer(word(i + 1)) ? i + 1 : -1;
            }
            if (tokens.get(i).punctuation() && !nameMarks[i] || isVerb(i)) {
                return -1;
            }
        }
        return -1;
    }

    /** The most words the rest of a speaker's name may run past where {@link #speakerAfter} stopped ({@link #nameTailComma}). */
    private static final int MAX_SPEAKER_TAIL_WORDS = 6;

    /**
     * Arabic: the comma that ends the rest of a speaker's name from {@code from}, its words no verb, complementizer or
     * quotation and no other mark between; -1 when none does within {@link #MAX_SPEAKER_TAIL_WORDS} words.
     */
    private int nameTailComma(int from) {
        for (int i = from; i < Math.min(tokens.size(), from + MAX_SPEAKER_TAIL_WORDS + 1); i++) {
            if (isComma(i)) {
                return i > from ? i : -1;
            }
            if (tokens.get(i).punctuation() || isQuoteMark(i) || isVerb(i) || lexicon.isComplementizer(word(i))
                    || lexicon.isRelative(word(i))) {
                return -1;
            }
        }
        return -1;
    }

    private int complementizerFrom(int from) {
        if (english && from + 1 < tokens.size() && lexicon.isMediumPreposition(word(from)) && lexicon.isIndefiniteArticle(word(from + 1))) {
            // "said in a statement on its radio station that …": the statement's medium is longer than a time (rule 26)
            return complementizerWithin(from, MAX_DESCRIBED_WORDS);
        }
        return complementizerWithin(from, MAX_GAP_TO_COMPLEMENTIZER);
    }

    /**
     * The index of the ")" closing a bracket opened at {@code i} around one or two words, an abbreviation after a name
     * ("(أوتشا)", "(MSF)"); -1 when no such bracket opens there.
     */
    private int abbreviationClose(int i) {
        if (!"(".equals(word(i)) || i == 0 || tokens.get(i - 1).punctuation()) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
            if (")".equals(word(k))) {
                return k > i + 1 ? k : -1;
            }
            if (tokens.get(k).punctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /** What وصف describes may be long ("إجلاء إسرائيل عناصر الخوذ البيضاء من سوريا بأنه"). */
    private static final int MAX_DESCRIBED_WORDS = 10;

    private int complementizerWithin(int from, int gap) {
        for (int i = from; i < Math.min(tokens.size(), from + gap); i++) {
            Token t = tokens.get(i);
            int closing = abbreviationClose(i);
            if (closing > i) {
                i = closing; // "وقال مكتب تنسيق الشؤون الإنسانية (أوتشا) في تحديث صدر السبت إن …": the body's abbreviation
                continue;
            }
            if (t.punctuation() && !isComma(i) && !nameMarks[i]) {
                return -1;
            }
            if (!t.punctuation() && lexicon.isComplementizer(t.word())) {
                // "وأكد الوزير التزام الحكومة بالاتفاق، غير أن المعارضة …": "however" opens a clause of its own, as "على أن"
                // after a comma ("أعلنت الرابطة فتح تحقيق، على أن تُعلن العقوبات …"); an opener led by a stop is the verb's
                // own preposition without one ("شدد رئيس الحكومة في كلمة ألقاها … على أن …")
                if (i > from && lexicon.isSecondClauseOpener(List.of(word(i - 1), t.word()))
                        && (!lexicon.isStop(word(i - 1)) || i >= 2 && isComma(i - 2))) {
                    return -1;
                }
                return i;
            }
            if (!english && !t.punctuation() && isVerb(i) && (lexicon.isParticiple(t.word()) || i > from && isComma(i - 1))) {
                return -1; // "وأعلنت المديرية ضبط شحنة، مشيرة إلى أن …": the participle's complementizer, not the verb's; so
                           // too a speech verb of its own after a comma ("وكانت الحكومة قد أعلنت خطة جديدة، وقالت إنها …")
            }
        }
        return -1;
    }

    /** The reported clause from {@code start}: to the sentence end, a quotation, or ", and <verb>". */
    private Span clause(int start) {
        if (start >= tokens.size() || isQuoteMark(start)) {
            return null;
        }
        int end = start;
        while (end < tokens.size() && !isQuoteMark(end)
                && !(isComma(end) && end + 1 < tokens.size() && isVerb(end + 1)) && !speakerPhraseAt(end)
                && !refusalAfterConjunction(end) // "… had been suspended but declined to name them": the speaker's refusal
                && !nextStatementAt(end) // "… had shown great spirit but warned that …": the speaker's next statement
                && !narratorClauseAt(end) // "…, and unions have called a national strike": the narrator's next clause
                && !(!english && isComma(end) && end + 1 < tokens.size() && !tokens.get(end + 1).punctuation()
                        && lexicon.isCallVerb(word(end + 1))) // "وأشار إلى أن فرقه أزالت …، داعياً الأهالي إلى «…»": the
                                                              // call is the speaker's act, no word of the clause (blind10 #30)
                && !(!english && isComma(end) && end + 1 < tokens.size() && isSource(end + 1)
                        && end + 2 < tokens.size() && lexicon.isSourceRelative(word(end + 2)))) {
            end++; // "إن الطرق ستفتح، وفق ما نقلته الوكالة": the relaying tag closes the statement
        }
        boolean beforeQuotation = end < tokens.size() && isQuoteMark(end);
        if (beforeQuotation && end > start && !tokens.get(end - 1).punctuation() && !english) {
            return null; // "وأضاف أن التحقيقات كشفت «ثغرات أمنية» في …": the clause runs into the quotation, mixed speech
                         // whose quoted span alone is the claim (dev rule 24, K11 of dev11); English clauses that run into
                         // a quotation stay claims of their own (dev3-en, dev6-en)
        }
        while (end > start && tokens.get(end - 1).punctuation()) {
            end--;
        }
        if (beforeQuotation && end - start < MIN_LEAD_IN_WORDS) {
            return null; // "adding that it was “in contact with …”": the quotation is what was said
        }
        return end - start >= 2 ? span(start, end) : null;
    }

    /**
     * English: whether a predicate conjunction at {@code i} opens the speaker's next statement, a speech verb with its
     * complementizer right after ("said she would rule next month and warned that a long sentence was likely", dev26-en-005;
     * "but warned that", blind10 #2): each speech verb has its own clause (rule 25), and the first ends before it.
     */
    private boolean nextStatementAt(int i) {
        return english && i + 2 < tokens.size() && !tokens.get(i).punctuation() && lexicon.isPredicateConjunction(word(i))
                && isVerb(i + 1) && !tokens.get(i + 2).punctuation() && lexicon.isComplementizer(word(i + 2));
    }

    /**
     * English: whether a comma and a conjunction at {@code i} open the narrator's next clause, a subject of its own and a
     * describing verb after it ("…, and unions have called a national strike for 17 February"; "…, and civil society groups
     * called protests"): a reported clause says what happened, the describing verb tells another party's act of calling or
     * condemning, no word of the statement. Not a second "and that" clause, and not the speaker's own next verb with no
     * subject between ("…, and called for calm").
     */
    private boolean narratorClauseAt(int i) {
        if (!english || !isComma(i) || i + 2 >= tokens.size() || tokens.get(i + 1).punctuation()
                || !lexicon.isSpeakerConjunction(word(i + 1))) {
            return false;
        }
        for (int j = i + 2; j < Math.min(tokens.size(), i + 3 + MAX_SPEAKER_WORDS); j++) {
            if (tokens.get(j).punctuation() || isQuoteMark(j) || lexicon.isComplementizer(word(j))) {
                return false;
            }
            if (verbGroup(j) != null) {
                return j > i + 2 && describes(j) && !lexicon.isParticiple(word(j));
            }
        }
        return false;
    }

    /** Fewer words than this before a quotation only lead into it ("it was “…”", "he was “…”"). */
    private static final int MIN_LEAD_IN_WORDS = 3;

    private boolean startsClause(int i) {
        return i < tokens.size() && !tokens.get(i).punctuation() && (!lexicon.isStop(word(i)) || opensClauseAt(i))
                && !isQuoteMark(i);
    }

    /** Whether one of the {@code clause_opening_phrases} starts at {@code i} ("at least" in "said at least 12 …"). */
    private boolean opensClauseAt(int i) {
        for (List<String> phrase : lexicon.clauseOpeningPhrases()) {
            if (i + phrase.size() < tokens.size() && matches(phrase, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyStopsUntilEnd(int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.punctuation() && !lexicon.isStop(t.word()) && !lexicon.isHead(t.word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…, the U.N. refugee agency warned, and aid groups said …": a comma and "and" after the verb
     * open a clause of its own, which ends the attribution as the sentence's end would.
     */
    private boolean coordinateAfter(int from) {
        return from + 1 < tokens.size() && isComma(from) && lexicon.isSpeakerConjunction(word(from + 1));
    }

    /** A speaker's name and title after the verb, and nothing but punctuation after them. */
    private boolean nameToEnd(int from) {
        Span speaker = speakerAfter(from, tokens.size());
        return speaker != null && onlyPunctuationFrom(indexAfter(speaker));
    }

    /** How many words a description after an inverted tag's speaker may take ("a volunteer who helped carry the wounded"). */
    private static final int MAX_DESCRIPTION_WORDS = 12;

    /**
     * English: a speaker's name after the verb, then a comma and a description of them running to the sentence's end
     * ("…, said Babagana Kolo, a community leader.", "…, said Jean-Paul Kambale, administrator of Beni territory."): an
     * inverted tag, as {@link #nameToEnd} is; the clause before the verb is what was said (rules 25 and 26). The
     * description holds no comma, quotation, complementizer, auxiliary, speech verb or participle ("…, said Kolo, adding
     * that …" is left as it was read: a participle there measured worse on held-out English).
     */
    private boolean describedToEnd(int from) {
        Span speaker = english ? speakerAfter(from, tokens.size()) : null;
        if (speaker == null) {
            return false;
        }
        int comma = indexAfter(speaker);
        if (comma + 1 >= tokens.size() || !isComma(comma) || lexicon.isSpeakerConjunction(word(comma + 1))) {
            return false;
        }
        int words = 0;
        for (int i = comma + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isQuoteMark(i) || isComma(i)) {
                return false;
            }
            if (t.punctuation()) {
                continue;
            }
            if (lexicon.isComplementizer(t.word()) || lexicon.isAuxiliary(t.word()) || isVerb(i) || lexicon.isParticiple(t.word())) {
                return false;
            }
            words++;
        }
        return words > 0 && words <= MAX_DESCRIPTION_WORDS;
    }

    private boolean onlyPunctuationFrom(int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (!tokens.get(i).punctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…, a military officer, Captain Abdirahman Ali, said.": a title and a name set off by commas
     * between the clause and its final verb; the clause ends at the comma before the title. The name may come first, its
     * description after ("…, Major Omar Diallo, a commander, told Reuters."): the name speaks, the clause ends before it.
     */
    private Attribution appositiveBefore(int v) {
        List<int[]> segments = commaSegments(datelineEnd() + 1, v - 1);
        if (segments.size() >= 3 && !isPersonName(segments.get(segments.size() - 1))) {
            int[] name = segments.get(segments.size() - 2);
            int[] description = segments.get(segments.size() - 1);
            int lead = datelineEnd() + 1;
            if (!isPersonName(name) || description[1] - description[0] > MAX_SPEAKER_WORDS
                    || !descriptionOpener(description[0]) || name[0] - 1 <= lead) {
                return null;
            }
            return Attribution.of(span(lead, name[0] - 1), span(name[0], name[1]), false, sentence);
        }
        if (segments.size() < 3 || !isPersonName(segments.get(segments.size() - 1))) {
            return null;
        }
        int[] title = segments.get(segments.size() - 2);
        if (title[1] - title[0] > MAX_SPEAKER_WORDS || !descriptionOpener(title[0])) {
            return null;
        }
        Span speaker = speakerBefore(0, v);
        int lead = datelineEnd() + 1;
        int end = title[0] - 1;
        return speaker == null || end <= lead ? null : Attribution.of(span(lead, end), speaker, false, sentence);
    }

    /**
     * Whether the word at {@code i} may open a title or description set off by commas in a trailing tag: a noun marker
     * ("the city's security chief") or a bare possessive, which opens a description as "the" does ("…, Sonora's security
     * secretary, Pedro Ramos, said.", "…, Pedro Ramos, Sonora's security secretary, said.").
     */
    private boolean descriptionOpener(int i) {
        return lexicon.isNounMarker(word(i)) || possessive(i);
    }

    /**
     * What may follow a clause-final attribution: a few words, no complementizer, no quotation. Who "told" addresses
     * ("told reporters") and the circumstance of the saying ("said on Friday as it released final results", "told
     * reporters on condition of anonymity") are no part of it.
     */
    private boolean shortTail(int from) {
        int start = from > 0 && lexicon.isAddresseeVerb(word(from - 1)) ? skipAddressee(from) : from;
        int words = 0;
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.punctuation() && circumstanceAt(i)) {
                break;
            }
            int medium = english ? statementMediumEnd(i) : -1;
            if (medium > 0) {
                // "…, the ministry said in a statement later in the day", "…, the ministry said in a statement, adding that
                // …": the medium is part of the tag, as a time is, and a participle after its comma a second statement
                if (medium < tokens.size() && appositiveAfter(medium, true)) {
                    break;
                }
                if (mediumPlaceToEnd(medium)) {
                    break; // "…, the ministry said in a statement on its social media account.": where the statement was
                           // posted is the tag's too, as long as no clause of its own follows
                }
                i = medium - 1;
                continue;
            }
            if (english && i == start && start > from && isComma(i) && i + 1 < tokens.size() && !tokens.get(i + 1).punctuation()
                    && (lexicon.isTagBreak(word(i + 1)) || lexicon.isParticiple(word(i + 1)))) {
                break; // "…, Rao told reporters, though he gave no exact date": after whom the tag's verb addresses, as after it
            }
            if (english && i == start && caveatAfter(i) > 0) {
                break; // "…, the ministry said, in a statement that gave no other details": the reporter's words on it
            }
            if (english && appositiveAfter(i) || speakerPhraseAt(i)) {
                break; // "…, the Vatican said on Friday, his first trip …", "…, police said, adding that …", "…, the
                       // minister said, speaking at a session of parliament": the phrase after is no part of the tag
            }
            if (isQuoteMark(i) || (!t.punctuation() && lexicon.isComplementizer(t.word()))) {
                return false;
            }
            if (!t.punctuation() && !lexicon.isStop(t.word())) {
                words++;
            }
        }
        return words <= 3;
    }

    /**
     * Whether the words from {@code from} to the sentence's end are the place a statement was posted, after its medium:
     * "on" and words with no verb, auxiliary, complementizer, quotation
     * mark or comma ("in a statement on its social media account."). Not "on Monday that …" nor "on Monday he would …".
     */
    private boolean mediumPlaceToEnd(int from) {
        if (from >= tokens.size() || !"on".equals(word(from))) {
            return false;
        }
        for (int i = from + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.punctuation()) {
                if (isComma(i) || isQuoteMark(i)) {
                    return false;
                }
                continue;
            }
            if (isVerb(i) || lexicon.isAuxiliary(word(i)) || lexicon.isComplementizer(word(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a comma at {@code i}, after the time of a clause-final attribution ("said on Friday,"), sets off an
     * appositive or participial phrase: a noun marker ("his first trip", "the third attack this year") or a participle
     * ("adding that …") after it; right after the speech verb (or its time), a speech participle: the clause before the
     * speaker is what was said first, the participle's clause a second statement ("Rescuers pulled 12 people from the
     * rubble, the fire service said, adding that …"; "Ten militants were killed, the army said, adding that …", a count's
     * sourcing under rule 4 as amended; rule 25 of dev, B4 of blind7).
     */
    private boolean appositiveAfter(int i) {
        return appositiveAfter(i, false);
    }

    /** {@link #appositiveAfter(int)}; with {@code afterMedium}, the comma closes a statement's medium ("said in a statement,"). */
    private boolean appositiveAfter(int i, boolean afterMedium) {
        if (!isComma(i) || i == 0 || i + 1 >= tokens.size() || tokens.get(i + 1).punctuation()) {
            return false;
        }
        if ((afterMedium || isVerb(i - 1) || lexicon.isStatementTime(word(i - 1))) && (lexicon.isParticiple(word(i + 1)) || lexicon.isTagBreak(word(i + 1)))) {
            return true; // "…, the fire service said, adding that …": the clause before is the fire service's too; so with
                         // "…, the air force said on Thursday, but a strike …": a clause of its own after the tag
        }
        if (english && isVerb(i - 1) && lexicon.isNounMarker(word(i + 1))) {
            return true; // "…, police said, the latest in a string of mass abductions" (dev27-en-016): right after the verb too
        }
        if (english && (isVerb(i - 1) || lexicon.isStatementTime(word(i - 1))) && i + 2 < tokens.size()
                && !tokens.get(i + 2).punctuation() && "of".equals(word(i + 2))) {
            return true; // "…, the medical source said, several of whom were taken to hospital", "…, police said, five of them
                         // critically": a part of those counted, an aside after the tag, no part of it
        }
        return lexicon.isStatementTime(word(i - 1))
                && (lexicon.isNounMarker(word(i + 1)) || lexicon.isFrontedParticiple(word(i + 1)));
    }

    /**
     * English: the index after the "that" of a noun phrase with a relative clause set off right after a tag's verb (or its
     * time), a comma at {@code comma}: "…, the army said, a figure that could not be independently verified", "…, the
     * ministry said, in a statement that gave no other details" — an indefinite article, with one of the
     * {@code medium_prepositions} before it or not, and a few words with no mark up to "that": the reporter's caveat on
     * the statement, no clause the speaker reports; -1 otherwise.
     */
    private int caveatAfter(int comma) {
        if (!english || comma < 1 || comma + 2 >= tokens.size() || !isComma(comma)
                || !(isVerb(comma - 1) || lexicon.isStatementTime(word(comma - 1)))) {
            return -1;
        }
        int k = comma + 1;
        if (lexicon.isMediumPreposition(word(k))) {
            k++;
        }
        if (k >= tokens.size() || !lexicon.isIndefiniteArticle(word(k))) {
            return -1;
        }
        for (int i = k + 1; i < Math.min(tokens.size() - 1, k + MAX_CAVEAT_NOUN_WORDS + 1); i++) {
            if (tokens.get(i).punctuation()) {
                return -1;
            }
            if (lexicon.isComplementizer(word(i))) {
                return i > k + 1 ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** How many words a caveat's noun phrase may take between its article and "that" ("a figure", "a toll that"). */
    private static final int MAX_CAVEAT_NOUN_WORDS = 3;

    /** How many words may stand between "in" and a statement's noun in a tag's medium ("in a joint statement"). */
    private static final int MAX_MEDIUM_WORDS = 3;

    /**
     * English: the index after a statement's medium opening at {@code i}, "in" and one of the {@code statement_nouns} a
     * few words on with no punctuation between ("in a statement", "in a written statement"); -1 otherwise.
     */
    private int statementMediumEnd(int i) {
        if (i + 1 >= tokens.size() || tokens.get(i).punctuation() || !word(i).equals("in")) {
            return -1;
        }
        for (int j = i + 1; j < tokens.size() && j - i <= MAX_MEDIUM_WORDS && !tokens.get(j).punctuation(); j++) {
            if (lexicon.isStatementNoun(word(j))) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * Whether a comma at {@code i} sets off a phrase about the speaker: one of the {@code speaker_participles} right after
     * it, the phrase running to the sentence's end ("…, the minister said, speaking at a session of parliament"; "…،
     * متحدثاً في جلسة البرلمان"). What was said ends before it. A phrase closed by a comma with the clause going on after it
     * is an aside of what was said ("He said the minister, speaking at a rally, had promised new elections").
     */
    private boolean speakerPhraseAt(int i) {
        if (!isComma(i) || i + 1 >= tokens.size() || tokens.get(i + 1).punctuation() || !lexicon.isSpeakerParticiple(word(i + 1))) {
            return false;
        }
        for (int j = i + 2; j < tokens.size(); j++) {
            if (isComma(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the {@code statement_circumstances} opens at {@code i} ("as", "on condition of anonymity"). */
    private boolean circumstanceAt(int i) {
        for (List<String> phrase : lexicon.statementCircumstances()) {
            if (i + phrase.size() <= tokens.size() && matches(phrase, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyLinks(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.punctuation() && !lexicon.isComplementizer(t.word()) && !lexicon.isClauseLink(t.word())) {
                return false;
            }
        }
        return true;
    }

    private int lastVerb(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (isVerb(i)) {
                return i;
            }
        }
        return -1;
    }

    private int lastSource(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!tokens.get(i).punctuation() && isSource(i)) {
                return i;
            }
        }
        return -1;
    }

    /** After "according" comes "to"; after وفقا comes لـ: skip such a link word. */
    private int skipTo(int i) {
        return i < tokens.size() && lexicon.isSourceLink(word(i)) ? i + 1 : i;
    }

    /** Whether one of the {@code prepositional_verbs} (two or three words: "added to", "claimed the attack") opens at {@code v}. */
    private boolean prepositionalAt(int v) {
        return v + 1 < tokens.size()
                && lexicon.isPrepositionalVerb(word(v), word(v + 1), v + 2 < tokens.size() ? word(v + 2) : null);
    }

    private boolean matches(List<String> phrase, int at) {
        for (int j = 0; j < phrase.size(); j++) {
            if (!word(at + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code i} is a withheld verb with one of the {@code refusals} right before it ("would not say"). */
    private boolean refused(int i) {
        if (!lexicon.isWithheldVerb(word(i))) {
            return false;
        }
        for (List<String> r : lexicon.refusals()) {
            if (i - r.size() >= 0 && refusalEndsAt(r, i - r.size()) == i) {
                return true;
            }
        }
        return false;
    }

    /** Whether a predicate conjunction at {@code i} opens a refusal to tell ("but declined to name them"). */
    private boolean refusalAfterConjunction(int i) {
        if (!lexicon.isPredicateConjunction(word(i))) {
            return false;
        }
        for (List<String> r : lexicon.refusals()) {
            if (refusalEndsAt(r, i + 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The withheld verb ending {@code refusal} written at {@code at} ("declined to" "name"), else -1. */
    private int refusalEndsAt(List<String> refusal, int at) {
        int verb = at + refusal.size();
        return verb < tokens.size() && matches(refusal, at) && lexicon.isWithheldVerb(word(verb)) ? verb : -1;
    }

    private boolean isVerb(int i) {
        return !tokens.get(i).punctuation() && verbGroup(i) != null && !insideQuote(i)
                && !(i > 0 && lexicon.isNounMarker(word(i - 1)))
                && !(lexicon.isAmbiguousVerb(word(i)) && !opensReportedSpeech(i))
                && !(english && Lexicon.accusesGroup(verbGroup(i)) && (!quotationAfterOf(i) && !quotationRightAfter(i) || passive(i)))
                && !(english && lexicon.isAddresseeVerb(word(i)) && passive(i)) // "“…,” the reporter was told": the addressee
                && !(Lexicon.contentGroup(verbGroup(i)) && !(i > 0 && statementNounAt(i - 1))) // "The statement read: “…”"
                && !(relays(i) && relaySource(i, tokens.size()) < 0)
                && !(english && lexicon.isParticiple(word(i)) && describes(i) && !(i > 0 && isComma(i - 1)))
                && !(english && prepositionalAt(i)) // "claimed responsibility", "claimed the attack"
                && !(english && lexicon.isAsDescribingVerb(word(i)) && !describedAsAfter(i) && !quotationRightAfter(i)) // "condemned the attack"
                && !refused(i); // "would not say where the men were held": nothing told
                // "A militant faction calling itself Jaish al-Hind said": a describing participle not set off by a
                // comma names a thing, it reports nothing
    }

    /**
     * The عن of a relaying verb ("نقلت الوكالة عن المحافظ"), within its speaker's reach, or -1: without
     * it نقل is "transported" ("نقلت فرق الإسعاف الجرحى إلى المستشفيات") and reports nothing.
     */
    private int relaySource(int verb, int to) {
        for (int i = verb + 1; i < Math.min(to, verb + MAX_SPEAKER_WORDS + 4); i++) {
            if (lexicon.isRelayPreposition(word(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a passive auxiliary stands right before {@code verb} ("The mayor was accused of “buying votes”"): its subject did not speak. */
    private boolean passive(int verb) {
        return verb > 0 && lexicon.isPassiveAuxiliary(word(verb - 1));
    }

    /** How many words may stand between "accused" and the "of" before its quotation ("accused the army of “…”"). */
    private static final int MAX_ACCUSED_WORDS = 6;

    /** Whether a quotation opens right after the {@code accusation_prepositions} word (of) a few words after {@code verb}. */
    private boolean quotationAfterOf(int verb) {
        for (int i = verb + 1; i + 1 < tokens.size() && i <= verb + MAX_ACCUSED_WORDS + 1; i++) {
            if (lexicon.isAccusationPreposition(word(i))) {
                for (int[] q : quotes) {
                    if (q[0] == i + 1) {
                        return true;
                    }
                }
                return false;
            }
            if (tokens.get(i).punctuation()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a quotation opens right after the verb at {@code verb}: its object is the quoted words, the verb's subject's
     * ("hailed “a heavy blow against the narco-gangs”", "accused “criminal elements” of hijacking the protests"; rule 5,
     * dev7-en-008, blind8 #11). "criticised the so-called “truce”" has words between and quotes no one.
     */
    private boolean quotationRightAfter(int verb) {
        for (int[] q : quotes) {
            if (q[0] == verb + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وبيّن المصدر أن …" (بين, also "between"): the verb opens its clause, at the sentence's start or
     * after punctuation, and a complementizer follows its speaker, or follows it when its subject is dropped.
     */
    private boolean opensReportedSpeech(int verb) {
        if (verb > datelineEnd() + 1 && !tokens.get(verb - 1).punctuation()) {
            return false;
        }
        Span speaker = speakerAfter(verb + 1, tokens.size());
        return complementizerFrom(speaker == null ? verb + 1 : indexAfter(speaker)) >= 0;
    }

    private boolean insideQuote(int i) {
        for (int[] q : quotes) {
            if (i > q[0] && i < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** "Brig. Gen. Fadi Haddad": the dot after a short capitalised title, not the end of anything. */
    private boolean abbreviationDot(int i) {
        if (!word(i).equals(".") || i == 0 || tokens.get(i - 1).punctuation()) {
            return false;
        }
        String w = text.substring(tokens.get(i - 1).start(), tokens.get(i - 1).end());
        return w.length() <= 4 && Character.isUpperCase(w.codePointAt(0));
    }

    /**
     * Whether the mark at {@code i} is a hyphen joining a figure to the word after it with no space ("24-year-old"): an
     * age stand-in, which names its speaker as a title would.
     */
    private boolean ageHyphen(int i) {
        return word(i).equals("-") && i > 0 && i + 1 < tokens.size() && !tokens.get(i + 1).punctuation()
                && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i).end() == tokens.get(i + 1).start()
                && Character.isDigit(word(i - 1).codePointAt(word(i - 1).length() - 1));
    }

    private boolean isComma(int i) {
        String w = tokens.get(i).word();
        return w.equals(",") || w.equals("\u060C");
    }

    /** A quotation mark, not one around a speaker's name (حركة «حماس»). */
    private boolean isQuoteMark(int i) {
        return (isQuoteMark(tokens.get(i)) || singleMarks[i]) && !nameMarks[i];
    }

    private static boolean isQuoteMark(Token t) {
        return t.punctuation() && "«»“”\"".contains(t.word());
    }

    private String word(int i) {
        return tokens.get(i).word();
    }

    /** {@link Lexicon#speech} of token {@code i}, read once. */
    private Lexicon.Speech speech(int i) {
        Lexicon.Speech s = speech[i];
        if (s == null) {
            s = lexicon.speech(word(i));
            speech[i] = s;
        }
        return s;
    }

    /** {@link Lexicon#verb} of token {@code i}. */
    private String verbGroup(int i) {
        return speech(i).verb();
    }

    /** {@link Lexicon#isSource} of token {@code i}. */
    private boolean isSource(int i) {
        return speech(i).source() && !(lexicon.needsSourceRelative(lexicon.withoutProclitic(word(i)))
                && !(i + 1 < tokens.size() && lexicon.isSourceRelative(word(i + 1))) // "حسب الموسم": depending on
                && !(i + 1 < tokens.size() && statementSourceEnd(i + 1) > 0) // "حسب حصيلة نشرتها …": a document a body issued
                && !(i + 1 < tokens.size() && issuedDocument(i + 1) != null));
    }

    /** {@link Lexicon#relays} of token {@code i}. */
    private boolean relays(int i) {
        return Lexicon.relaysGroup(verbGroup(i));
    }

    /** Whether token {@code i} is a verb of a group whose id ends in {@code .announce} (أعلن). */
    private boolean announces(int i) {
        return Lexicon.announcesGroup(verbGroup(i));
    }

    /** How many words a time or medium set off by commas between an announcement's speaker and its object may take. */
    private static final int MAX_ANNOUNCEMENT_ASIDE_WORDS = 6;

    /**
     * Arabic: the noun phrase an announcing verb's speaker is followed by when one of the {@code count_nouns} opens it,
     * past a time or medium set off by commas ("أعلنت الوزارة، الثلاثاء، توقيف …", "أعلن الجيش، في بيان مساء الأربعاء،
     * مقتل …"), up to the clause's end; null otherwise.
     */
    private Span countNounAfter(int from, boolean decisions) {
        Span found = countNounAfter(from, decisions, false);
        if (found != null || !decisions) {
            return found;
        }
        // "أعلنت السلطات المحلية بإقليم تارودانت، اليوم السبت، عن وفاة …", "أعلنت الجامعة العامة للتعليم الثانوي، …، عن
        // تنفيذ …": words of the name the speaker was cut before (a preposition written on), up to the comma or عن
        for (int i = from; i < Math.min(tokens.size(), from + MAX_NAME_TAIL_WORDS); i++) {
            if (tokens.get(i).punctuation() || isVerb(i) || lexicon.isComplementizer(word(i))) {
                return i > from && isComma(i) ? countNounAfter(i, true, true) : null;
            }
            if (i > from && announcedPrepositionAfter(i)) {
                return countNounAfter(i, true, true);
            }
        }
        return null;
    }

    /** How many words of a speaker's name may stand between where it was cut and an announcement's عن. */
    private static final int MAX_NAME_TAIL_WORDS = 4;

    /** {@link #countNounAfter(int, boolean)} from {@code from}; with {@code prepositionOnly}, only an object after عن. */
    private Span countNounAfter(int from, boolean decisions, boolean prepositionOnly) {
        int i = from;
        if (i + 2 < tokens.size() && lexicon.isNameLink(word(i)) && !tokens.get(i + 1).punctuation()
                && (isComma(i + 2) || announcedNounAt(i + 2, decisions))) {
            i += 2; // "أعلنت المفوضية العليا للانتخابات في ليبيا، أمس الأربعاء، تحديد …": the body's country, one word
        }
        if (i < tokens.size() && isComma(i)) {
            int close = i + 1;
            while (close < tokens.size() && close - i <= MAX_ANNOUNCEMENT_ASIDE_WORDS && !tokens.get(close).punctuation()) {
                close++;
            }
            if (close >= tokens.size() || !isComma(close)) {
                return null;
            }
            i = close + 1;
            if (decisions && announcedPrepositionAfter(afterTimeAside(close))) {
                i = afterTimeAside(close); // "أعلنت الجامعة العامة، التابعة للاتحاد العام، اليوم الأحد، عن تنفيذ …": a description, then the day
            }
        }
        i = afterAnnouncementTimes(i);
        int noun = announcedObjectAt(i, decisions);
        if (noun < 0 && decisions && !prepositionOnly && dayBetween(from, i) && announcedPhraseAt(i)) {
            noun = i; // "وأعلنت الوزارة الأحد حزمة مساعدات …", "أعلن النادي، الخميس، تعاقده مع …": what was announced that day
        }
        return noun >= 0 && (!prepositionOnly || noun > i) ? announcedClause(noun) : null;
    }

    /**
     * Arabic: where what was announced opens at {@code i}: {@code i} when a noun of {@link #announcedNounAt} stands there;
     * with {@code decisions}, past one of the {@code announced_prepositions} (عن) written alone, the verbal noun after it
     * («أعلنت الوزارة، في بيان، عن إطلاق …»، «أعلن الجانبان عن انعقاد الدورة المقبلة»: عن opens the announcement's object);
     * -1 otherwise.
     */
    private int announcedObjectAt(int i, boolean decisions) {
        if (i >= tokens.size()) {
            return -1;
        }
        if (announcedNounAt(i, decisions)) {
            return i;
        }
        return decisions && announcedPrepositionAfter(i) ? i + 1 : -1;
    }

    /**
     * Whether one of the {@code announcement_days} (اليوم، أمس، الأحد …) stands among the words {@code [from, to)} between an
     * announcing verb's speaker and its object: the day the announcement was made.
     */
    private boolean dayBetween(int from, int to) {
        for (int k = from; k < to && k < tokens.size(); k++) {
            if (!tokens.get(k).punctuation() && lexicon.isAnnouncementDay(word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arabic: whether a noun phrase opens at {@code i}, after an announcing verb, its speaker and the day of the announcement,
     * that is what was announced (rule 6 of dev as most dev sets read it: «وأعلنت الوزارة الأحد إطلاق حملة تطعيم وطنية»، «أعلن
     * النادي، الخميس، تعاقده مع المدرب …»): a word that is no particle, name link, complementizer, speech verb, figure or
     * word with و/ف written on, and none of the {@code not_announced_objects}, declarations that are acts of their own
     * (حالة الطوارئ، الحداد، الحرب: a dated event) or a claim of responsibility (blind8 #25).
     */
    private boolean announcedPhraseAt(int i) {
        if (i >= tokens.size() || tokens.get(i).punctuation() || isQuoteMark(i)) {
            return false;
        }
        String w = word(i);
        return !lexicon.isStop(w) && !lexicon.isComplementizer(w) && !lexicon.isNameLink(w) && !lexicon.isRelative(w)
                && !isVerb(i) && !Character.isDigit(w.codePointAt(0)) && lexicon.withoutProclitic(w).equals(w)
                && !lexicon.hasStopPrefix(w) && !lexicon.isNotAnnouncedObject(w);
    }

    /** Whether one of the {@code announced_prepositions} (عن) stands alone at {@code i}, a verbal noun after it. */
    private boolean announcedPrepositionAfter(int i) {
        return i + 1 < tokens.size() && lexicon.isAnnouncedPreposition(word(i)) && !tokens.get(i + 1).punctuation()
                && lexicon.isVerbalNoun(word(i + 1));
    }

    /**
     * Arabic: whether the word at {@code i} opens what was announced: one of the {@code count_nouns}, or with
     * {@code decisions} one of the {@code announced_nouns} ("فرض حظر تجول"، "رفضها رفع سن التقاعد").
     */
    private boolean announcedNounAt(int i, boolean decisions) {
        return !tokens.get(i).punctuation() && (lexicon.isCountNoun(word(i)) || decisions && lexicon.isAnnouncedNoun(word(i))
                || lexicon.isNecessityNoun(word(i))); // "وأكدت المحافظة في بيان ضرورة إخلاء …": a necessity stated
    }

    /**
     * The announced noun phrase {@code clause} as {@code speaker}'s statement: a count noun's is marked as one
     * ({@link Attribution#asNounObject}, a quote only when it carries a count: rule 4 of dev as amended), a decision's
     * noun's is a quote of its own ("أعلنت وزارة الداخلية فرض حظر تجول في المنطقة"; dev22-ar-018, blind8 #26).
     */
    private Attribution announcement(Span clause, Span speaker) {
        Attribution a = Attribution.of(clause, speaker, false, sentence);
        return lexicon.isCountNoun(word(indexAfter(new Span(clause.start(), clause.start())))) ? a.asNounObject() : a;
    }

    /**
     * Past a time set off by commas at {@code i} ("، اليوم الثلاثاء،"، "، مساء الأحد،"): the word after its closing comma
     * when every word between is one of the {@code announcement_times}; {@code i} otherwise.
     */
    private int afterTimeAside(int i) {
        if (i >= tokens.size() || !isComma(i)) {
            return i;
        }
        int close = afterAnnouncementTimes(i + 1);
        return close > i + 1 && close + 1 < tokens.size() && isComma(close) ? close + 1 : i;
    }

    /** Whether a word of {@code speaker} is one of the {@code forecasters} (الأرصاد): a weather service. */
    private boolean forecaster(Span speaker) {
        if (speaker == null) {
            return false;
        }
        for (int i = indexAfter(new Span(speaker.start(), speaker.start())); i < tokens.size() && tokens.get(i).end() <= speaker.end(); i++) {
            if (lexicon.isForecaster(word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb {@code v} is one of the {@code warning_verbs} (حذّر، محذرة). */
    private boolean warns(int v) {
        return lexicon.isWarningVerb(word(v));
    }

    /**
     * Whether the warning verb {@code v} has its preposition at {@code at} and a noun after it, no complementizer ("من
     * تفشٍّ"، not "من أن …", a clause read as after any speech verb).
     */
    private boolean warnedNounAt(int v, int at) {
        return at + 1 < tokens.size() && lexicon.warnsOf(word(v), word(at)) && !tokens.get(at + 1).punctuation()
                && !lexicon.isComplementizer(word(at + 1)) && !lexicon.isStop(word(at + 1));
    }

    /** Whether the word at {@code at} is a count or decision noun with the pointing verb {@code v}'s preposition on it ("بمقتل"). */
    private boolean pointedAt(int v, int at) {
        String w = word(at);
        return !tokens.get(at).punctuation() && w.length() > 3 && lexicon.pointsToCountNoun(word(v), w.substring(0, 1))
                && (lexicon.isCountNoun(w.substring(1)) || lexicon.isAnnouncedNoun(w.substring(1)));
    }

    /**
     * Arabic: a finite verb of the {@code count_noun_participles} group's kind with its {@code count_noun_prepositions} word
     * and a count noun or a decision's noun after it, as the participle with them is (rule 6): "وأفادت مصادر طبية بمقتل
     * تسعة …" (ب written on the noun), "وأشارت إلى إصابة ستة …" (the last speaker), "وتشير تقديرات منظمات محلية إلى مقتل
     * …" (the body whose estimates they are), "وكانت مصادر محلية قد أفادت بمقتل …" (the subject before the verb). The
     * statement is the noun phrase without the preposition; null when the verb has none of these after it.
     */
    private Attribution pointedNoun(int v, Span speaker) {
        if (!lexicon.pointsToNoun(word(v)) && !warns(v)) {
            return null;
        }
        if (speaker != null && v + 1 < tokens.size() && speaker.start() == tokens.get(v + 1).start() && pointedAt(v, v + 1)) {
            speaker = null; // "قد أفادت بمقتل أربعة …": the noun right after the verb is no speaker's name
        }
        int at = speaker == null || indexAfter(speaker) <= v ? v + 1 : indexAfter(speaker);
        at = afterTimeAside(at); // "وحذّرت المنظمة، اليوم الثلاثاء، من تفشٍّ …": the time set off by commas is the saying's
        if (at >= tokens.size() || tokens.get(at).punctuation()) {
            return null;
        }
        int noun;
        int clitic = 0;
        String w = word(at);
        if (warnedNounAt(v, at)) {
            noun = at + 1; // "حذّرت المنظمة من تفشٍّ واسع …": what was warned of, any noun
        } else if (lexicon.pointsToCountNoun(word(v), w) && at + 1 < tokens.size() && announcedNounAt(at + 1, true)) {
            noun = at + 1; // "إلى مقتل"
        } else if (pointedAt(v, at)) {
            noun = at; // "بمقتل": the preposition written on the noun
            clitic = 1;
        } else {
            return null;
        }
        Span clause = announcedClause(noun);
        if (clause == null) {
            return null;
        }
        Span said = clitic == 0 ? clause : new Span(clause.start() + clitic, clause.end());
        Span who = speaker != null && indexAfter(speaker) > v ? speaker : null;
        if (who != null) {
            Span body = estimatesOfBody(indexAfter(new Span(who.start(), who.start())));
            who = body != null ? body : who; // "تقديرات منظمات محلية": the organisations
        } else {
            Span opening = openingSubject(v, false);
            who = opening != null ? opening : lastSpeaker; // "وكانت مصادر محلية قد أفادت بـ…"
        }
        if (who == null && !opensClause(v)) {
            return null;
        }
        String first = clitic == 0 ? word(noun) : word(noun).substring(clitic);
        if (noun == at + 1 && warnedNounAt(v, at) && forecaster(who)) {
            return null; // "وحذّرت هيئة الأرصاد من موجة حر": a weather service's warning is a forecast (rules 3 and 6 of dev)
        }
        Attribution a = Attribution.of(said, who, false, sentence).startingAt(tokens.get(v).start());
        a = who == null ? a.withVerb(word(v)) : a; // "وأشارت إلى إصابة ستة …": the dropped subject, an earlier speaker
        return lexicon.isCountNoun(first) ? a.asNounObject() : a;
    }

    /**
     * {@link #clause} from the count noun at {@code i}, ended at a comma before one of the {@code announced_clause_ends}
     * or an "according to" word: "أعلنت الوزارة استشهاد شابين …، فيما اعتقلت القوات 15 فلسطينياً …، وفق نادي الأسير" —
     * the ministry announced the deaths, the arrests are the prisoners' club's.
     */
    private Span announcedClause(int i) {
        Span clause = clause(i);
        if (clause == null) {
            return null;
        }
        int end = indexAfter(clause);
        for (int k = i + 1; k + 1 < end; k++) {
            if (isComma(k) && (lexicon.endsAnnouncedClause(word(k + 1)) || isSource(k + 1) || contrastAt(k + 1, end))) {
                return k - i >= 2 ? span(i, k) : null;
            }
        }
        return clause;
    }

    /**
     * Whether one of the {@code second_clause_openers} (غير أن، إلا أن) opens at {@code at}, before {@code end}: "أعلنت الوزارة
     * استئناف الرحلات، إلا أن شركات الطيران أرجأت …" — the contrast is no part of what was announced.
     */
    private boolean contrastAt(int at, int end) {
        for (int n = 1; n <= 2 && at + n <= end; n++) {
            List<String> words = new ArrayList<>();
            for (int k = at; k < at + n; k++) {
                words.add(word(k));
            }
            if (lexicon.isSecondClauseOpener(words)) {
                return true;
            }
        }
        return false;
    }

    /** How many {@code announcement_times} words may stand between an announcement's speaker and its count noun. */
    private static final int MAX_ANNOUNCEMENT_TIME_WORDS = 3;

    /** The index after the {@code announcement_times} words from {@code from} ("لاحقاً"، "الأسبوع الماضي"), at most a few. */
    private int afterAnnouncementTimes(int from) {
        int i = from;
        if (i + 1 < tokens.size() && lexicon.isContentPreposition(word(i)) && lexicon.isStatementNoun(word(i + 1))) {
            i += 2; // "وكانت جمعية المصارف قد أعلنت في بيان الثلاثاء تحفظها على …": the medium, then its time
        }
        while (i < tokens.size() && i - from < MAX_ANNOUNCEMENT_TIME_WORDS && !tokens.get(i).punctuation()
                && lexicon.isAnnouncementTime(word(i))) {
            i++;
        }
        return i;
    }

    /**
     * Arabic: the index of a {@code count_nouns} word inside the speaker {@code [first, end)} read after an announcing verb,
     * where the name closes before it ("وزارة الداخلية توقيف"، "حماس مقتل"، "منظمة أطباء بلا حدود وفاة"); -1 when none. Right
     * after a speaker head in construct (no article) the noun is its genitive, part of the name ("هيئة تحرير …").
     */
    private int countNounInName(int first, int end, boolean decisions) {
        for (int k = first + 1; k < end; k++) {
            if (announcedNounAt(k, decisions) && (lexicon.hasArticlePrefix(word(k - 1)) || !lexicon.isHead(word(k - 1)))) {
                return k;
            }
        }
        return -1;
    }

    /** {@link Lexicon#describes} of token {@code i}. */
    private boolean describes(int i) {
        return Lexicon.describesGroup(verbGroup(i));
    }

    private int indexAfter(Span span) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < span.end()) {
            i++;
        }
        return i;
    }

    private Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private Span content(int[] q) {
        return new Span(tokens.get(q[0]).end(), tokens.get(q[1]).start());
    }

    /**
     * Pairs of quotation-mark token indices: «…», “…”, straight "…" and single ‘…’ or '…' in order.
     * A single mark is also an apostrophe (it’s, the officials' cars), so it opens a quotation only
     * after a space (or at the start) with a letter right after it, and closes one only right after
     * the quoted words' last mark (,'  .'  ?') or right before a mark of the sentence ('…', he said):
     * a quotation that closes otherwise is left unread rather than cut at an apostrophe. The single
     * marks paired go to {@code singleMarks}.
     */
    private static List<int[]> quoteMarks(String text, List<Token> tokens, boolean[] singleMarks) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        String closing = null;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (!tokens.get(i).punctuation()) {
                continue;
            }
            if (open < 0 && (w.equals("«") || w.equals("“") || w.equals("\""))) {
                open = i;
                closing = w.equals("«") ? "»" : w.equals("“") ? "”" : "\"";
            } else if (open < 0 && isSingleMark(w) && opensSingle(text, tokens, i)) {
                open = i;
                closing = SINGLE;
            } else if (open >= 0 && (w.equals(closing) || closing == SINGLE && isSingleMark(w) && closesSingle(text, tokens, i))) {
                if (i > open + 1) {
                    out.add(new int[] {open, i});
                    if (closing == SINGLE) {
                        singleMarks[open] = true;
                        singleMarks[i] = true;
                    }
                }
                open = -1;
            }
        }
        return out;
    }

    /** Stands for either single mark as the closing one sought. */
    private static final String SINGLE = "'";

    private static boolean isSingleMark(String w) {
        return w.equals("'") || w.equals("\u2018") || w.equals("\u2019");
    }

    /** A single mark after a space or at the start, with a letter right after it: ‘We, 'The. */
    private static boolean opensSingle(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.word().equals("\u2019") || i + 1 >= tokens.size() || tokens.get(i + 1).start() != t.end()
                || tokens.get(i + 1).punctuation() || !Character.isLetter(text.charAt(t.end()))) {
            return false;
        }
        return t.start() == 0 || Character.isWhitespace(text.charAt(t.start() - 1));
    }

    /** A single mark right after , . ? ! or right before , . ; : ? ! or the end: the close of a quotation. */
    private static boolean closesSingle(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.word().equals("\u2018") || t.start() == 0 || Character.isWhitespace(text.charAt(t.start() - 1))) {
            return false;
        }
        char before = text.charAt(t.start() - 1);
        if (before == ',' || before == '.' || before == '?' || before == '!') {
            return true;
        }
        return t.end() >= text.length() || ",.;:?!".indexOf(text.charAt(t.end())) >= 0;
    }
}
