package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * «وأن عشرات آخرين أصيبوا»: dozens of others right after a complementiser are more of the group before, not an
 * adjective of a noun of things, as «وأن خمسة آخرين» and «وأصيب عشرات آخرون» are read (blind16's adjudication, E13).
 */
class ArabicDozensOfOthersTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<CountClaim> counts(String text) {
        return EXTRACTOR.extract(text, Language.AR, LocalDate.parse("2026-03-05")).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void dozensOfOthersAfterAnnaAreWounded() {
        List<CountClaim> counts = counts("وأفاد المرصد بأن خمسة عناصر من الشرطة قتلوا في الهجوم، وأن عشرات آخرين أصيبوا بجروح متفاوتة.");
        assertThat(counts).hasSize(2);
        assertThat(counts.get(1)).satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.WOUNDED);
            assertThat(c.count().min()).isEqualTo(20);
            assertThat(c.count().approximate()).isTrue();
            assertThat(c.subject().category()).isEqualTo(counts.get(0).subject().category());
        });
    }

    @Test
    void dozensOfThingsAfterInnaAreNoCount() {
        assertThat(counts("وقال المسؤول إن عشرات القرى تضررت من السيول.")).isEmpty();
    }
}
