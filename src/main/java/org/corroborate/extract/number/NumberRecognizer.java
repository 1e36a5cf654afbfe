package org.corroborate.extract.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.OrdinalMention;
import org.corroborate.api.Span;
import org.corroborate.rules.RulePacks;
import org.corroborate.text.NormalizedText;
import org.corroborate.text.WordTable;

/**
 * Finds numbers, ordinals and durations in a text of one language, built from the rule packs
 * ({@code numbers}, {@code qualifiers}, {@code ordinals}, {@code durations} files). Matching runs
 * on the normalised text; every span is mapped back to the original. Thread-safe once built.
 *
 * <pre>{@code
 * NumberRecognizer ar = NumberRecognizer.of(packs, Language.AR);
 * List<Mention> found = ar.find("قتل أكثر من 50 شخصا خلال عشر سنوات");
 * }</pre>
 */
public final class NumberRecognizer {
    private final Language language;
    private final Lexicon lexicon;
    private final CardinalParser cardinals;
    private final Qualifiers qualifiers;
    private final OrdinalParser ordinals;
    private final Durations durations;
    /** What a word must be for anything to be read from it; most words are not, and cost no lookup. */
    private final WordTable<String> openingWords;

    private NumberRecognizer(Language language, RulePacks packs) {
        this.language = language;
        this.lexicon = new Lexicon(packs.forLanguage(language, NumberFile.class));
        this.durations = new Durations(packs.forLanguage(language, DurationFile.class), lexicon);
        this.cardinals = new CardinalParser(lexicon, durations::isUnit);
        this.qualifiers = new Qualifiers(packs.forLanguage(language, QualifierFile.class), lexicon);
        this.ordinals = new OrdinalParser(packs.forLanguage(language, OrdinalFile.class), lexicon);
        Set<String> opening = new HashSet<>(lexicon.openingWords());
        opening.addAll(ordinals.openingWords());
        opening.addAll(qualifiers.openingWords());
        opening.addAll(durations.openingWords());
        this.openingWords = WordTable.of(opening);
    }

    /** The recogniser for one language, from validated rule packs. */
    public static NumberRecognizer of(RulePacks packs, Language language) {
        return new NumberRecognizer(Objects.requireNonNull(language, "language"), Objects.requireNonNull(packs, "packs"));
    }

    public Language language() {
        return language;
    }

    /** Every number, ordinal and duration mention in {@code text}, sorted by span. */
    public List<Mention> find(String text) {
        NormalizedText normalized = Lexicon.NORMALIZER.normalize(text);
        String plain = normalized.normalized();
        List<Mention> mentions = new ArrayList<>();
        for (int from = 0; from < plain.length(); ) {
            int to = segmentEnd(plain, from);
            Reading reading = new Reading(text, normalized, Tokens.of(plain, lexicon.digits(), from, to, openingWords), mentions);
            int before = mentions.size();
            int[] ordinalEnds = findOrdinals(reading);
            findNumbers(reading, ordinalEnds);
            durations.findStandalone(reading);
            durations.combine(reading, before);
            from = to;
        }
        mentions.sort(BY_SPAN);
        return mentions;
    }

    /** Mentions by start, the longer first, then by kind: made once, not for every text. */
    private static final Comparator<Mention> BY_SPAN = Comparator.comparingInt((Mention m) -> m.span().start())
            .thenComparing(Comparator.comparingInt((Mention m) -> m.span().end()).reversed())
            .thenComparing(Mention::kind);

    /** Long texts are read in segments, so that what is kept per token stays small. */
    private static final int SEGMENT = 1 << 16;

