package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «مفقودين اثنين»: Arabic one and two follow their noun as an adjective, and when that noun is itself the word saying
 * what befell the people (the missing, the dead) the number counts them, as it does after a subject noun («صحفيين اثنين»).
 */
class PostposedNumberAfterResultWordTest {

    @Test
    void twoAfterTheMissingCountsTwoMissing() {
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "وأكد رئيس البلدية أن فرق الغوص لا تزال تبحث في مياه البحيرة عن مفقودَين اثنين."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(CountClaim.Action.MISSING, 2L, CountClaim.Category.PEOPLE));
    }

    @Test
    void theOtherCountOfTheSentenceKeepsItsOwnClaim() {
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "عثر المنقذون على جثث أربعة عمال تحت الركام، ويواصلون البحث عن مفقودين اثنين."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 4L), tuple(CountClaim.Action.MISSING, 2L));
    }

    @Test
    void twoAfterANounOfThingsCountsNoOne() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "واستمر البحث عن المفقودين يومين اثنين قبل أن يتوقف.")).isEmpty();
    }
}
