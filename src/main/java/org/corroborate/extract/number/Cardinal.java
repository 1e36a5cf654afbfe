package org.corroborate.extract.number;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Accumulates the parts of one cardinal number as the grammar reads them, word by word, in the
 * way both languages build numbers: units, teens and tens inside a group below a thousand (in
 * either order when joined, خمسة وعشرون / twenty-five), hundreds, then scales that multiply the
 * group and close it (three million two hundred thousand). {@link #apply} refuses a part that
 * cannot follow (a second unit: "five six" are two numbers) and leaves the state unchanged, so
 * the number read so far stays valid.
 */
final class Cardinal {
    static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal group = BigDecimal.ZERO;
    private BigDecimal lastScale;
    private boolean units;
    private boolean teens;
    private boolean tens;
    private boolean hundreds;
    /** Only a scale, a group noun or "hundred" may follow (after digits, a decimal, a fraction). */
    private boolean closed;
    private boolean fraction;
    private boolean groupNoun;
    private boolean article;
    private boolean linked;
    /** "of" after a fraction waits for a scale: the number is not complete until it comes. */
    private boolean pendingLink;
    /** The article came after a connector: "one and a half". */
    private boolean joinedArticle;
    private boolean anyPart;
    private boolean onlyCompoundUnits = true;
    private int unitValue;
    private String rule;
    /** The rule so far is the article's: the word it counts names the number better (a dozen). */
    private boolean ruleOfArticle;
    /** A unit joined by a word after a value, while nothing else followed: (one hundred and) three. */
    private BigDecimal joinedUnit;
    private BigDecimal beforeJoin;

    /** Starts from digits: 1.2 (million), 3 (آلاف), 10 (k). */
    static Cardinal ofDigits(BigDecimal value, String rule) {
        Cardinal c = new Cardinal();
        c.group = value;
        c.closed = true;
        c.anyPart = true;
        c.onlyCompoundUnits = false;
        c.rule = rule;
        return c;
    }

    boolean any() {
        return anyPart;
    }

    /** True when the parts read so far make a number on their own (not "a", not "احد" alone). */
    boolean complete() {
        return anyPart && !article && !onlyCompoundUnits && !pendingLink;
    }

    String rule() {
        return rule;
    }

    BigDecimal value() {
        return total.add(group);
    }

    /**
     * Applies the first role of the word that fits here; false (state unchanged) if none does.
     * {@code byWord}: the connector before it was a word (and, و), not a hyphen; a unit joined by a
     * word may take a fraction or group noun on its own (one hundred and three quarters = 100.75).
     */
    boolean apply(Lexicon.Hit hit, boolean connected, boolean byWord) {
        BigDecimal before = value();
        for (NumberRole role : ORDER) {
            Lexicon.Entry entry = hit.get(role);
            if (entry != null && applyOne(entry, connected && (byWord || !divides(role)), hit)) {
                applied(entry, before, connected && byWord);
                return true;
            }
        }
        return false;
    }

    /** Bookkeeping after a part was applied: what it joined, which rule names the number, what waits. */
    private void applied(Lexicon.Entry entry, BigDecimal before, boolean joinedByWord) {
        NumberRole role = entry.role();
        if (joinedByWord && role == NumberRole.UNIT && before.signum() != 0) {
            beforeJoin = before;
            joinedUnit = entry.value();
        } else if (role != NumberRole.DENOMINATOR && role != NumberRole.GROUP_NOUN) {
            joinedUnit = null;
        }
        if (rule == null || ruleOfArticle) {
            rule = entry.rule();
            ruleOfArticle = role == NumberRole.ARTICLE;
        }
        anyPart = true;
        article &= role == NumberRole.ARTICLE;
        pendingLink &= role == NumberRole.LINK || role == NumberRole.ARTICLE;
        onlyCompoundUnits &= role == NumberRole.COMPOUND_UNIT || role == NumberRole.ARTICLE || role == NumberRole.LINK;
    }

    private static boolean divides(NumberRole role) {
        return role == NumberRole.DENOMINATOR || role == NumberRole.FRACTION_WORD;
    }

    private static final NumberRole[] ORDER = {
        NumberRole.UNIT, NumberRole.COMPOUND_UNIT, NumberRole.TEEN, NumberRole.TENS, NumberRole.HUNDREDS,
        NumberRole.HUNDRED, NumberRole.SCALE, NumberRole.SCALE_PLURAL, NumberRole.SCALE_DUAL,
        NumberRole.GROUP_NOUN, NumberRole.FRACTION_WORD, NumberRole.DENOMINATOR, NumberRole.ARTICLE,
        NumberRole.LINK,
    };

    private boolean applyOne(Lexicon.Entry entry, boolean connected, Lexicon.Hit hit) {
        BigDecimal v = entry.value();
        return switch (entry.role()) {
            case UNIT, COMPOUND_UNIT -> unit(v);
            case TEEN -> teen(v, connected);
            case TENS -> tens(v, connected);
            case HUNDREDS -> hundreds(v, connected);
            case HUNDRED -> hundred(connected);
            case SCALE -> !connected && scale(v, group.signum() == 0 ? BigDecimal.ONE : group);
            case SCALE_PLURAL -> !connected && (group.compareTo(BigDecimal.TWO) >= 0
                    || (group.signum() == 0 && total.signum() != 0)) && scale(v, group);
            case SCALE_DUAL -> group.signum() == 0 && !article && (total.signum() == 0 || connected)
                    && scale(v, BigDecimal.TWO);
            case GROUP_NOUN -> groupNoun(v, connected, hit);
            case FRACTION_WORD -> fractionWord(v, connected);
            case DENOMINATOR -> denominator(v, connected);
            case ARTICLE -> article(connected);
            case LINK -> link(connected);
            default -> false;
        };
    }

    /** "of" after a group noun (a couple of), or after a fraction before what it divides (a quarter of a million). */
    private boolean link(boolean connected) {
        if (connected || linked || !(groupNoun || fraction)) {
            return false;
        }
        linked = true;
        pendingLink = !groupNoun;
        return true;
    }

    private boolean article(boolean connected) {
        if (article || (anyPart && !connected && !fraction)) {
            return false;
        }
        article = true;
        joinedArticle = anyPart && connected;
        return true;
    }

    private boolean unit(BigDecimal v) {
        if (closed || units || teens || article) {
            return false;
        }
        group = group.add(v);
        units = true;
        unitValue = v.intValue();
        return true;
    }

    private boolean teen(BigDecimal v, boolean connected) {
        if (closed || article) {
            return false;
        }
        if (v.intValue() == 10 && units && !tens && !teens && !connected && unitValue >= 1 && unitValue <= 9) {
            group = group.add(v);
            teens = true;
            return true;
        }
        if (units || teens || tens) {
            return false;
        }
        group = group.add(v);
        teens = true;
        return true;
    }

    private boolean tens(BigDecimal v, boolean connected) {
        if (closed || tens || teens || article || (units && !connected)) {
            return false;
        }
        group = group.add(v);
        tens = true;
        return true;
    }

    private boolean hundreds(BigDecimal v, boolean connected) {
        if (closed || hundreds || group.signum() != 0 || article || (connected && total.signum() == 0)) {
            return false;
        }
        group = v;
        hundreds = true;
        return true;
    }

    private boolean hundred(boolean connected) {
        if (hundreds || connected || fraction) {
            return false;
        }
        if (group.signum() == 0) {
            group = HUNDRED;
        } else if (closed || group.compareTo(HUNDRED) < 0) {
            group = group.multiply(HUNDRED);
        } else {
            return false;
        }
        hundreds = true;
        units = false;
        tens = false;
        teens = false;
        closed = false;
        return true;
    }

    private boolean scale(BigDecimal s, BigDecimal count) {
        if (article && count != group && group.signum() != 0) {
            return false;
        }
        if (lastScale == null || s.compareTo(lastScale) < 0) {
            if (group.signum() == 0 && total.signum() != 0) {
                return false;
            }
            total = total.add(count.multiply(s));
        } else if (group.signum() == 0 && total.signum() != 0 && s.compareTo(lastScale) > 0) {
            total = total.multiply(s);
        } else {
            return false;
        }
        lastScale = s;
        group = BigDecimal.ZERO;
        units = false;
        teens = false;
        tens = false;
        hundreds = false;
        closed = false;
        fraction = false;
        return true;
    }

    private boolean groupNoun(BigDecimal v, boolean connected, Lexicon.Hit hit) {
        if (connected || groupNoun) {
            return false;
        }
        if (joinedUnit != null && !article) {
            total = BigDecimal.ZERO;
            group = beforeJoin.add(joinedUnit.multiply(v));
            closed = true;
            groupNoun = true;
            return true;
        }
        BigDecimal count = value();
        if (count.signum() == 0) {
            if (!article && hit.has(NumberRole.VAGUE)) {
                return false;
            }
            count = BigDecimal.ONE;
        }
        total = BigDecimal.ZERO;
        group = count.multiply(v);
        closed = true;
        groupNoun = true;
        return true;
    }

    private boolean fractionWord(BigDecimal v, boolean connected) {
        if (fraction) {
            return false;
        }
        if (!anyPart || (article && !joinedArticle && value().signum() == 0)) {
            group = v;
        } else if (connected && group.signum() == 0 && lastScale != null) {
            total = total.add(v.multiply(lastScale));
        } else if (connected || joinedArticle) {
            group = group.add(v);
        } else {
            return false;
        }
        fraction = true;
        closed = true;
        return true;
    }

    private boolean denominator(BigDecimal d, boolean connected) {
        if (!anyPart || fraction || groupNoun || d.signum() == 0) {
            return false;
        }
        if (article) {
            BigDecimal part = BigDecimal.ONE.divide(d, PRECISION);
            group = joinedArticle ? group.add(part) : part;
        } else if (joinedUnit != null && !connected) {
            group = beforeJoin.add(joinedUnit.divide(d, PRECISION));
            total = BigDecimal.ZERO;
        } else if (!connected && !closed) {
            group = value().divide(d, PRECISION);
            total = BigDecimal.ZERO;
        } else {
            return false;
        }
        fraction = true;
        closed = true;
        return true;
    }

    /** Digits joined after a scale and below it: (12 ألفا) و500, (two million) and 500. */
    boolean addBelowScale(BigDecimal digits) {
        if (lastScale == null || group.signum() != 0 || total.signum() == 0 || fraction || groupNoun
                || digits.compareTo(lastScale) >= 0) {
            return false;
        }
        group = digits;
        closed = true;
        return true;
    }

    /** True when an article waits for what it counts: "a" in "a twenty-first". */
    boolean articlePending() {
        return article;
    }

    /**
     * Divides what was read by a compound denominator read ahead by the parser (one hundred
     * thirty-fifths = 100/35, a twenty-first = 1/21).
     */
    boolean divideBy(BigDecimal d) {
        if (fraction || groupNoun || d.signum() == 0 || !(complete() || article)) {
            return false;
        }
        BigDecimal numerator = article ? BigDecimal.ONE : value();
        total = BigDecimal.ZERO;
        group = numerator.divide(d, PRECISION);
        article = false;
        onlyCompoundUnits = false;
        fraction = true;
        closed = true;
        joinedUnit = null;
        return true;
    }

    /** Appends decimals read after a decimal-point word: two point two, واحد فاصلة واحد. */
    boolean decimals(BigDecimal fractional) {
        if (fraction || groupNoun || group.stripTrailingZeros().scale() > 0) {
            return false;
        }
        group = group.add(fractional);
        fraction = true;
        closed = true;
        anyPart = true;
        onlyCompoundUnits = false;
        return true;
    }
}
