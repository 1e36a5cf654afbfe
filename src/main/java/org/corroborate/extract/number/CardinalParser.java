package org.corroborate.extract.number;

import java.math.BigDecimal;

/**
 * Reads the longest cardinal number starting at a token: digits (with a sign, a fraction bar, a
 * suffix multiplier or a scale word after them) or number words joined by connectors, feeding
 * each part to a {@link Cardinal}. Linear: every token is looked at a bounded number of times.
 */
final class CardinalParser {

    /** A number read from token {@code start} up to {@code end} (exclusive). */
    record Parse(int start, int end, BigDecimal value, String rule) {
    }

    /** True when the token at the index is a unit of time (a number before it counts time, not a ratio). */
    interface UnitTest {
        boolean test(Tokens t, int index);
    }

    private final Lexicon lexicon;
    private final UnitTest endsBeforeUnit;

    CardinalParser(Lexicon lexicon, UnitTest endsBeforeUnit) {
        this.lexicon = lexicon;
        this.endsBeforeUnit = endsBeforeUnit;
    }

    Parse parse(Tokens t, int i) {
        if (i >= t.size()) {
            return null;
        }
        if (t.isWord(i) && lexicon.isClitic(t.key(i)) && t.isDigits(i + 1) && t.attached(i + 1)) {
            Parse digits = parse(t, i + 1);
            return digits == null ? null : new Parse(i, digits.end(), digits.value(), digits.rule());
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
            if (writtenOntoWord(t, i)) {
                return null;
            }
            int[] end = {i + 1};
            BigDecimal value = digitsValue(t, i, end);
            if (value == null) {
                return null;
            }
            cardinal = Cardinal.ofDigits(value, lexicon.digitsRule());
            j = end[0];
        } else if (lexicon.is(t.key(i), NumberRole.DECIMAL_POINT) && t.isDigits(i + 1)) {
            BigDecimal fractional = fractionalPart(t, i + 1);
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
            BigDecimal digits = plain(t.raw(k));
            return digits != null && !(t.isWord(k + 1) && t.attached(k + 1)) && cardinal.addBelowScale(digits) ? k + 1 : -1;
        }
        if (!t.isWord(k)) {
            return -1;
        }
        Lexicon.Hit hit = lexicon.lookup(t.key(k));
        if (hit == null) {
            return -1;
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
            BigDecimal fractional = fractionalPart(t, k);
            return fractional != null && cardinal.decimals(fractional) ? k + 1 : -1;
        }
        StringBuilder digits = new StringBuilder();
        int m = k;
        while (m < t.size() && t.isWord(m)) {
            Lexicon.Hit hit = lexicon.lookup(t.key(m));
            if (hit == null || !hit.has(NumberRole.UNIT) || !hit.clitic().isEmpty()) {
                break;
            }
            digits.append(hit.get(NumberRole.UNIT).value().intValue());
            m++;
        }
        if (digits.length() > 1 || (digits.length() == 1 && !continuesAsNumber(t, m))) {
            return cardinal.decimals(new BigDecimal("0." + digits)) ? m : -1;
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

    /** Digits written right after letters that are not a clitic (F16, COVID19) are not a number. */
    private boolean writtenOntoWord(Tokens t, int i) {
        return t.attached(i) && t.type(i - 1) == Tokens.WORD && !lexicon.isClitic(t.key(i - 1));
    }

    /**
     * The value of digits at token i and what is written onto them: a suffix multiplier (10k), a
     * fraction bar (3/4, not in 5/17/2018), a mixed fraction (2 1/4); null when letters that mean
     * nothing here are written onto them (180ml, 29km). Sets {@code end[0]} past what it read.
     */
    private BigDecimal digitsValue(Tokens t, int i, int[] end) {
        BigDecimal value = plain(t.raw(i));
        if (value == null) {
            return null;
        }
        int j = i + 1;
        int power = powerEnd(t, j);
        if (power > 0) {
            BigDecimal result = power(value, t, j + 1, power);
            if (result != null) {
                end[0] = power;
                return result;
            }
        }
        if (t.isWord(j) && t.attached(j)) {
            Lexicon.Entry suffix = lexicon.digitSuffix(t.raw(j));
            if (suffix != null) {
                end[0] = j + 1;
                return value.multiply(suffix.value());
            }
            if (isLatin(t.raw(j).charAt(0)) || lexicon.isAttachedUnit(t.key(j))) {
                return null;
            }
            // Arabic headlines often drop the space after digits (16امرأة، 10مليارات): the
            // number stands, and the word after it is read as usual.
            end[0] = j;
            return value;
        }
        BigDecimal fraction = fractionAt(t, i);
        if (fraction != null) {
            end[0] = i + 3;
            return fraction;
        }
        if (t.isDigits(j) && value.scale() <= 0 && !t.attached(j)) {
            BigDecimal part = fractionAt(t, j);
            if (part != null && part.compareTo(BigDecimal.ONE) < 0 && part.signum() > 0) {
                end[0] = j + 3;
                return value.add(part);
            }
        }
        if (t.isWord(j) && !t.attached(j)) {
            Lexicon.Entry suffix = lexicon.digitSuffix(t.raw(j));
            if (suffix != null && !(t.isWord(j + 1) && t.attached(j + 1))) {
                end[0] = j + 1;
                return value.multiply(suffix.value());
            }
        }
        end[0] = j;
        return value;
    }

    /** Where "^" with an exponent (signs, digits) written onto digits ends; -1 if none. */
    private int powerEnd(Tokens t, int j) {
        if (j >= t.size() || !t.attached(j) || !lexicon.is(t.key(j), NumberRole.POWER)) {
            return -1;
        }
        int k = j + 1;
        while (k < t.size() && t.attached(k) && t.type(k) == Tokens.SIGN && isSign(t.raw(k))) {
            k++;
        }
        return k < t.size() && t.isDigits(k) && t.attached(k) ? k + 1 : -1;
    }

    private static boolean isSign(String raw) {
        return raw.equals("+") || raw.equals("-");
    }

    private BigDecimal power(BigDecimal base, Tokens t, int from, int end) {
        boolean negative = false;
        for (int k = from; k < end - 1; k++) {
            negative ^= t.raw(k).equals("-");
        }
        String digits = t.raw(end - 1);
        if (digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int exponent = Integer.parseInt(digits);
        BigDecimal raised = base.pow(exponent, Cardinal.PRECISION);
        if (!negative) {
            return raised;
        }
        return raised.signum() == 0 ? null : BigDecimal.ONE.divide(raised, Cardinal.PRECISION);
    }

    /**
     * Latin letters written onto digits (180ml, 29km) make them no number unless a suffix
     * multiplier; Arabic letters only when they are a listed unit of measure (١٨٠مل).
     */
    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** a/b at token i, written without spaces and not part of a longer chain (a date 5/17/2018). */
    private BigDecimal fractionAt(Tokens t, int i) {
        int bar = i + 1;
        if (bar + 1 >= t.size() || !lexicon.is(t.key(bar), NumberRole.FRACTION_BAR)
                || !t.attached(bar) || !t.isDigits(bar + 1) || !t.attached(bar + 1)) {
            return null;
        }
        if (i > 0 && t.attached(i) && lexicon.is(t.key(i - 1), NumberRole.FRACTION_BAR)) {
            return null;
        }
        if (bar + 2 < t.size() && t.attached(bar + 2) && lexicon.is(t.key(bar + 2), NumberRole.FRACTION_BAR)) {
            return null;
        }
        BigDecimal numerator = plain(t.raw(i));
        BigDecimal denominator = plain(t.raw(bar + 1));
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, Cardinal.PRECISION);
    }

    private BigDecimal fractionalPart(Tokens t, int k) {
        String raw = t.raw(k);
        return raw.chars().allMatch(Character::isDigit) ? new BigDecimal("0." + raw) : null;
    }

    /**
     * Digits with their grouping separators removed (1,200.50 → 1200.50). Without a decimal point,
     * a comma not followed by exactly three digits is a decimal comma (٤,٨ → 4.8), as Arabic
     * writers use it; the digit pattern decides whether such a comma is read at all. Null for
     * absurd exponents.
     */
    static BigDecimal plain(String raw) {
        int decimalComma = raw.indexOf('.') >= 0 ? -1 : decimalComma(raw);
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                digits.append(c);
            } else if (i == decimalComma) {
                digits.append('.');
            }
        }
        if (digits.charAt(0) == '.') {
            digits.insert(0, '0');
        }
        try {
            BigDecimal value = new BigDecimal(digits.toString());
            return Math.abs((long) value.scale()) > MAX_SCALE + digits.length() ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int decimalComma(String raw) {
        int comma = raw.lastIndexOf(',');
        if (comma < 0) {
            return -1;
        }
        int digits = 0;
        while (comma + 1 + digits < raw.length() && Character.isDigit(raw.charAt(comma + 1 + digits))) {
            digits++;
        }
        return digits == 3 ? -1 : comma;
    }

    /** Exponents beyond this are not news numbers and would cost time to expand. */
    private static final int MAX_SCALE = 40;
}
