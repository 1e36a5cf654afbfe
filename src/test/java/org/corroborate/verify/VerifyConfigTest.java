package org.corroborate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.corroborate.api.Span;
import org.junit.jupiter.api.Test;

class VerifyConfigTest {

    @Test
    void defaultsAreTheContracts() {
        VerifyConfig d = VerifyConfig.DEFAULTS;
        assertThat(d.dateWindowDays()).isEqualTo(3);
        assertThat(d.approximateFraction()).isEqualTo(0.1);
        assertThat(d.quoteMismatchMin()).isEqualTo(0.3);
        assertThat(d.quoteAgreeMin()).isEqualTo(0.9);
        assertThat(d.speakerMismatchMin()).isEqualTo(0.8);
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> new VerifyConfig(3, 0.1, 0.3, 1.2, 0.8, 0.5, 2, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quoteAgreeMin");
    }

    @Test
    void evidenceMarksMustPointIntoTheSnippet() {
        assertThatThrownBy(() -> new Evidence("r1", "Wire A", null, null, "en", "c1", null, "nine killed",
                List.of(new Span(5, 40)), true, false, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marksFindTheNumberAsAWholeWord() {
        assertThat(Snippets.marks("At least 11 soldiers, not 110, were killed", "11")).containsExactly(new Span(9, 11));
    }
}
