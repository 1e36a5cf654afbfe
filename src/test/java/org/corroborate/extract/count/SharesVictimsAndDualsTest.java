package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * Count readings probes found wrong in session 17: the whole a share is cut from, the victim of an active verb
 * whatever its noun, and others. Own sentences, in the register of the agencies.
 */
class SharesVictimsAndDualsTest {

    /** The count claims of the whole extractor, as an article of that day would give them. */
    private static List<CountClaim> arWhole(String text) {
        return ShippedRules.counts(text, Language.AR, LocalDate.of(2026, 5, 12));
    }

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /** "killed four of the 11 guards": the share befell the four; the 11 are the frame it is cut from (rule 12). */
    @Test
    void theWholeAfterOfTheSharingTheShareActionIsNoCount() {
        assertThat(en("Insurgents killed four of the 11 guards at the border post overnight, a security official said."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 4L));
        assertThat(en("Three of the 14 passengers were injured when the minibus overturned."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 3L));
        assertThat(en("Police detained 15 of the 60 demonstrators outside parliament on Sunday."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 15L));
        assertThat(ar("قتل مسلحون ثلاثة من الحراس الثمانية في هجوم على نقطة تفتيش."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 3L));
        // a whole with an action word of its own keeps its claim
        assertThat(en("Gunmen released 20 of the 45 passengers kidnapped from a bus last week."))
                .extracting(CountClaim::action, c -> c.count().value()).contains(tuple(Action.KIDNAPPED, 45L));
    }

    /** "The gunman wounded five customers": the count after an active verb is the victim, whatever its noun. */
    @Test
    void theCountAfterAnActiveVerbIsTheVictimWhateverItsNoun() {
        assertThat(en("A gunman wounded four shoppers at a market in the city centre on Saturday."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 4L));
        assertThat(en("The landslide killed seven labourers at the quarry."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 7L));
        // beasts are no victims, and a passive verb takes its group before it
        assertThat(en("The flash flood killed 120 goats in the valley.")).isEmpty();
    }

    /** «توفي جريحان متأثرين بجروحهما»: the dual result noun is the two who died, not the participle after it. */
    @Test
    void theDualWoundedNounIsTheSubjectOfTheDeath() {
        assertThat(ar("وتوفي جريحان متأثرين بجروحهما صباح اليوم في مستشفى المدينة."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().text())
                .containsExactly(tuple(Action.KILLED, 2L, "جريحان"));
    }

    /** "Among the 250 detained, 30 were later charged": the 250 were arrested; being charged is no arrest. */
    @Test
    void thoseChargedAfterTheArrestAreNoSecondArrest() {
        assertThat(en("Of the 120 fans detained after the match, 18 were later charged with violent disorder."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 120L));
        assertThat(en("Officers arrested 35 people during the night; nine were charged on Sunday."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 35L));
        // a part with an action of its own is still counted
        assertThat(en("Police arrested 35 people during the clashes, and four officers were injured."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 35L), tuple(Action.WOUNDED, 4L));
    }

    /** "One of the three kidnapped engineers was found dead": the share died; the participle is the whole's. */
    @Test
    void aParticipleInsideTheWholeIsTheWholesAction() {
        assertThat(en("One of the four abducted nurses was found dead near the river on Thursday, police said."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactlyInAnyOrder(tuple(Action.KILLED, 1L), tuple(Action.KIDNAPPED, 4L));
        assertThat(en("Two of the six injured miners died in hospital overnight."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactlyInAnyOrder(tuple(Action.KILLED, 2L), tuple(Action.WOUNDED, 6L));
    }

    /** "freed a journalist arrested last week": the participle right after the noun is what befell the one freed. */
    @Test
    void theOneFreedWasArrestedBefore() {
        assertThat(en("A court in the capital freed a blogger detained last month over his posts."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
        assertThat(en("Troops freed five fishermen kidnapped by pirates off the coast."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KIDNAPPED, 5L));
    }

    /** «أفرجت السلطات عن صحفي اعتقل الأسبوع الماضي»: the verb after the one freed, with no object, is his arrest. */
    @Test
    void theArabicOneFreedWasArrestedBefore() {
        assertThat(arWhole("أفرجت النيابة العامة عن صحفي اعتقل مطلع الشهر الماضي بسبب مقال عن الفساد."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
        assertThat(arWhole("أفرج عن ناشط اعتقل في أثناء تغطيته الاحتجاجات."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
    }

    /** «عونان»: the dual of عون, an agent of the civil protection or the security, whose plural أعوان shares no letters with it. */
    @Test
    void theDualOfAnAgentIsTwoPeople() {
        assertThat(ar("وأوضح مصدر أمني أن عونين من الحرس الوطني أصيبا بكسور خلال المواجهات."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 2L));
        assertThat(ar("وأصيب عونان من الحماية المدنية بحروق أثناء إخماد النيران."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 2L));
        assertThat(ar("وقدّم الطرفان العون للعائلات المتضررة من السيول.")).isEmpty();
    }
}
