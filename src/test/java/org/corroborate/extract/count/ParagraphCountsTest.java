package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Counts in article paragraphs: Arabic duals and singular nouns of a group, idioms of killing, the
 * attacker who blew himself up, people treated for injuries, hostages still held, and a release
 * whose doer stands between the verb and its preposition.
 */
class ParagraphCountsTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    @Test
    void arabicDualsOfMinorsAndProtestersAreTwo() {
        assertThat(ar("قُتل متظاهران برصاص قوات الأمن خلال احتجاجات في مدينة الناصرية.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
            assertThat(c.count().value()).isEqualTo(2L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.PEOPLE);
        });
        List<CountClaim> claims = ar("أعلن الوزير توقيف ستة أشخاص، بينهم قاصران، في مداهمات بمنطقة مرسيليا.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(6L, 2L);
        assertThat(claims.get(1).subject().category()).isEqualTo(CountClaim.Category.CHILDREN);
        assertThat(claims.get(1).partOf()).isEqualTo(claims.get(0).id());
    }

    @Test
    void aBoyAmongTheArrestedIsOneChild() {
        List<CountClaim> claims = ar("اعتقلت قوات الاحتلال 25 فلسطينياً، بينهم فتى يبلغ من العمر 16 عاماً.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(25L, 1L);
        assertThat(claims.get(1).subject().category()).isEqualTo(CountClaim.Category.CHILDREN);
        assertThat(claims.get(1).action()).isEqualTo(CountClaim.Action.ARRESTED);
    }

    @Test
    void harvestingLivesIsKilling() {
        assertThat(ar("قال إن النزاعات حصدت أرواح 37 شخصاً في المحافظة.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
            assertThat(c.count().value()).isEqualTo(37L);
        });
    }

    @Test
    void membersOfAPoliceConvoyAreItsPolice() {
        assertThat(ar("أسفر الهجوم على رتل للشرطة عن مقتل ثمانية منتسبين.")).singleElement().satisfies(c -> {
            assertThat(c.count().value()).isEqualTo(8L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.POLICE);
        });
    }

    @Test
    void aLawmakerAmongTheDeadIsAnOfficial() {
        List<CountClaim> claims = ar("قُتل 14 شخصاً، بينهم نائب في البرلمان الإقليمي، في هجوم على فندق.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(14L, 1L);
        assertThat(claims.get(1).subject().category()).isEqualTo(CountClaim.Category.OFFICIALS);
    }

    @Test
    void aSuicideBomberWhoBlewHimselfUpIsOneDeadAttacker() {
        assertThat(ar("وقال قائد الشرطة إن الانتحاري فجّر نفسه بين صفوف المصلين.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
            assertThat(c.count().value()).isEqualTo(1L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.ATTACKER);
        });
    }

    @Test
    void fleeingFromHomesIsDisplacementNotTheKidnappingBefore() {
        List<CountClaim> claims = ar("واختطف المهاجمون عشرات القرويين، فيما فرّ أكثر من ألفي شخص من منازلهم.");
        assertThat(claims).extracting(CountClaim::action)
                .containsExactly(CountClaim.Action.KIDNAPPED, CountClaim.Action.DISPLACED);
        assertThat(claims.get(1).count().min()).isEqualTo(2001L);
    }

    @Test
    void theOwnerArrestedIsOnePerson() {
        assertThat(en("Police arrested the factory's owner hours after the blaze.")).singleElement()
                .satisfies(c -> assertThat(c.count().value()).isEqualTo(1L));
        assertThat(ar("وأوقفت الشرطة مالك المصنع بعد ساعات من الحريق.")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(CountClaim.Action.ARRESTED));
    }

    @Test
    void martyrsReceivedByAHospitalAreDeadNotWounded() {
        List<CountClaim> claims = en("\"We received 19 martyrs and more than 40 wounded,\" the doctor said.");
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.KILLED, CountClaim.Action.WOUNDED);
        assertThat(claims.get(0).count().value()).isEqualTo(19L);
        assertThat(claims.get(1).count().min()).isEqualTo(41L);
    }

    @Test
    void aReleaseWithItsDoerBeforeThePrepositionIsNoKidnapping() {
        List<CountClaim> claims = ar("أفرج مسلحون عن 18 من أصل 52 تلميذاً اختطفوهم من مدرسة داخلية.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(52L);
        assertThat(claims.get(0).action()).isEqualTo(CountClaim.Action.KIDNAPPED);
        // a preposition of another verb does not cancel
        assertThat(ar("أعلن مسلحون عن خطف 18 تلميذاً من مدرسة داخلية.")).extracting(c -> c.count().value())
                .containsExactly(18L);
    }

    @Test
    void aSupersededTollIsNoClaimOfItsOwn() {
        assertThat(en("Flash floods killed 27 people last week, the ministry said, revising an earlier toll of 20."))
                .extracting(c -> c.count().value()).containsExactly(27L);
        assertThat(ar("أعلنت الوزارة أن السيول أودت بحياة 27 شخصاً، بعد أن كانت الحصيلة السابقة 20 قتيلاً."))
                .extracting(c -> c.count().value()).containsExactly(27L);
    }

    @Test
    void attackersCapturedOfThoseKilledAreAnArrestOfAttackers() {
        List<CountClaim> claims = ar("وأضاف المصدر أن القوات صدّت الهجوم وقتلت ١١ من المهاجمين وأسرت اثنين منهم.");
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.KILLED, CountClaim.Action.ARRESTED);
        assertThat(claims.get(1).count().value()).isEqualTo(2L);
        assertThat(claims.get(1).subject().category()).isEqualTo(CountClaim.Category.ATTACKER);
        assertThat(claims.get(1).partOf()).isNull();
        // the wounded of them taken to hospital stay a part of the toll
        claims = ar("أصيب ١٥ طالباً بجروح، ونُقل ثلاثة منهم إلى المستشفى بحالة حرجة.");
        assertThat(claims.get(1).partOf()).isEqualTo(claims.get(0).id());
    }

    @Test
    void aFractionOfATollIsNoOneMore() {
        assertThat(en("Unexploded ordnance has killed 212 people across the country this year, more than a third of them children."))
                .extracting(c -> c.count().value()).containsExactly(212L);
    }

    @Test
    void theRescuedAreNoPartOfTheDead() {
        assertThat(ar("أعلن خفر السواحل انتشال جثث 11 مهاجراً غير نظامي وإنقاذ 23 آخرين بعد غرق قاربهم."))
                .extracting(c -> c.count().value()).containsExactly(11L);
    }

    @Test
    void atLeastAfterTheNounAndItsAdjectiveIsAMinimumOfThatNoun() {
        List<CountClaim> claims = ar("قُتل 40 جندياً مالياً على الأقل و12 مدنياً في هجوم على قاعدة عسكرية.");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).count().min()).isEqualTo(40L);
        assertThat(claims.get(0).subject().category()).isEqualTo(CountClaim.Category.SOLDIERS);
        assertThat(claims.get(1).count().value()).isEqualTo(12L);
        assertThat(claims.get(1).subject().category()).isEqualTo(CountClaim.Category.CIVILIANS);
        assertThat(ar("قُتل 12 شخصا على الأقل في الهجوم.")).singleElement()
                .satisfies(c -> assertThat(c.subject().text()).isEqualTo("شخصا"));
    }

    @Test
    void atLeastAfterAnActionNounLeavesTheActionToTheCount() {
        assertThat(ar("وأشار الجهاز إلى أن البحث لا يزال جارياً عن سبعة مفقودين على الأقل.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.MISSING);
            assertThat(c.count().min()).isEqualTo(7L);
        });
    }

    @Test
    void aSuspectInTheAccusativeIsOnePerson() {
        assertThat(ar("وأوقفت السلطات البلجيكية مشتبهاً به سابعاً في بروكسل بطلب من باريس.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.ARRESTED);
            assertThat(c.count().value()).isEqualTo(1L);
        });
        assertThat(ar("اعتقلت الشرطة 12 مشتبها به في المدينة.")).extracting(c -> c.count().value()).containsExactly(12L);
    }

    @Test
    void aCommanderKilledIsOneButAnArrestWarrantArrestsNobody() {
        assertThat(en("The strike came hours after a drone killed a Hezbollah commander near the town of Bint Jbeil on Friday."))
                .singleElement().satisfies(c -> assertThat(c.count().value()).isEqualTo(1L));
        assertThat(en("The International Criminal Court issued an arrest warrant on Tuesday for a Libyan militia commander.")).isEmpty();
    }
}
