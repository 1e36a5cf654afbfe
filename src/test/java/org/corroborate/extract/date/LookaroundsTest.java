package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which chars of a pattern of the packs' shapes lie inside a lookaround ({@link Lookarounds#mask}). */
class LookaroundsTest {

    /** The runs of {@code pattern} the mask covers, in order. */
    private static List<String> inside(String pattern) {
        boolean[] mask = Lookarounds.mask(pattern);
        assertThat(mask).hasSize(pattern.length() + 1);
        assertThat(mask[pattern.length()]).isFalse();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            if (mask[i] && (i == 0 || !mask[i - 1])) {
                int end = i;
                while (end < pattern.length() && mask[end]) {
                    end++;
                }
                runs.add(pattern.substring(i, end));
            }
        }
        return runs;
    }

    @Test
    void coversEachLookaroundWithItsParenthesesAndNothingElse() {
        assertThat(inside("(?<=في )\\d{1,2}(?! ?%)")).containsExactly("(?<=في )", "(?! ?%)");
        assertThat(inside("(?<!\\d\\.)(?:\\d{1,3}(?=,))")).containsExactly("(?<!\\d\\.)", "(?=,)");
        assertThat(inside("(?<m>{day:day}) (?:من )?{month:month}")).isEmpty();
    }

    @Test
    void aLookaroundInsideAGroupEndsAtItsOwnParenthesisPastNestedGroups() {
        assertThat(inside("(?:on (?=the (?:first|last) )|in )x")).containsExactly("(?=the (?:first|last) )");
        assertThat(inside("(?!(?<!the )following )next")).containsExactly("(?!(?<!the )following )");
    }

    @Test
    void parenthesesInAClassOrEscapedOpenAndCloseNothing() {
        assertThat(inside("(?=[)|]x)y")).containsExactly("(?=[)|]x)");
        assertThat(inside("[(?=]a|b")).isEmpty();
        assertThat(inside("(?!a\\))b")).containsExactly("(?!a\\))");
        assertThat(inside("\\(?=x")).isEmpty(); // an escaped parenthesis, then a quantifier
        assertThat(inside("\\\\(?=x)")).containsExactly("(?=x)"); // an escaped backslash, then a lookahead
        // a ']' first in a class stands for itself, as Pattern reads it: the ')' after it is the class's
        assertThat(inside("(?=[]a)])b")).containsExactly("(?=[]a)])");
        assertThat(inside("(?=[^]|)]c)d")).containsExactly("(?=[^]|)]c)");
    }

    @Test
    void aLookaroundThatDoesNotCloseRunsToTheEnd() {
        assertThat(inside("a(?=b(c)")).containsExactly("(?=b(c)");
        assertThat(inside("[a(?=b")).isEmpty(); // a class that does not close holds the rest
    }
}
