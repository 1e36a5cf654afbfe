package org.corroborate.extract.number;

import java.math.BigDecimal;

import org.corroborate.text.ArabicNormalizer;

/**
 * Reads the longest cardinal number starting at a token: digits (with a sign, a fraction bar, a
 * suffix multiplier or a scale word after them) or number words joined by connectors, feeding
 * each part to a {@link Cardinal}. Linear: every token is looked at a bounded number of times.
 */
final class CardinalParser {
    private static final char HEH = '\u0647';

    /** A number read from token {@code start} up to {@code end} (exclusive). */
    record Parse(int start, int end, BigDecimal value, String rule) {
        /** The same number with a span running to {@code newEnd} (a restatement, per cent, a qualifier after it). */
        Parse withEnd(int newEnd) {
            return new Parse(start, newEnd, value, rule);
        }
    }

    /** True when the token at the index is a unit of time (a number before it counts time, not a ratio). */
    interface UnitTest {
        boolean test(Tokens t, int index);
    }

    private final Lexicon lexicon;
    private final DigitsReader digits;
    private final UnitTest endsBeforeUnit;

    CardinalParser(Lexicon lexicon, UnitTest endsBeforeUnit) {
        this.lexicon = lexicon;
        this.digits = new DigitsReader(lexicon);
        this.endsBeforeUnit = endsBeforeUnit;
    }

    Parse parse(Tokens t, int i) {
        if (i >= t.size()) {
            return null;
        }
        if (t.isWord(i) && lexicon.isClitic(t.key(i)) && t.isDigits(i + 1) && t.attached(i + 1)) {
            Parse written = parse(t, i + 1);
            return written == null ? null : new Parse(i, written.end(), written.value(), written.rule());
        }
        if (startsNegative(t, i)) {
            Parse body = parseUnsigned(t, i + 1);
            if (body != null) {
                return new Parse(i, body.end(), body.value().negate(), body.rule());
            }
        }
        return parseUnsigned(t, i);
    }

    /** "-5" or "minus five": a minus sign not written onto a preceding word or number. */
    private boolean startsNegative(Tokens t, int i) {
        if (!lexicon.is(t.key(i), NumberRole.MINUS) || i + 1 >= t.size()) {
            return false;
        }
        if (t.type(i) == Tokens.SIGN && t.attached(i) && t.type(i - 1) != Tokens.SIGN) {
            return false;
        }
        if (t.type(i) == Tokens.SIGN && !t.attached(i + 1) && i > 0) {
            // "MANILA (Reuters) - Twenty-three people": after other words, a dash with a space after
            // it is no minus sign; only a text that starts with one ("- 1,200,000") is read as negative
            return false;
        }
        return t.isDigits(i + 1) || t.isWord(i + 1) || lexicon.is(t.key(i + 1), NumberRole.DECIMAL_POINT);
    }

    /** A number, then "over" and a second number (one over three); not before a unit of time. */
    private Parse parseUnsigned(Tokens t, int i) {
        Parse first = parseSimple(t, i);
        if (first == null || first.end() + 1 >= t.size() || !lexicon.is(t.key(first.end()), NumberRole.DIVIDED_BY)) {
            return first;
        }
        Parse second = parseSimple(t, first.end() + 1);
        if (second == null || second.value().signum() == 0 || endsBeforeUnit.test(t, second.end())) {
            return first;
        }
        return new Parse(i, second.end(), first.value().divide(second.value(), Cardinal.PRECISION), first.rule());
    }

    private Parse parseSimple(Tokens t, int i) {
        Cardinal cardinal;
        int j;
        if (t.isDigits(i)) {
            if (digits.writtenOntoWord(t, i)) {
                return null;
            }
            int[] end = {i + 1};
            BigDecimal value = digits.digitsValue(t, i, end);
            if (value == null) {
                return null;
            }
            cardinal = Cardinal.ofDigits(value, lexicon.digitsRule());
            j = end[0];
        } else if (lexicon.is(t.key(i), NumberRole.DECIMAL_POINT) && t.isDigits(i + 1)) {
            BigDecimal fractional = digits.fractionalPart(t, i + 1);
            if (fractional == null) {
                return null;
            }
            cardinal = Cardinal.ofDigits(fractional, lexicon.lookup(t.key(i)).get(NumberRole.DECIMAL_POINT).rule());
            j = i + 2;
        } else {
            cardinal = new Cardinal();
            j = i;
        }
        int good = cardinal.complete() ? j : -1;
        BigDecimal value = cardinal.complete() ? cardinal.value() : null;
        while (j < t.size()) {
            int next = step(t, j, cardinal);
            if (next < 0) {
                break;
            }
            j = next;
            if (cardinal.complete()) {
                good = j;
                value = cardinal.value();
            }
        }
        return good < 0 ? null : new Parse(i, good, value, cardinal.rule());
    }