    /**
     * Where the segment starting at {@code from} ends: at the first line break after
     * {@link #SEGMENT} characters, else after the end of a sentence (a number never runs over
     * one), else, past twice that, at any space not next to a digit, else at the end of the text.
     */
    static int segmentEnd(String text, int from) {
        if (text.length() - from <= SEGMENT) {
            return text.length();
        }
        int space = -1;
        for (int i = from + SEGMENT; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (Character.isWhitespace(c) && SENTENCE_ENDS.indexOf(text.charAt(i - 1)) >= 0)) {
                return i + 1;
            }
            if (space < 0 && Character.isWhitespace(c) && !Character.isDigit(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)))) {
                space = i + 1;
            }
            if (space > 0 && i - from > 2 * SEGMENT) {
                return space;
            }
        }
        return space > 0 ? space : text.length();
    }

    static final char ARABIC_QUESTION_MARK = '\u061F';
    static final char ARABIC_SEMICOLON = '\u061B';
    /** Full stop, exclamation and question marks, the Arabic question mark and semicolon. */
    private static final String SENTENCE_ENDS = ".!?" + ARABIC_QUESTION_MARK + ARABIC_SEMICOLON;

    /** Marks, for each token an ordinal starts at, where it ends (0: none). */
    private int[] findOrdinals(Reading f) {
        Tokens t = f.tokens();
        int[] ends = new int[t.size()];
        int i = 0;
        while (i < t.size()) {
            OrdinalParser.Parse ordinal = t.opens(i) ? ordinals.parse(t, i) : null;
            if (ordinal == null) {
                i++;
                continue;
            }
            Span span = f.span(ordinal.start(), ordinal.end());
            f.mentions().add(new OrdinalMention(span.of(f.text()), span, ordinal.value(), ordinal.rule()));
            for (int k = ordinal.start(); k < ordinal.end(); k++) {
                ends[k] = ordinal.end();
            }
            i = ordinal.end();
        }
        return ends;
    }

    private void findNumbers(Reading f, int[] ordinalEnds) {
        Tokens t = f.tokens();
        int i = 0;
        while (i < t.size()) {
            i = t.opens(i) ? numberAt(f, i, ordinalEnds) : i + 1;
        }
    }

    /** Reads what starts at token i (a qualified number, a vague quantity, a dual); the next token to read. */
    private int numberAt(Reading f, int i, int[] ordinalEnds) {
        Tokens t = f.tokens();
        Qualifiers.Match qualifier = t.isWord(i) ? qualifiers.at(t, i) : null;
        int start = qualifier == null ? i : qualifier.end();
        CardinalParser.Parse number = cardinals.parse(t, start);
        if (number != null && ordinalEnds[start] < number.end()) {
            return counted(f, qualifier, restated(t, number));
        }
        Vague vague = vagueAt(t, start);
        if (vague != null) {
            Span span = f.span(start, vague.end());
            f.mentions().add(new NumberMention(span.of(f.text()), span, null, vague.min(), vague.max(), true, vague.rule()));
            return vague.end();
        }
        return qualifier != null ? i + 1 : uncounted(f, i);
    }

    /** A number read: with per cent, a unit of time, or a qualifier after it; the next token to read. */
    private int counted(Reading f, Qualifiers.Match qualifier, CardinalParser.Parse number) {
        Tokens t = f.tokens();
        if (qualifier != null && qualifier.effect() == Qualifier.RANGE) {
            return ranged(f, qualifier, number);
        }
        int percentEnd = lexicon.percentEnd(t, number.end());
        if (percentEnd > number.end()) {
            f.mentions().add(qualified(f, qualifier, number.withEnd(percentEnd)));
            return percentEnd;
        }
        int durationEnd = durations.after(f, number.start(), number.end(), number.value());
        if (durationEnd < 0) {
            durations.beforeOne(f, number);
        }
        Qualifiers.Match after = qualifier == null ? qualifiers.after(t, number.end()) : null;
        if (after != null && after.start() > number.end() && opensNextNumber(t, after)) {
            after = null; // "Charter 97 said at least four reporters": the phrase qualifies the number after it, not a name's
        }
        if (after != null) {
            f.mentions().add(qualified(f, after, number.withEnd(after.end())));
            return after.end();
        }
        f.mentions().add(qualified(f, qualifier, number));
        return Math.max(number.end(), durationEnd);
    }

    /**
     * Whether a qualifier phrase found after a number, past a word or two, is one written before a number too and a
     * number follows it: it opens that number ("Press group Charter 97 said at least four reporters had been killed",
     * "Radio 24 reported that at least four": the name's number takes no qualifier).
     */
    private boolean opensNextNumber(Tokens t, Qualifiers.Match after) {
        Qualifiers.Match before = t.isWord(after.start()) ? qualifiers.at(t, after.start()) : null;
        return before != null && before.end() == after.end() && after.end() < t.size()
                && (cardinals.parse(t, after.end()) != null || vagueAt(t, after.end()) != null);
    }

    /** between 15 and 20, ما بين 40 و50: one mention from min to max; the next token to read. */
    private int ranged(Reading f, Qualifiers.Match qualifier, CardinalParser.Parse low) {
        Tokens t = f.tokens();
        int link = low.end();
        CardinalParser.Parse high = t.isWord(link) && lexicon.is(t.key(link), NumberRole.CONNECTOR)
                ? cardinals.parse(t, link + 1) : null;
        if (high == null || high.value().compareTo(low.value()) <= 0) {
            return counted(f, null, low);
        }
        Span span = f.span(qualifier.start(), high.end());
        f.mentions().add(new NumberMention(span.of(f.text()), span, null, plain(low.value()), plain(high.value()), false,
                qualifier.rule()));
        return high.end();
    }

    /** What counts without a number word: "a year", a dual noun (جنديان). */
    private int uncounted(Reading f, int i) {
        Tokens t = f.tokens();
        if (lexicon.is(t.key(i), NumberRole.ARTICLE)) {
            int durationEnd = durations.after(f, i, i + 1, BigDecimal.ONE);
            if (durationEnd > 0) {
                return durationEnd;
            }
        }
        String dual = t.isWord(i) ? lexicon.dualRule(t.key(i)) : null;
        if (dual != null) {
            Span span = f.span(i, i + 1);
            f.mentions().add(NumberMention.exact(span.of(f.text()), span, BigDecimal.TWO, dual));
        }
        return i + 1;
    }

    private NumberMention qualified(Reading f, Qualifiers.Match qualifier, CardinalParser.Parse number) {
        Span span = f.span(qualifier == null ? number.start() : Math.min(qualifier.start(), number.start()), number.end());
        String text = span.of(f.text());
        BigDecimal v = number.value().stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (qualifier == null) {
            return NumberMention.exact(text, span, v, number.rule());
        }
        boolean whole = v.scale() == 0;
        String rule = qualifier.rule();
        return switch (qualifier.effect()) {
            case APPROXIMATE -> new NumberMention(text, span, v, null, null, true, rule);
            case AT_LEAST -> new NumberMention(text, span, null, v, null, false, rule);
            case MORE_THAN -> new NumberMention(text, span, null, whole ? v.add(BigDecimal.ONE) : v, null, false, rule);
            case UP_TO -> new NumberMention(text, span, null, null, v, false, rule);
            case LESS_THAN -> new NumberMention(text, span, null, null, whole ? v.subtract(BigDecimal.ONE) : v, false, rule);
            case NEARLY -> new NumberMention(text, span, v, null, v, true, rule);
            case RANGE -> NumberMention.exact(text, span, v, rule);
        };
    }

    /** Extends a number over a bracketed restatement of it: خمسة (5), forty-five (45). */
    private CardinalParser.Parse restated(Tokens t, CardinalParser.Parse number) {
        List<String> brackets = lexicon.restatement();
        int open = number.end();
        if (brackets.size() != 2 || open >= t.size() || !brackets.get(0).equals(t.raw(open))) {
            return number;
        }
        CardinalParser.Parse inner = cardinals.parse(t, open + 1);
        if (inner == null || inner.end() >= t.size() || !brackets.get(1).equals(t.raw(inner.end()))
                || inner.value().compareTo(number.value()) != 0) {
            return number;
        }
        return number.withEnd(inner.end() + 1);
    }

    private record Vague(int end, BigDecimal min, BigDecimal max, String rule) {
    }

    /** عشرات، بضعة آلاف، tens of thousands: a vague quantity, times a scale after it. */
    private Vague vagueAt(Tokens t, int i) {
        Lexicon.Hit hit = t.isWord(i) ? lexicon.lookup(t.key(i)) : null;
        int k = i;
        if (hit != null && hit.has(NumberRole.ARTICLE) && t.isWord(i + 1)) {
            Lexicon.Hit next = lexicon.lookup(t.key(i + 1));
            if (next != null && next.has(NumberRole.VAGUE) && next.clitic().isEmpty()) {
                hit = next;
                k = i + 1;
            }
        }
        if (hit == null || !hit.has(NumberRole.VAGUE)) {
            return null;
        }
        Lexicon.Entry vague = hit.get(NumberRole.VAGUE);
        int m = k + 1;
        if (m < t.size() && lexicon.is(t.key(m), NumberRole.LINK)) {
            m++;
        }
        Lexicon.Hit scale = m < t.size() && t.isWord(m) ? lexicon.lookup(t.key(m)) : null;
        BigDecimal factor = scaleOf(scale);
        if (factor != null) {
            return new Vague(m + 1, plain(vague.value().multiply(factor)), plain(vague.max().multiply(factor)), vague.rule());
        }
        return new Vague(k + 1, vague.value(), vague.max(), vague.rule());
    }

    private static BigDecimal scaleOf(Lexicon.Hit hit) {
        if (hit == null) {
            return null;
        }
        for (NumberRole role : new NumberRole[] {NumberRole.SCALE_PLURAL, NumberRole.SCALE, NumberRole.HUNDRED}) {
            if (hit.has(role)) {
                return hit.get(role).value() == null ? null : hit.get(role).value();
            }
        }
        return null;
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
