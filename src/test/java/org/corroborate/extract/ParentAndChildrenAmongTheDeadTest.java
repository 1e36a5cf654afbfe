package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * "The strike killed seven civilians, among them a woman and her two young daughters": both the woman and her two
 * daughters are parts of the seven. In English the possessive after the link ("and her") still joins the list; in Arabic
 * the dual of طفلة in construct with a pronoun («وطفلتاها») counts the two girls, as «وطفلاها» counts two children.
 */
class ParentAndChildrenAmongTheDeadTest {
    private static List<String> counts(String text, Language language) {
        List<CountClaim> claims = ExtractedClaims.claims(text, language, "2026-05-12").stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
        return claims.stream().map(c -> c.action().wire() + " " + c.count().value() + " " + c.subject().category().name()
                .toLowerCase() + (c.partOf() == null ? "" : " of " + claims.stream().filter(w -> w.id().equals(c.partOf()))
                .findFirst().map(w -> w.count().value()).orElse(null))).toList();
    }

    @Test
    void theMotherAndHerDaughtersArePartsOfTheDead() {
        assertThat(counts("The air strike killed seven civilians, among them a woman and her two young daughters.", Language.EN))
                .containsExactlyInAnyOrder("killed 7 civilians", "killed 1 women of 7", "killed 2 children of 7");
        assertThat(counts("أسفرت الغارة عن مقتل سبعة مدنيين بينهم امرأة وطفلتاها.", Language.AR))
                .containsExactlyInAnyOrder("killed 7 civilians", "killed 1 women of 7", "killed 2 children of 7");
    }

    @Test
    void withoutAPartWordTheyAreNoParts() {
        assertThat(counts("أصيبت سيدة وطفلتاها بجروح في القصف الذي استهدف الحي.", Language.AR))
                .containsExactlyInAnyOrder("wounded 1 women", "wounded 2 children");
        // a possessive after the link with no list of parts before: no part of anything
        assertThat(counts("Police arrested a farmer and his two brothers on Monday.", Language.EN))
                .containsExactlyInAnyOrder("arrested 1 other", "arrested 2 people");
    }
}