    /** Reads one part (with the connector before it); the token after it, or -1 when none fits. */
    private int step(Tokens t, int j, Cardinal cardinal) {
        boolean connected = false;
        boolean byWord = true;
        int k = j;
        if (cardinal.any() && lexicon.isConnector(t.key(k))) {
            connected = true;
            byWord = t.type(k) == Tokens.WORD;
            k++;
        }
        if (k >= t.size()) {
            return -1;
        }
        if (cardinal.any() && !connected && lexicon.is(t.key(k), NumberRole.DECIMAL_POINT)) {
            return decimalsAfter(t, k + 1, cardinal);
        }
        if (connected && t.isDigits(k)) {
            BigDecimal value = DigitsReader.plain(t.raw(k));
            return value != null && !(t.isWord(k + 1) && t.attached(k + 1)) && cardinal.addBelowScale(value) ? k + 1 : -1;
        }
        if (!t.isWord(k)) {
            return -1;
        }
        Lexicon.Hit hit = lexicon.lookup(t.key(k));
        if (hit == null && !cardinal.any() && tenWithoutTehAfter(t, k)) {
            hit = lexicon.compoundUnitNotAlone(t.key(k)); // «المتهمين الأحد عشر»: eleven, the weekday's spelling
        }
        if (hit == null) {
            return -1;
        }
        if (!cardinal.any() && lexicon.conjoins(hit.clitic()) && hit.has(NumberRole.FRACTION_WORD)) {
            return -1; // ونصف with nothing before it is the half of a noun (قرن ونصف), not a number
        }
        if (!hit.clitic().isEmpty() && lexicon.conjoins(hit.clitic()) && cardinal.any()) {
            if (connected) {
                return -1;
            }
            connected = true;
        } else if (!hit.clitic().isEmpty() && cardinal.any()) {
            return -1;
        }
        if (hit.has(NumberRole.TENS) && !(connected && byWord)) {
            int compound = compoundDenominator(t, k, hit, cardinal);
            if (compound > 0) {
                return compound;
            }
        }
        return cardinal.apply(hit, connected, byWord) ? k + 1 : -1;
    }

    /**
     * Whether the word after {@code k} is a ten written without teh marbuta (عشر, which a masculine أحد takes), so that
     * «الأحد عشر» is the numeral while «يوم الأحد عشرة أشخاص» keeps its day and its ten.
     */
    private boolean tenWithoutTehAfter(Tokens t, int k) {
        if (!t.isWord(k + 1)) {
            return false;
        }
        Lexicon.Hit ten = lexicon.lookup(t.key(k + 1));
        String raw = t.raw(k + 1);
        char last = raw.isEmpty() ? ' ' : raw.charAt(raw.length() - 1);
        return ten != null && ten.clitic().isEmpty() && ten.has(NumberRole.TEEN) && !raw.isEmpty()
                && last != ArabicNormalizer.TEH_MARBUTA && last != HEH; // the token is read with teh marbuta folded
    }

    /**
     * Tens read ahead as the start of a denominator when a numerator is already there and an
     * ordinal unit follows: one hundred thirty-fifths = 100/35, three twenty-firsts = 3/21.
     */
    private int compoundDenominator(Tokens t, int k, Lexicon.Hit tens, Cardinal cardinal) {
        if (!cardinal.complete() && !cardinal.articlePending()) {
            return -1;
        }
        int m = k + 1;
        if (m < t.size() && t.type(m) == Tokens.SIGN && lexicon.isConnector(t.key(m))) {
            m++;
        }
        Lexicon.Hit unit = t.isWord(m) ? lexicon.lookup(t.key(m)) : null;
        if (unit == null || !unit.clitic().isEmpty()) {
            return -1;
        }
        Lexicon.Entry d = unit.has(NumberRole.COMPOUND_DENOMINATOR) ? unit.get(NumberRole.COMPOUND_DENOMINATOR)
                : unit.get(NumberRole.DENOMINATOR);
        if (d == null || d.value().compareTo(BigDecimal.TEN) >= 0) {
            return -1;
        }
        return cardinal.divideBy(tens.get(NumberRole.TENS).value().add(d.value())) ? m + 1 : -1;
    }

    /** The decimals after a decimal-point word: digits, single digit words, or a small number. */
    private int decimalsAfter(Tokens t, int k, Cardinal cardinal) {
        if (t.isDigits(k)) {
            BigDecimal fractional = digits.fractionalPart(t, k);
            return fractional != null && cardinal.decimals(fractional) ? k + 1 : -1;
        }
        StringBuilder spelled = new StringBuilder();
        int m = k;
        while (m < t.size() && t.isWord(m)) {
            Lexicon.Hit hit = lexicon.lookup(t.key(m));
            if (hit == null || !hit.has(NumberRole.UNIT) || !hit.clitic().isEmpty()) {
                break;
            }
            spelled.append(hit.get(NumberRole.UNIT).value().intValue());
            m++;
        }
        if (spelled.length() > 1 || (spelled.length() == 1 && !continuesAsNumber(t, m))) {
            return cardinal.decimals(new BigDecimal("0." + spelled)) ? m : -1;
        }
        Cardinal small = new Cardinal();
        int end = k;
        BigDecimal smallValue = null;
        int good = -1;
        while (end < t.size()) {
            int next = step(t, end, small);
            if (next < 0 || small.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                break;
            }
            end = next;
            if (small.complete()) {
                good = end;
                smallValue = small.value();
            }
        }
        if (good < 0) {
            return -1;
        }
        String plain = smallValue.stripTrailingZeros().toPlainString();
        return cardinal.decimals(new BigDecimal("0." + plain)) ? good : -1;
    }

    private boolean continuesAsNumber(Tokens t, int m) {
        return m < t.size() && lexicon.isConnector(t.key(m));
    }

}
