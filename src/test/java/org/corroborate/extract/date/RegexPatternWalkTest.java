package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the pieces of a pattern of the packs' shapes end ({@link RegexPatternWalk}). */
class RegexPatternWalkTest {

    @Test
    void aClassEndsAtItsOwnBracketNotAtOneItHoldsOrOneOfANestedClass() {
        assertThat(RegexPatternWalk.classEnd("[/.-]x", 0)).isEqualTo(5);
        assertThat(RegexPatternWalk.classEnd("[^.،؛]{0,60}", 0)).isEqualTo(6);
        // a ']' first in the class stands for itself, plain or negated; an escaped one too
        assertThat(RegexPatternWalk.classEnd("[]|]x", 0)).isEqualTo(4);
        assertThat(RegexPatternWalk.classEnd("[^]|]x", 0)).isEqualTo(5);
        assertThat(RegexPatternWalk.classEnd("[\\]|]x", 0)).isEqualTo(5);
        // an intersection with a nested class ends at the outer bracket
        assertThat(RegexPatternWalk.classEnd("[\\p{L}&&[^هت]]|زال", 0)).isEqualTo(14);
        assertThat(RegexPatternWalk.classEnd("[abc", 0)).isEqualTo(-1);
        assertThat(RegexPatternWalk.classEnd("[a[b]", 0)).isEqualTo(-1);
    }

    @Test
    void aGroupEndsAtItsOwnParenthesisPastNestedGroupsClassesAndEscapes() {
        String death = "(?<=(?:توفي|قضى)[^.،؛)]{0,60} )بعد {n:n}";
        assertThat(RegexPatternWalk.groupEnd(death, 0)).isEqualTo(death.indexOf(" )") + 1);
        assertThat(RegexPatternWalk.groupEnd("(?:a\\)|b)c", 0)).isEqualTo(8);
        assertThat(RegexPatternWalk.groupEnd("(?<m>(?:on|upon) )?", 0)).isEqualTo(17);
        assertThat(RegexPatternWalk.groupEnd("(?:a|(b)", 0)).isEqualTo(-1);
        assertThat(RegexPatternWalk.groupEnd("(?:[)]", 0)).isEqualTo(-1);
    }

    @Test
    void theBarsOfAStretchAreOnlyThoseOutsideItsGroupsAndClasses() {
        assertThat(RegexPatternWalk.bars("a|(?:b|c)|[|]|\\||d", 0)).containsExactly(1, 9, 13, 16);
        // read inside a group: up to the parenthesis that closes it
        assertThat(RegexPatternWalk.bars("x(?:may|june(?=\\s|$))y|z", 4)).containsExactly(7);
        assertThat(RegexPatternWalk.bars("(?<=in )x", 7)).isEmpty();
        assertThat(RegexPatternWalk.bars("a|[b", 0)).isNull();
    }

    @Test
    void anEscapeEndsPastTheNameOfAPropertyOrABackReference() {
        assertThat(RegexPatternWalk.escapeEnd("\\d{1,2}", 0)).isEqualTo(2);
        assertThat(RegexPatternWalk.escapeEnd("\\p{L}{2,15}", 0)).isEqualTo(5);
        assertThat(RegexPatternWalk.escapeEnd("\\k<day>x", 0)).isEqualTo(7);
        assertThat(RegexPatternWalk.escapeEnd("\\pLx", 0)).isEqualTo(2);
        assertThat(RegexPatternWalk.pieceEnd("\\.x", 0)).isEqualTo(2);
        assertThat(RegexPatternWalk.pieceEnd("(?!\\p{L})x", 0)).isEqualTo(9);
        assertThat(RegexPatternWalk.pieceEnd("[٠-٩0-9]x", 0)).isEqualTo(8);
        assertThat(RegexPatternWalk.pieceEnd("ab", 0)).isEqualTo(1);
    }

    @Test
    void aQuantifierEndsPastItsBoundAndALazyOrPossessiveMark() {
        assertThat(RegexPatternWalk.quantifierAt("s?", 1)).isTrue();
        assertThat(RegexPatternWalk.quantifierAt("x{0,60}", 1)).isTrue();
        assertThat(RegexPatternWalk.quantifierAt("{month}", 0)).isFalse();
        assertThat(RegexPatternWalk.quantifierAt("x", 1)).isFalse();
        assertThat(RegexPatternWalk.quantifierEnd("x{1,3}+y", 1)).isEqualTo(7);
        assertThat(RegexPatternWalk.quantifierEnd("x*?y", 1)).isEqualTo(3);
        assertThat(RegexPatternWalk.quantifierEnd("x+y", 1)).isEqualTo(2);
        assertThat(RegexPatternWalk.allowsNone("x{0,60}", 1)).isTrue();
        assertThat(RegexPatternWalk.allowsNone("x?", 1)).isTrue();
        assertThat(RegexPatternWalk.allowsNone("x{1,2}", 1)).isFalse();
        assertThat(RegexPatternWalk.allowsNone("x+", 1)).isFalse();
    }
}
