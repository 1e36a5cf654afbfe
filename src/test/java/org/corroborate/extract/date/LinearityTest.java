package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which repetitions of a pattern of the packs' shapes are unbounded ({@link Linearity#check}). */
class LinearityTest {

    @Test
    void boundedPossessiveAndOptionalRepetitionsPass() {
        assertThat(Linearity.check("(?:\\d{1,3}(?:[,\\x{202F} ]\\d{3})++(?!\\d)|\\d++)(?:\\.\\d++)?")).isEmpty();
        assertThat(Linearity.check("(?<=(?:توفي|قضى)[^.،؛)]{0,60} )بعد {n:n}")).isEmpty();
        assertThat(Linearity.check("(?:{dir:dir} )?\\p{L}{2,15}\\d{1,3}+\\s*+")).isEmpty();
        assertThat(Linearity.check("(?<m>(?:on|upon) )?{weekday}")).isEmpty();
    }

    @Test
    void aStarOrPlusEscapedOrInAClassRepeatsNothing() {
        assertThat(Linearity.check("[*+|]\\+\\*[]+]")).isEmpty();
        assertThat(Linearity.check("\\\\++")).isEmpty(); // an escaped backslash, possessively repeated
    }

    @Test
    void namesEachUnboundedRepetitionAtItsIndex() {
        assertThat(Linearity.check("[a-z]+ (?:bc)*")).containsExactly(
                "unbounded '+' at index 5: use a bounded {m,n} or a possessive ++",
                "unbounded '*' at index 13: use a bounded {m,n} or a possessive *+");
        assertThat(Linearity.check("\\d+?")).containsExactly("unbounded '+' at index 2: use a bounded {m,n} or a possessive ++");
        assertThat(Linearity.check("x{2,} y{3,}+")).containsExactly(
                "open repetition at index 1: give an upper bound", "open repetition at index 7: give an upper bound");
        assertThat(Linearity.check("[]|]+")).containsExactly("unbounded '+' at index 4: use a bounded {m,n} or a possessive ++");
    }

    /** A property and a placeholder are pieces like any other: a '+' after their brace repeats them. */
    @Test
    void aPlusAfterAPropertyOrAPlaceholderIsARepetitionNotAPossessiveMark() {
        assertThat(Linearity.check("(?!\\p{L}+[.,]?[\"”])")).containsExactly(
                "unbounded '+' at index 8: use a bounded {m,n} or a possessive ++");
        assertThat(Linearity.check("(?:{weekday} )+")).containsExactly(
                "unbounded '+' at index 14: use a bounded {m,n} or a possessive ++");
        assertThat(Linearity.check("(?!\\p{L}++[.,]?[\"”])")).isEmpty();
    }
}
