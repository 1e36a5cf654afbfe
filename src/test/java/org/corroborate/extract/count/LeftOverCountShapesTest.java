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
 * Count shapes earlier rounds left: a count with its own relative clause after a release, people taken by armed
 * men, a witness's words after what befell the witness, and one person named before the verb that befell them.
 * Own sentences, in the register of the agencies.
 */
class LeftOverCountShapesTest {
    /** Through the whole extractor, which reads the dates a time aside is made of. */
    private static List<CountClaim> extracted(String text) {
        return ShippedRules.counts(text, Language.AR, LocalDate.of(2026, 5, 12));
    }

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /** A release is no claim of ours (the actions are killed … arrested); the kidnapping its clause tells is. */
    @Test
    void theRelativeClauseOfAFreedGroupIsItsKidnapping() {
        assertThat(en("Nigerian troops have freed 14 farmers who were kidnapped from their fields last week, the army said."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KIDNAPPED, 14L));
        assertThat(ar("أفرج مسلحون عن ١٤ مزارعاً كانوا قد اختُطفوا يوم الأحد في ريف المدينة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KIDNAPPED, 14L));
        assertThat(ar("أعلنت الشرطة، الاثنين، تحرير ثلاثة رعاة اختطفهم مسلحون مجهولون قبل أسبوع في صحراء الأنبار."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KIDNAPPED, 3L));
        // the release alone, and a release with no clause of the group's own, stay no claim
        assertThat(en("Police freed 12 hostages on Sunday.")).isEmpty();
        assertThat(en("No one was hurt in the blast.")).isEmpty();
        assertThat(ar("أفرجت السلطات عن 12 معتقلا بعد انتهاء التحقيق.")).isEmpty();
        // a rescue ends being missing: the clause's state is over, no claim
        assertThat(en("Rescuers freed 12 people who were trapped under the rubble.")).isEmpty();
        assertThat(en("Rescuers rescued 12 people who were trapped in the mine.")).isEmpty();
        // "trapped" is missing only where a collapse or a mine holds them, not in traffic or a lift
        assertThat(en("Nine miners were trapped in the mine after the shaft flooded on Monday."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.MISSING, 9L));
        assertThat(en("Two people were trapped under the collapsed roof, the fire service said."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.MISSING, 2L));
        assertThat(en("Thousands of commuters were trapped in traffic for hours after the bridge closed.")).isEmpty();
        assertThat(en("Two people were trapped in a lift for an hour before firefighters freed them.")).isEmpty();
    }

    @Test
    void armedMenWhoTakePeopleKidnapThemAndPoliceArrestThem() {
        assertThat(en("The gunmen took three hostages with them before fleeing into the forest."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KIDNAPPED, 3L));
        assertThat(en("Three soldiers were captured by the militants, a security source said."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KIDNAPPED, 3L));
        assertThat(ar("اقتاد المسلحون ثلاثة رهائن معهم قبل أن يفروا."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KIDNAPPED, 3L));
        assertThat(ar("واقتادت دورية عسكرية سبعة مواطنين إلى جهة مجهولة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 7L));
        assertThat(en("Police captured three suspects after a chase."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 3L));
    }

    /** Armed men take the people right after the verb, not those who had or were in what they took. */
    @Test
    void armedMenWhoTakeThingsTakeNoOne() {
        assertThat(en("Gunmen took the phones of five passengers.")).isEmpty();
        assertThat(en("Fighters took refuge in a school sheltering 200 civilians.")).isEmpty();
        assertThat(en("Insurgents seized the town, home to 20,000 residents.")).isEmpty();
        assertThat(en("The gunmen took aim at two police officers.")).isEmpty();
        assertThat(ar("أخذ المسلحون أرواح 12 شخصاً.")).isEmpty();
        assertThat(ar("احتجز مسلحون حافلة تقل 30 راكباً.")).isEmpty();
        // the army's capture of fighters is an arrest, as the police's
        assertThat(ar("أسر الجيش ثلاثين مسلحاً خلال المعارك."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 30L));
    }

    /** The count belongs to the verb of its own clause: the two gunmen a witness saw were not wounded. */
    @Test
    void aWitnessWasWoundedNotTheGunmenTheySaw() {
        assertThat(en("A man wounded in the attack said he had seen two gunmen."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.WOUNDED, 1L, CountClaim.Category.PEOPLE));
        assertThat(ar("قال رجل أصيب في الهجوم إنه شاهد مسلحين اثنين."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.WOUNDED, 1L, CountClaim.Category.PEOPLE));
        // a count the witness's words give with its own verb stays
        assertThat(ar("قال مسؤول إن الهجوم أسفر عن مقتل خمسة أشخاص."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 5L));
    }

    @Test
    void oneMemberBeforeTheVerbThatBefellThem() {
        assertThat(ar("عنصر من الشرطة أصيب بجروح في الهجوم."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 1L));
        assertThat(ar("أحد عناصر الأمن لقي حتفه في الاشتباكات."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, CountClaim.Category.SECURITY_FORCES));
        assertThat(ar("وأوضح مصدر أمني أن عنصراً من الشرطة أصيب بجروح طفيفة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 1L));
        assertThat(en("One of the guards was hurt in the attack."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 1L));
        // one who did it, with the group after the verb, is no casualty
        assertThat(ar("شرطي قتل ثلاثة مسلحين في الاشتباك."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 3L));
    }

    /** A noun of kinship before a group of one counts the relative: people (or women), not the police or army. */
    @Test
    void theSonOfAPolicemanIsNoPoliceman() {
        assertThat(en("The son of a policeman was killed in the blast."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(1L, CountClaim.Category.PEOPLE));
        assertThat(en("The wife of a soldier was wounded when a shell hit her home."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(1L, CountClaim.Category.WOMEN));
        assertThat(en("A policeman's brother was shot dead outside his house."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(1L, CountClaim.Category.PEOPLE));
        assertThat(ar("قُتل نجل شرطي في الانفجار."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(1L, CountClaim.Category.PEOPLE));
        assertThat(ar("أصيبت ابنة شرطي بجروح في القصف."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(1L, CountClaim.Category.WOMEN));
    }

    /** What befell the one after "of" told in a clause of its own is the one's: the relative named before is no casualty. */
    @Test
    void aClauseOnTheOneAfterARelationIsTheOnesOwn() {
        assertThat(en("The widow of a soldier killed in 2020 was arrested on Monday."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, CountClaim.Category.SOLDIERS));
        assertThat(en("The daughter of a soldier who was killed last year spoke at the rally."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, CountClaim.Category.SOLDIERS));
        // the sentence's own verb right after the group still befalls the relative
        assertThat(en("The son of a policeman died in hospital on Monday."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(1L, CountClaim.Category.PEOPLE));
        assertThat(en("Gunmen killed the brother of a soldier and two policemen."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactlyInAnyOrder(tuple(1L, CountClaim.Category.PEOPLE), tuple(2L, CountClaim.Category.POLICE));
    }

    /** "A father of three": the number after a noun of kinship and "of" (ل in Arabic) is the one's family, no count. */
    @Test
    void theFamilyOfTheOneIsNoCount() {
        assertThat(en("Ali Musa, a father of three children, was shot dead near his home on Friday."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(1L, CountClaim.Category.PEOPLE));
        assertThat(ar("قُتل المزارع خالد العلي، وهو أب لثلاثة أطفال، برصاص مجهولين قرب منزله مساء الجمعة."))
                .extracting(c -> c.count().value()).containsExactly(1L);
        assertThat(ar("وأصيبت سيدة، وهي أم لخمسة أطفال، بشظايا قذيفة سقطت على منزلها."))
                .extracting(c -> c.count().value()).containsExactly(1L);
        // a count of children something befell stays one
        assertThat(ar("قُتل ثلاثة أطفال وأصيب والدهم بجروح في القصف."))
                .extracting(CountClaim::action, c -> c.count().value()).contains(tuple(Action.KILLED, 3L));
    }

    /** People named one by one in an Arabic list are one claim each, the verb before the list or after it. */
    @Test
    void arabicNamedListsAreOneClaimEach() {
        assertThat(ar("اعتقلت قوات الأمن الصحفي سامر حداد والمصور سامي حسن والناشطة ليلى يوسف."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactlyInAnyOrder(tuple(Action.ARRESTED, 1L, CountClaim.Category.JOURNALISTS),
                        tuple(Action.ARRESTED, 1L, CountClaim.Category.JOURNALISTS), tuple(Action.ARRESTED, 1L, CountClaim.Category.PEOPLE));
        assertThat(ar("الناشط أحمد سالم والمحامية منى خليل اعتُقلا فجر الأحد."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 1L));
        // a time set off by commas between the verb and the list
        assertThat(extracted("أوقفت الشرطة في مدينة صفاقس، فجر الأحد، الناشط السياسي كمال العياري والطبيبة سلمى النجار."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 1L));
        // one more added to the list after a comma
        assertThat(ar("اعتقلت الشرطة الصحفي سامر حداد والطبيبة سلمى النجار، إلى جانب رجل لم تكشف هويته."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 1L));
    }
}
