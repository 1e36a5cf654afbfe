package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether an expanded rule body may begin its match with digits ({@link DateGrammar#digitsOutsideLookarounds}). */
class DigitsOutsideLookaroundsTest {

    @Test
    void readsDigitsAsEscapesClassesAndLiterals() {
        assertThat(DateGrammar.digitsOutsideLookarounds("(?<day>\\d{1,2}) (?:يناير|فبراير)")).isTrue();
        assertThat(DateGrammar.digitsOutsideLookarounds("(?:في )?(?<year>[12][0-9]{3})")).isTrue();
        assertThat(DateGrammar.digitsOutsideLookarounds("(?:mid-)?2024")).isTrue();
        assertThat(DateGrammar.digitsOutsideLookarounds("[\\d٠-٩]")).isTrue();
        assertThat(DateGrammar.digitsOutsideLookarounds("\\\\2")).isTrue(); // an escaped backslash, then a digit
    }

    @Test
    void quantifiersGroupNamesAndBackReferencesAreNoDigits() {
        assertThat(DateGrammar.digitsOutsideLookarounds("(?<dayX2>[a-z]{1,15}) of (?:the )?(?<monthX3>may|june)")).isFalse();
        assertThat(DateGrammar.digitsOutsideLookarounds("(?=(?<x>[a-z]+ (?:in|of) ))\\k<x>")).isFalse();
        assertThat(DateGrammar.digitsOutsideLookarounds("\\p{L}{2,15}\\.{0,3}")).isFalse();
    }

    @Test
    void digitsALookaroundOnlyLooksAtAreNotRead() {
        assertThat(DateGrammar.digitsOutsideLookarounds("(?<![0-9])(?:منتصف|أواخر) (?=\\d{4})عام")).isFalse();
        assertThat(DateGrammar.digitsOutsideLookarounds("(?!(?:[0-9]|\\d)\\))last week")).isFalse();
        assertThat(DateGrammar.digitsOutsideLookarounds("(?=[)]\\d)x|1")).isTrue(); // the bar after the lookahead
    }

    @Test
    void readsAClassWithABracketOrABarToItsOwnEnd() {
        assertThat(DateGrammar.digitsOutsideLookarounds("[]|a]{2}")).isFalse();
        assertThat(DateGrammar.digitsOutsideLookarounds("[]|1]")).isTrue();
        assertThat(DateGrammar.digitsOutsideLookarounds("[\\]|](?:x|y)")).isFalse();
    }
}
