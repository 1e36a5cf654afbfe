package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.corroborate.api.CountClaim;
import org.corroborate.api.NumberMention;
import org.corroborate.api.Span;
import org.junit.jupiter.api.Test;

/** {@link CountClaimFinder#count}: a number is a count of people only when every bound of it is whole, not negative, and fits a long. */
class WholeCountsTest {

    private static NumberMention number(String value, String min, String max) {
        return new NumberMention("n", new Span(0, 1), value == null ? null : new BigDecimal(value),
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), false, null);
    }

    @Test
    void readsWholeNumbersWhateverTheirScale() {
        assertThat(CountClaimFinder.count(number("12", null, null))).isEqualTo(new CountClaim.Count(12L, null, null, false));
        assertThat(CountClaimFinder.count(number("3.00", null, null)).value()).isEqualTo(3L);
        assertThat(CountClaimFinder.count(number("1.5E+6", null, null)).value()).isEqualTo(1_500_000L);
        assertThat(CountClaimFinder.count(number("0.0", null, null)).value()).isZero();
        assertThat(CountClaimFinder.count(number("9223372036854775807", null, null)).value()).isEqualTo(Long.MAX_VALUE);
        assertThat(CountClaimFinder.count(number(null, "20", "30.0"))).isEqualTo(new CountClaim.Count(null, 20L, 30L, false));
    }

    @Test
    void readsNoCountOfAFractionANegativeOrANumberPastALong() {
        assertThat(CountClaimFinder.count(number("1.5", null, null))).isNull();
        assertThat(CountClaimFinder.count(number("0.25", null, null))).isNull();
        assertThat(CountClaimFinder.count(number("-3", null, null))).isNull();
        assertThat(CountClaimFinder.count(number("9223372036854775808", null, null))).isNull();
        assertThat(CountClaimFinder.count(number("1E+30", null, null))).isNull();
        assertThat(CountClaimFinder.count(number(null, "2", "3.5"))).isNull();
    }
}
