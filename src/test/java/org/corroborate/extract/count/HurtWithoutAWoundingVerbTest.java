package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.ExtractedClaims;
import org.junit.jupiter.api.Test;

/**
 * A hurt told without a wounding verb is a wound all the same: a person "hit by a stray bullet", reporters "beaten by
 * police" are wounded (rule 1's people hurt), and a statement carrying them is a count's attribution ({@code sourcing},
 * rule 4). A beating to death stays a killing; a side "beaten" in a match is no one hurt.
 */
class HurtWithoutAWoundingVerbTest {
    private static final String PUBLISHED = "2026-07-08";

    private static List<String> counts(String text) {
        return ExtractedClaims.countsWithCategories(text, Language.EN, PUBLISHED);
    }

    @Test
    void aStrayBulletThatHitSomeoneWoundedThem() {
        assertThat(counts("A 12-year-old girl was hit by a stray bullet near her home on Sunday."))
                .containsExactly("wounded 1 children");
        assertThat(counts("Three boys were struck by stray bullets during the clashes on Saturday."))
                .containsExactly("wounded 3 children");
        assertThat(ExtractedClaims.countsWithDays("A 12-year-old girl was hit by a stray bullet near her home on Sunday.",
                Language.EN, PUBLISHED)).containsExactly("wounded 1@2026-07-05..2026-07-05");
    }

    @Test
    void aBeatingToldByASpeakerIsACountAndItsAttribution() {
        String text = "A freelance photographer was beaten by police and suffered a fractured arm, the press union said.";
        assertThat(counts(text)).containsExactly("wounded 1 journalists");
        assertThat(ExtractedClaims.quotes(text, Language.EN, PUBLISHED)).singleElement()
                .satisfies(q -> assertThat(q.sourcing()).isTrue());
        assertThat(counts("Four correspondents were beaten by police outside the courthouse, their employer said."))
                .containsExactly("wounded 4 journalists");
    }

    @Test
    void aBeatingToDeathIsAKillingAndAMatchLostIsNoHurt() {
        assertThat(counts("Two herders were beaten to death by a mob on Friday.")).containsExactly("killed 2 other");
        assertThat(counts("The visitors were beaten 2-0 in the semi-final on Sunday.")).isEmpty();
        assertThat(counts("The government's plan was hit by a wave of strikes.")).isEmpty();
        assertThat(ExtractedClaims.quotes("The champions were beaten at home, the coach said.", Language.EN, PUBLISHED)
                .stream().map(QuoteClaim::sourcing).toList()).containsExactly(false);
    }
}
