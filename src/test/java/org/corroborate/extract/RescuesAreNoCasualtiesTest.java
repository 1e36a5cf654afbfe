package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The rescued are no casualties: "Coast guards rescued twenty people and were searching for five missing" counts the
 * five missing only. In Arabic the doer stands between the rescue verb and those it saved («وأنقذ خفر السواحل عشرين
 * شخصاً»): the verb of {@code cancels} still takes them across a doer of up to three words, as when right before them.
 */
class RescuesAreNoCasualtiesTest {
    private static List<String> counts(String text, Language language) {
        return ExtractedClaims.claims(text, language, "2026-05-12").stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).map(c -> c.action().wire() + " " + c.count().value()).toList();
    }

    @Test
    void theRescuedBeforeTheMissingAreNoneOfThem() {
        assertThat(counts("Coast guards rescued twenty people and were searching for five missing.", Language.EN))
                .containsExactly("missing 5");
        assertThat(counts("وأنقذ خفر السواحل عشرين شخصاً فيما لا يزال خمسة آخرون في عداد المفقودين.", Language.AR))
                .containsExactly("missing 5");
        assertThat(counts("وأنقذت فرق الدفاع المدني 15 شخصا، ولا يزال أربعة في عداد المفقودين.", Language.AR))
                .containsExactly("missing 4");
        assertThat(counts("وتم إنقاذ عشرين مهاجراً فيما لا يزال عشرة في عداد المفقودين.", Language.AR))
                .containsExactly("missing 10");
    }

    @Test
    void aClauseBetweenARescueAndTheGroupKeepsTheGroup() {
        // the words after the rescue are a clause with its own action, no doer: the missing stay counted
        assertThat(counts("وقال مسؤول إن فرق الإنقاذ تبحث عن 12 شخصاً فُقدوا بعد غرق القارب.", Language.AR))
                .containsExactly("missing 12");
    }
}
