package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count readings of round c25 (session 18): error kinds of blind10's adjudication and misses of dev30/dev31, each
 * probed with sentences of our own in the register of the agencies.
 */
class CasualtyStatesAndVictimsOfNoHarmTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /** Victims of a fraud or a theft are hurt by nobody: no dead (blind10's adjudication #31). */
    @Test
    void victimsOfAFraudAreNoDead() {
        assertThat(ar("وذكرت النيابة أن المتهمين استولوا على نحو ثلاثة ملايين جنيه من أكثر من ٤٠ ضحية عبر تطبيق للاستثمار.")).isEmpty();
        assertThat(ar("وأوضحت الشرطة أن الشبكة احتالت على ٢٥ ضحية في ثلاث محافظات خلال العام الماضي.")).isEmpty();
        // the dirham is money, no count of people
        assertThat(ar("وضبطت الشرطة بحوزة المتهمين مبلغ ٤٠٠ ألف درهم من عائدات التهريب.")).isEmpty();
        // an ambush set up (نصب كميناً) takes nothing: its dead stay dead
        assertThat(ar("نصب مسلحون كميناً لقافلة عسكرية جنوب البلاد، ما خلف ستة قتلى في صفوف الجنود."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 6L));
        assertThat(ar("سقط ١٢ ضحية في انفجار مستودع للوقود بالميناء."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 12L));
    }

    /** Care for injuries states a wound with no wound verb (blind10's adjudication #5); a bare "treated" said again does not. */
    @Test
    void careForInjuriesIsAWound() {
        assertThat(en("Four officers and two bystanders were treated in hospital for cuts and bruises after the protest turned violent."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 4L), tuple(Action.WOUNDED, 2L));
        assertThat(en("One security guard was shot in the leg when robbers stormed the jewellery shop."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 1L));
        assertThat(en("A tanker blast killed 11 people at the depot. More than 30 others remain in hospital, the governor said."))
                .extracting(CountClaim::action, c -> c.count().min()).contains(tuple(Action.WOUNDED, 31L));
    }

    /** "and nine remained missing": the verb of staying belongs to the state, as "remain missing" (dev31-en-030). */
    @Test
    void remainedMissingIsMissing() {
        assertThat(en("Eight fishermen drowned and nine remained missing after storms hit the coast on Monday."))
                .extracting(CountClaim::action, c -> c.count().value()).contains(tuple(Action.MISSING, 9L));
    }

    /** "The migrants, who included 18 children, …" in the sentence after the arrest: a part (blind10's adjudication #22). */
    @Test
    void aRelativeClauseOfInclusionInTheNextSentenceIsAPart() {
        List<CountClaim> found = en("Coast guards detained 52 migrants off the island on Friday. The migrants, who included 11 women, were moved to a camp.");
        assertThat(found).extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 52L), tuple(Action.ARRESTED, 11L));
        assertThat(found.get(1).partOf()).isEqualTo(found.get(0).id());
    }

    /** A sentence to death kills nobody, and a seat left vacant by a death is background (blind10's adjudication #7). */
    @Test
    void aSentenceOrABackgroundDeathIsNoCasualty() {
        assertThat(en("A military court sentenced four men to death over the bombing of a bus station.")).isEmpty();
        assertThat(en("Voters in the district will fill a seat left vacant by the death of a long-serving senator.")).isEmpty();
    }

    /** «تؤوي البلدة نحو سبعة آلاف نازح»: the displaced as the counted noun (blind10's adjudication #26); families are not. */
    @Test
    void theDisplacedAsTheCountedNoun() {
        assertThat(ar("وقال مسؤول محلي إن البلدة تؤوي وحدها نحو سبعة آلاف نازح من القرى المجاورة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.DISPLACED, 7000L));
        assertThat(ar("وقالت الوزارة إن ٣٠٠ عائلة نازحة ستعود إلى قراها الشهر المقبل.")).isEmpty();
    }

    /** «وكان مسعف قد قُتل»: the noun between the past auxiliary and its particle is the one the verb befell (dev31-ar-021). */
    @Test
    void theOneBetweenAPastAuxiliaryAndItsParticle() {
        assertThat(ar("وكان صحفي قد قُتل في قصف على الحي نفسه مطلع العام الجاري."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
        assertThat(ar("وكان ممرض قد أصيب بجروح خلال اشتباك قرب المستشفى الأسبوع الماضي."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 1L));
        // the body that acted stands there too: its object after the verb is the one counted, as before
        assertThat(ar("وكانت الشرطة قد اعتقلت ثلاثة مشتبه بهم في المدينة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 3L));
    }

    /** «حالة ثلاثة من المصابين توصف بالحرجة»: a share of the wounded described by its condition is read (blind10 #29). */
    @Test
    void aShareOfTheWoundedDescribedByItsCondition() {
        assertThat(ar("أصيب ١٢ عاملاً في انهيار سقالة بموقع بناء. وقال مدير المستشفى إن حالة ثلاثة من المصابين توصف بالحرجة."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 12L), tuple(Action.WOUNDED, 3L));
    }
}
