package org.corroborate.extract.number;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What the words of a {@link NumberRule} do in the number grammar (written in snake_case in
 * the rule files, e.g. {@code role: scale_plural}).
 */
public enum NumberRole {
    /** The digit pattern ({@code pattern}): 12, 1,200.5, .77. */
    DIGITS,
    /** 0–9 ({@code words}): ثلاثة، ثلاث، three. */
    UNIT,
    /** A unit that only counts inside a compound (احد عشر، اثنا عشر), never alone. */
    COMPOUND_UNIT,
    /** 10–19 ({@code words}); a teen of value 10 after a unit adds it (ثلاثة عشر = 13). */
    TEEN,
    /** 20, 30 .. 90. */
    TENS,
    /** A whole hundreds word: ثلاثمئة، مائتان. */
    HUNDREDS,
    /** The multiplier 100: hundred, مئة (ثلاث مئة = 300). */
    HUNDRED,
    /** 1,000 and up, multiplying what comes before it: thousand, ألف، مليون. */
    SCALE,
    /** A scale in the plural, only after a count: آلاف، ملايين، billions. */
    SCALE_PLURAL,
    /** A scale in the dual, counting two: ألفان، مليونين. */
    SCALE_DUAL,
    /** A noun standing for a count: dozen = 12, couple = 2. */
    GROUP_NOUN,
    /** "a"/"an" standing for one before a scale or group noun (a hundred, a dozen). */
    ARTICLE,
    /** A word joining a group noun or vague quantity to what follows: "of". */
    LINK,
    /** A word or sign joining parts of one number: و، and, the hyphen. */
    CONNECTOR,
    /** A prefix written onto a word (و، ب، ل، ال): read the word without it ({@code forms}). */
    CLITIC,
    /** Words that look like a clitic plus a number word but are not numbers (لست، الأحد). */
    NOT_A_NUMBER,
    /** A word for the decimal point: point, فاصلة. */
    DECIMAL_POINT,
    /** A sign of a negative number: minus, "-", سالب. */
    MINUS,
    /** The bar of a fraction in digits (3/4). */
    FRACTION_BAR,
    /** Units of measure that, written onto digits, make them a measurement, not a count: ١٨٠مل ({@code forms}). */
    ATTACHED_UNIT,
    /** A multiplier written right after digits, case-sensitive: 10k, 1.2M, 3bn. */
    DIGIT_SUFFIX,
    /** A standalone fraction word: half = 0.5, نصف. */
    FRACTION_WORD,
    /** A word dividing one number by the next: one over three ({@code forms}). */
    DIVIDED_BY,
    /** The sign of a power after digits: 1.1^23 ({@code forms}). */
    POWER,
    /** A denominator only used after tens: (three twenty-)firsts ({@code words}: the divisor). */
    COMPOUND_DENOMINATOR,
    /** A fraction denominator after a count: two thirds, three fifths ({@code words}: the divisor). */
    DENOMINATOR,
    /** A vague quantity ({@code ranges}: word to [min, max]): عشرات، dozens. */
    VAGUE,
    /** Countable nouns whose dual form counts two ({@code forms}: the singular): جندي → جنديان. */
    DUAL_NOUN,
    /** Endings of the dual ({@code forms}): ان، ين. */
    DUAL_ENDING,
    /**
     * Phrases after a number that make it a percentage ({@code forms}): في المئة، بالمئة. They join
     * the number's span (its value stays the number written), so that المئة in them is not taken
     * for a hundred.
     */
    PERCENT,
    /** Brackets around a restatement of the same number: خمسة (5). */
    RESTATEMENT;

    @JsonCreator
    public static NumberRole of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
