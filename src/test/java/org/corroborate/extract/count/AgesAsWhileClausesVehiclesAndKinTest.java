package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count readings of round c28 (session 20): misses of dev36 and dev37 and the kinds of blind12's adjudication, each
 * probed with sentences of our own in the register of the agencies.
 */
class AgesAsWhileClausesVehiclesAndKinTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /**
     * An age with "a" and no noun of its own is one person when it is the object of the action right before it ("a
     * shooting that killed a 17-year-old") or when an action told after its group follows it ("left a 19-year-old
     * dead", "A 19-year-old died"); the one who killed is then no victim. An age with no action is nobody.
     */
    @Test
    void anAgeWithNoNounIsOnePersonAsTheObjectOfAnAction() {
        assertThat(en("Police linked the gang to a drive-by shooting in April that killed a 16-year-old."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
        assertThat(en("A knife attack outside a bar in Leeds left a 22-year-old dead early on Sunday."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
        assertThat(en("A 15-year-old died in hospital on Monday, two days after the crash."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
        assertThat(en("A gunman killed a 14-year-old outside a school in Chicago."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, CountClaim.Category.PEOPLE));
        assertThat(en("Detectives arrested a 19-year-old in connection with the stabbing."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
        assertThat(en("The club signed a 17-year-old from its academy last season.")).isEmpty();
    }

    /**
     * "as" and "while" open a clause of their own (subordinators): the count of its subject is no second object of the
     * arrest verb before it (blind12's adjudication #7). "as many as" still qualifies the count, and "as well as" still
     * adds a group to the list.
     */
    @Test
    void aCountAfterAsOrWhileIsTheSubjectOfItsOwnClause() {
        assertThat(en("Riot police detained 27 people late on Friday as thousands of supporters gathered outside the court."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 27L));
        assertThat(en("Soldiers arrested eight students while hundreds of others marched on the ministry."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 8L));
        assertThat(en("Two people were killed as 14 others were wounded in the blast."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 2L), tuple(Action.WOUNDED, 14L));
        assertThat(en("Police arrested as many as 40 protesters in the capital."))
                .extracting(CountClaim::action, c -> c.count().max()).containsExactly(tuple(Action.ARRESTED, 40L));
        assertThat(en("The ambush killed six soldiers as well as three civilians."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 6L), tuple(Action.KILLED, 3L));
    }

    /**
     * The Arabic adjective «مفقود» (and «مفقودة») after a singular person noun makes that one person missing, searched
     * for by whoever («ولا تزال الطواقم تبحث عن مواطن مفقود»); the one killed before is another group.
     */
    @Test
    void anArabicSingularDescribedAsMissingIsOneMissingPerson() {
        assertThat(ar("وأفاد مصدر في الدفاع المدني بأن الطواقم ما زالت تبحث عن صياد مفقود قبالة الشاطئ."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.MISSING, 1L));
        assertThat(ar("لقي ثلاثة أشخاص حتفهم جراء السيول، ولا تزال فرق البحث تمشط الوادي بحثاً عن شاب مفقود."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 3L), tuple(Action.MISSING, 1L));
        assertThat(ar("وأعلنت الشرطة العثور على الهاتف المفقود في سيارة أجرة.")).isEmpty();
    }

    /**
     * An Arabic count of vehicles (عربات، حافلات، شاحنات; not_counted) counts the vehicles: the passengers named after
     * them («لقطار ركاب») are not counted by it.
     */
    @Test
    void anArabicCountOfVehiclesCountsNoPassengers() {
        assertThat(ar("وأصيب 23 شخصاً بجروح إثر انحراف أربع عربات لقطار ركاب عن القضبان قرب المحطة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 23L));
        assertThat(ar("ولقي سائق حتفه إثر اصطدام ثلاث حافلات ركاب على الطريق الصحراوي."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
        assertThat(ar("قتل 5 ركاب في انقلاب حافلتين على الطريق الدولي."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 5L));
    }

    /**
     * Right after the Arabic verb of a clause, a relative whose stem begins with و (والدة، والد) and carries a
     * possessive suffix is one person («وأصيبت والدتهما»): the و is the stem's, not "and". Elsewhere it still is no
     * person listed with "and" («كانا برفقة والدتهما»).
     */
    @Test
    void anArabicRelativeWhoseStemBeginsWithWawIsOnePersonAfterTheVerb() {
        assertThat(ar("توفيت طفلة في الثالثة من عمرها وأصيبت والدتها بحروق بالغة إثر حريق في منزلهما."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L), tuple(Action.WOUNDED, 1L));
        assertThat(ar("قُتل شاب برصاص مجهولين، وأصيب والده بجروح خطيرة."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L), tuple(Action.WOUNDED, 1L));
        assertThat(ar("وكان بين القتلى ثلاثة أطفال خرجوا برفقة والدتهم إلى السوق."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 3L));
    }
}
