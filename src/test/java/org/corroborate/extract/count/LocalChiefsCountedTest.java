package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.extract.ExtractedClaims;
import org.junit.jupiter.api.Test;

/**
 * A village chief, a village head or a tribal elder is one person of the officials (B13): "a village chief was shot
 * dead" is a count of one, dated with the day before it, which then is no date claim of its own. A chief who speaks is
 * no victim.
 */
class LocalChiefsCountedTest {
    private static final String PUBLISHED = "2026-07-08";

    private static List<String> counts(String text) {
        return ExtractedClaims.countsWithCategories(text, Language.EN, PUBLISHED);
    }

    @Test
    void aLocalChiefKilledIsOneOfficialDatedByTheDayBefore() {
        String text = "In another raid on Sunday, a village head was gunned down outside his house.";
        assertThat(counts(text)).containsExactly("killed 1 officials");
        assertThat(ExtractedClaims.countsWithDays(text, Language.EN, PUBLISHED)).containsExactly("killed 1@2026-07-05..2026-07-05");
        assertThat(ExtractedClaims.dateClaims(text, Language.EN, PUBLISHED)).isEmpty();
        assertThat(counts("Suspected militants killed a tribal elder near the border on Friday."))
                .containsExactly("killed 1 officials");
        assertThat(counts("Three district chiefs were shot dead in the province last month.")).containsExactly("killed 3 people");
    }

    @Test
    void aChiefWhoSpeaksIsNoVictim() {
        assertThat(counts("The village chief said the floods had destroyed the harvest.")).isEmpty();
    }
}
