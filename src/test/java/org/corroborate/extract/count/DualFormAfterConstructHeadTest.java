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
 * «حكومة طالبان»، «حركة طالبان»: a word in the dual's nominative right after a noun in teh marbuta is the second noun of
 * a construct, a name (the Taliban), not two students; a dual of people there would be genitive (طالبين). After a verb
 * the dual still counts two.
 */
class DualFormAfterConstructHeadTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<CountClaim> counts(String text) {
        return EXTRACTOR.extract(text, Language.AR, LocalDate.parse("2026-09-14")).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void theTalibanGovernmentIsNoTwoPeopleKilled() {
        assertThat(counts("وقال متحدث باسم الشرطة في حكومة طالبان إن ستة مدنيين قُتلوا في انفجار استهدف سوقاً في قندهار."))
                .singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
                    assertThat(c.count().value()).isEqualTo(6);
                    assertThat(c.subject().category()).isEqualTo(CountClaim.Category.CIVILIANS);
                });
    }

    @Test
    void theTalibanMovementIsNoTwoPeopleWounded() {
        assertThat(counts("وأعلنت حركة طالبان أن مقاتليها أصيبوا في اشتباك قرب الحدود.")).isEmpty();
    }

    @Test
    void twoStudentsAfterAVerbAreStillTwo() {
        assertThat(counts("وأصيب طالبان بجروح طفيفة عندما انهار جدار في المدرسة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo(CountClaim.Action.WOUNDED);
                    assertThat(c.count().value()).isEqualTo(2);
                });
    }
}
