package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Category;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count phrasings of whole articles (dev11): a relative clause or an "of" phrase between a group and
 * what befell it, "four more bodies", a share in percent, a second number after a count, restated
 * definite counts, dual result nouns after a verb and suffocation cases. Sentences are our own.
 */
class ArticleCountPhrasingsTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    @Test
    void aRelativeClauseOnTheGroupIsNoDistanceToItsOwnAuxiliary() {
        assertThat(en("Four paramedics who had driven into the burning district were badly hurt."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.WOUNDED, 4L, Category.OTHER));
        assertThat(en("Three firefighters who tried to reach the victims were also injured."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 3L));
    }

    @Test
    void whatTheGroupDidInItsRelativeClauseIsNotWhatBefellIt() {
        assertThat(en("Six men who kidnapped two farmers last year were detained on Monday."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactlyInAnyOrder(tuple(Action.KIDNAPPED, 2L), tuple(Action.ARRESTED, 6L));
    }

    @Test
    void anOfPhraseNamingWhoseMembersTheyAreIsNoDistance() {
        assertThat(en("About 40 members of the Somali security forces were killed in the fighting."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 40L));
        // the phrase ends before a speech verb: the member speaks, the two were killed
        assertThat(en("A member of the council said two people were killed."))
                .extracting(c -> c.count().value()).containsExactly(2L);
    }

    @Test
    void moreBetweenTheCountAndItsNounCountsThatNoun() {
        assertThat(en("Divers pulled three more bodies from the lake on Friday."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 3L));
        assertThat(en("Snipers shot dead two more policemen near the bridge."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 2L, Category.POLICE));
    }

    @Test
    void aRunningNumberOfTheDeadIsAToll() {
        assertThat(en("Searchers found another body, bringing the number of confirmed dead to 23."))
                .extracting(CountClaim::action, c -> c.count().value())
                .contains(tuple(Action.KILLED, 23L));
    }

    @Test
    void aSecondNumberAfterABareCountIsItsOwn() {
        assertThat(en("The riots killed 19 people and injured 230 over three days."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 19L), tuple(Action.WOUNDED, 230L));
    }

    @Test
    void aPasserByAndVigilantesArePeopleCounted() {
        assertThat(en("A passer-by was slightly hurt by flying glass."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 1L));
        assertThat(en("Four vigilantes were killed when the convoy was ambushed."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 4L, Category.SECURITY_FORCES));
    }

    @Test
    void aShareInPercentCountsNoOne() {
        assertThat(ar("وقالت المنظمة إن نحو 70 في المئة من سكان المخيم نزحوا خلال الشهر الماضي.")).isEmpty();
        assertThat(ar("نزح نحو ٦٥ بالمئة من سكان البلدة.")).isEmpty();
    }

    @Test
    void aDefiniteNumberAfterADefiniteSubjectRestatesTheCount() {
        assertThat(ar("وأكد الجيش أن قواته قتلت المسلحين الثلاثة قرب الحدود."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 3L, Category.MILITANTS));
    }

    @Test
    void aDualResultNounAfterAVerbOfAnotherActionIsTheGroup() {
        assertThat(ar("وأعلن المستشفى وفاة جريحين متأثرين بجراحهما صباح اليوم."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 2L));
    }

    @Test
    void suffocationCasesAreWoundedAndBinhaOpensAPart() {
        assertThat(ar("واستقبلت المستشفيات 23 حالة اختناق جراء الغاز المسيل للدموع، بينها أربعة أطفال."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.WOUNDED, 23L, Category.PEOPLE), tuple(Action.WOUNDED, 4L, Category.CHILDREN));
    }

    @Test
    void aSingularDemonymAfterMillionsIsWhoWasCounted() {
        assertThat(ar("وأدت الحرب إلى نزوح مليوني صومالي على الأقل."))
                .extracting(CountClaim::action).containsExactly(Action.DISPLACED);
    }

    @Test
    void shepherdsInTheDualAreTwo() {
        assertThat(ar("خطف مسلحون راعيين قرب الحدود."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KIDNAPPED, 2L, Category.OTHER));
    }

    @Test
    void aFigureThatWasPassedIsMoreThanIt() {
        assertThat(ar("وقالت الهيئة إن عدد المعتقلين في سجون البلاد تجاوز ثلاثة آلاف."))
                .extracting(CountClaim::action, c -> c.count().min(), c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 3001L, null));
    }

    @Test
    void aShareOfTheWoundedStillInHospitalIsNoClaim() {
        assertThat(en("The hospital director said 12 of the injured remain in hospital.")).isEmpty();
        assertThat(ar("وأوضح الطبيب أن ثلاثة من الجرحى لا يزالون في المستشفى.")).isEmpty();
        // their condition still counts them
        assertThat(ar("وأوضح الطبيب أن ثلاثة من الجرحى في حالة حرجة.")).extracting(CountClaim::action)
                .containsExactly(Action.WOUNDED);
    }

    @Test
    void anApposedShareOfTenWordsIsAnAside() {
        assertThat(ar("وقالت الوكالة إن نحو 600 ألف شخص، أي ما يقارب نصف عدد سكان الإقليم كله تقريبا، نزحوا منذ الربيع."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.DISPLACED, 600000L));
    }

    @Test
    void oneOfThemWithAnActionOfItsOwnIsOneMoreOfTheGroup() {
        assertThat(ar("وأصيب أربعة صيادين في الحادث، أحدهم بجروح خطيرة."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 4L), tuple(Action.WOUNDED, 1L));
        assertThat(ar("وقالت الشرطة إنها قتلت المسلحين الثلاثة، وإن أحدهم فجّر نفسه قبل اعتقاله."))
                .extracting(CountClaim::action, c -> c.count().value())
                .contains(tuple(Action.KILLED, 3L), tuple(Action.KILLED, 1L));
    }

    @Test
    void twoBodiesInTheDualAreTwoDead() {
        assertThat(ar("وانتشل الغواصون جثتين من مياه البحيرة صباح اليوم."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 2L));
    }

    @Test
    void leavingTheirHomesIsDisplacement() {
        assertThat(ar("وقدّرت السلطات عدد الذين اضطروا إلى مغادرة منازلهم بنحو ألفي شخص."))
                .extracting(CountClaim::action).containsExactly(Action.DISPLACED);
    }

    @Test
    void othersAfterAPartAreMoreOfTheWhole() {
        assertThat(en("A car bomb killed 14 people, including three children, and wounded 40 others."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 14L, Category.PEOPLE), tuple(Action.KILLED, 3L, Category.CHILDREN),
                        tuple(Action.WOUNDED, 40L, Category.PEOPLE));
    }

    @Test
    void aPhraseOfOriginUpToTheGroupsAuxiliaryIsNoDistance() {
        assertThat(en("Three nurses from the main district hospital in the city were injured."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 3L));
    }

    @Test
    void thingsSeizedFromThePluralTitleAreNoTwoNames() {
        assertThat(ar("وعثرت الشرطة بحوزة الموقوفين على مسدسات وذخائر حية.")).isEmpty();
        assertThat(ar("وضبطت القوة بحوزة المتهمين أسلحة متوسطة وقنابل يدوية.")).isEmpty();
        // a given name that is also a noun of things (عمر) still names the second person
        assertThat(ar("اعتقلت الشرطة الصحفيين ماهر الحسن وعمر الشيخ.")).extracting(c -> c.count().value())
                .containsExactly(2L);
    }
}
