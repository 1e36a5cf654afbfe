package org.corroborate.extract.number;

import java.math.BigDecimal;

/**
 * Reads the value of a digit token and what is written onto it: a suffix multiplier (10k), a
 * fraction bar (3/4), a power (1.1^23), a mixed fraction (2 1/4), a decimal comma (٤,٨).
 */
final class DigitsReader {
    private final Lexicon lexicon;

    DigitsReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Digits written right after letters that are not a clitic (F16, COVID19) are not a number. */
    boolean writtenOntoWord(Tokens t, int i) {
        return t.attached(i) && t.type(i - 1) == Tokens.WORD && !lexicon.isClitic(t.key(i - 1));
    }

    /**
     * The value of digits at token i and what is written onto them: a suffix multiplier (10k), a
     * fraction bar (3/4, not in 5/17/2018), a mixed fraction (2 1/4); null when letters that mean
     * nothing here are written onto them (180ml, 29km). Sets {@code end[0]} past what it read.
     */
    BigDecimal digitsValue(Tokens t, int i, int[] end) {
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

    BigDecimal fractionalPart(Tokens t, int k) {
        String raw = t.raw(k);
        return raw.chars().allMatch(Character::isDigit) ? new BigDecimal("0." + raw) : null;
    }

    /**
     * Digits with their grouping separators removed (1,200.50 → 1200.50). Without a decimal point,
     * a comma not followed by exactly three digits is a decimal comma (٤,٨ → 4.8), as Arabic
     * writers use it; the digit pattern decides whether such a comma is read at all. Null for
     * absurd exponents and for runs longer than {@link #LONGEST}.
     */
    static BigDecimal plain(String raw) {
        if (raw.length() > LONGEST) {
            return null;
        }
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

    /**
     * Longer runs of digits are identifiers, hashes or garbage, not quantities; reading them as
     * numbers would cost time that grows with the square of their length.
     */
    static final int LONGEST = 64;

    /** Exponents beyond this are not news numbers and would cost time to expand. */
    private static final int MAX_SCALE = 40;
}
