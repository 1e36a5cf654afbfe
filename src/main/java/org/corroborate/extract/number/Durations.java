package org.corroborate.extract.number;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.DurationMention;
import org.corroborate.api.Grain;
import org.corroborate.api.Span;
import org.corroborate.text.ArabicNormalizer;

/**
 * Lengths of time from the {@code durations} rules: a unit of time after a count (عشر سنوات،
 * ten years), before the count one (شهرا واحدا), and units that count by themselves (يومين).
 */
final class Durations {

    /** A unit of time as written: how many of {@code grain} one of it is. */
    private record Unit(Grain grain, BigDecimal factor, String rule) {
    }

    private final Lexicon lexicon;
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Unit> singles = new HashMap<>();
    private final Map<String, Lexicon.Found<Unit>> duals;

    Durations(List<DurationFile> files, Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, Unit> dualForms = new HashMap<>();
        for (DurationFile file : files) {
            for (DurationRule rule : file.rules()) {
                rule.words().forEach((w, f) -> units.put(Lexicon.key(w), new Unit(rule.unit(), f, rule.id())));
                rule.duals().forEach((w, f) -> dualForms.put(Lexicon.key(w), new Unit(rule.unit(), f.multiply(BigDecimal.TWO), rule.id())));
                rule.singles().forEach((w, f) -> singles.put(Lexicon.key(w), new Unit(rule.unit(), f, rule.id())));
            }
        }
        this.duals = lexicon.withClitics(dualForms);
    }

    /** The units of time that count by themselves: duals (with a clitic or not) and singles. */
    Set<String> openingWords() {
        Set<String> out = new HashSet<>(duals.keySet());
        out.addAll(singles.keySet());
        return out;
    }

    /** True when the token is a unit of time written after a count. */
    boolean isUnit(Tokens t, int k) {
        return t.isWord(k) && units.containsKey(t.key(k));
    }

    /** A duration when a unit of time follows the number (عشر سنوات، ten years): the token after it, or -1. */
    int after(Reading f, int start, int end, BigDecimal count) {
        Tokens t = f.tokens();
        if (end >= t.size() || !t.isWord(end) || count.signum() <= 0) {
            return -1;
        }
        Unit unit = units.get(t.key(end));
        if (unit == null) {
            return -1;
        }
        BigDecimal value = count.multiply(unit.factor());
        int last = end + 1;
        BigDecimal half = joinedFraction(t, last);
        if (half != null) {
            value = value.add(half.multiply(unit.factor()));
            last++;
        }
        Span span = f.span(start, last);
        f.mentions().add(new DurationMention(span.of(f.text()), span, NumberRecognizer.plain(value), unit.grain(), unit.rule()));
        return last;
    }

    /** A fraction joined onto the unit: (ثلاث سنوات) ونصف; null if none. */
    private BigDecimal joinedFraction(Tokens t, int k) {
        Lexicon.Hit hit = t.isWord(k) ? lexicon.lookup(t.key(k)) : null;
        if (hit == null || !hit.has(NumberRole.FRACTION_WORD) || !lexicon.conjoins(hit.clitic())) {
            return null;
        }
        return hit.get(NumberRole.FRACTION_WORD).value();
    }

    /** A unit of time followed by the count one, as Arabic writes it: شهرا واحدا، يوم واحد. */
    void beforeOne(Reading f, CardinalParser.Parse number) {
        Tokens t = f.tokens();
        int before = number.start() - 1;
        if (before < 0 || number.value().compareTo(BigDecimal.ONE) != 0 || number.end() - number.start() != 1
                || !t.isWord(before)) {
            return;
        }
        Unit unit = units.get(t.key(before));
        if (unit != null) {
            Span span = f.span(before, number.end());
            f.mentions().add(new DurationMention(span.of(f.text()), span, NumberRecognizer.plain(unit.factor()), unit.grain(), unit.rule()));
        }
    }

    /** Units of time that count by themselves: duals (يومين، عامين, with clitics), singles (أسبوع, as written). */
    void findStandalone(Reading f) {
        Tokens t = f.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i) || !t.opens(i)) {
                continue;
            }
            Lexicon.Found<Unit> dual = t.key(i) == null ? null : duals.get(t.key(i));
            Unit unit = dual != null ? dual.value() : singles.get(t.key(i));
            if (unit != null && !(i > 0 && followsCount(t, i))) {
                Span span = f.span(i, i + 1);
                f.mentions().add(new DurationMention(span.of(f.text()), span, NumberRecognizer.plain(unit.factor()), unit.grain(), unit.rule()));
            }
        }
    }

    /** A single unit right after a count is already part of a counted duration (عشرين أسبوعا). */
    private boolean followsCount(Tokens t, int i) {
        Lexicon.Hit before = t.isWord(i - 1) ? lexicon.lookup(t.key(i - 1)) : null;
        return t.isDigits(i - 1) || (before != null && !before.has(NumberRole.CLITIC) && (before.has(NumberRole.UNIT)
                || before.has(NumberRole.TENS) || before.has(NumberRole.TEEN) || before.has(NumberRole.HUNDREDS)
                || before.has(NumberRole.HUNDRED) || before.has(NumberRole.SCALE) || before.has(NumberRole.ARTICLE)));
    }


    /**
     * Adds, for two durations written one after the other in units that convert exactly (years
     * and months, weeks and days), one joined duration in the smaller unit: "2 years and 3
     * months" = P27M, "سنتين وثلاثة أشهر". Only "and", و or a comma may stand between them.
     */
    void combine(Reading f, int from) {
        List<DurationMention> found = new java.util.ArrayList<>();
        for (int i = from; i < f.mentions().size(); i++) {
            if (f.mentions().get(i) instanceof DurationMention d) {
                found.add(d);
            }
        }
        found.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        for (int i = 0; i + 1 < found.size(); i++) {
            DurationMention first = found.get(i);
            DurationMention second = found.get(i + 1);
            int factor = factor(first.unit(), second.unit());
            if (factor > 0 && first.span().end() <= second.span().start() && joined(f, first, second)) {
                Span span = new Span(first.span().start(), second.span().end());
                BigDecimal value = first.value().multiply(BigDecimal.valueOf(factor)).add(second.value());
                f.mentions().add(new DurationMention(span.of(f.text()), span, NumberRecognizer.plain(value),
                        second.unit(), second.rule()));
            }
        }
    }

    /** How many of the smaller unit one of the larger is, when exact; 0 otherwise. */
    private static int factor(Grain larger, Grain smaller) {
        if (larger == Grain.YEAR && smaller == Grain.MONTH) {
            return 12;
        }
        return larger == Grain.WEEK && smaller == Grain.DAY ? 7 : 0;
    }

    private boolean joined(Reading f, DurationMention first, DurationMention second) {
        String between = f.text().substring(first.span().end(), second.span().start()).strip();
        if (between.isEmpty() || between.equals(",") || between.equals(String.valueOf(ArabicNormalizer.ARABIC_COMMA))) {
            return true;
        }
        return lexicon.isConnector(Lexicon.key(between)) && !between.equals("-");
    }
}
