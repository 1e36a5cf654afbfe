package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Category;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count readings session 16 left: a whole group named as a frame before the count it is cut from, the doer of an
 * Arabic active verb written like its passive, and others. Own sentences, in the register of the agencies.
 */
class FramesDoersAndPatientsTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /** "Of the 40 passengers, 12 were killed": the 40 are the frame, the 12 the dead (rule 12 of dev). */
    @Test
    void theWholeNamedAsAFrameIsNoCount() {
        assertThat(en("Of the 52 passengers aboard the ferry, nine drowned when it capsized near the port, officials said."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 9L));
        assertThat(en("Among the 300 staff at the refinery, 14 were injured in the explosion on Friday."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 14L));
        assertThat(en("And of the 30 miners underground at the time, six were killed."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 6L));
        // the frame's own clause tells what befell it: the whole is a claim of its own
        assertThat(en("Among the 250 people detained during the protests, 30 were later charged with rioting."))
                .extracting(CountClaim::action, c -> c.count().value()).contains(tuple(Action.ARRESTED, 250L));
        // no count after the comma: nothing is cut from the group, which stays what it was
        assertThat(en("Of the 12 people killed in the strike, most were women and children, the ministry said."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 12L));
    }

    /** «قتل مسلح زوجته»: a singular between the verb and a relative with a possessive is the doer, not the dead. */
    @Test
    void theDoerBeforeAPossessedObjectIsNotKilled() {
        assertThat(ar("قتل مسلح زوجته وطفليه في منزلهم شرقي المدينة قبل أن ينتحر، بحسب الشرطة."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactlyInAnyOrder(tuple(Action.KILLED, 1L, Category.WOMEN), tuple(Action.KILLED, 2L, Category.CHILDREN));
        assertThat(ar("وقتل شاب والدته بسكين في حي الزهور مساء الأحد."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.WOMEN));
        assertThat(ar("قتل رجل والده وشقيقه إثر خلاف على الميراث في قرية جنوبي البلاد."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(
                        tuple(Action.KILLED, 1L), tuple(Action.KILLED, 1L));
        // the passive with a linked relative after it counts both, the man first
        assertThat(ar("قُتل رجل وزوجته في قصف استهدف منزلهما."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(
                        tuple(Action.KILLED, 1L), tuple(Action.KILLED, 1L));
        assertThat(ar("قُتل شرطي في انفجار عبوة ناسفة شمالي بغداد."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.POLICE));
    }

    /** "raising to 11 the toll": the count a toll rose to, written before the toll noun. */
    @Test
    void theCountBeforeTheTollItRaised() {
        assertThat(en("A rescue team pulled a woman's body from the river on Tuesday, raising to 8 the toll from the floods."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 8L));
        assertThat(en("Doctors said a second child had died overnight, bringing to 23 the number of dead in the crash."))
                .extracting(CountClaim::action, c -> c.count().value()).contains(tuple(Action.KILLED, 23L));
        assertThat(en("The new raids killed four people, pushing to 61 the death toll since the ceasefire collapsed."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 4L), tuple(Action.KILLED, 61L));
        assertThat(ar("وتوفيت امرأة متأثرة بجروحها، ما يرفع إلى 9 عدد ضحايا الانهيار."))
                .extracting(CountClaim::action, c -> c.count().value()).contains(tuple(Action.KILLED, 9L));
        // a rise that is no toll stays no count
        assertThat(en("The central bank cut rates again, bringing to 4 the number of cuts this year.")).isEmpty();
    }

    /** Patients moved out of a hospital or by ambulance are the sick in care, not people displaced (conv. 2 of dev). */
    @Test
    void evacuatedPatientsAreNotDisplaced() {
        assertThat(ar("وأعلنت إدارة المستشفى إجلاء 85 مريضا بعد انقطاع الكهرباء عن أقسامه.")).isEmpty();
        assertThat(ar("وجرى إجلاء نحو 60 من المرضى إلى مستشفيات الجنوب بسيارات الإسعاف.")).isEmpty();
        assertThat(en("Ambulances evacuated 48 patients, including 15 children, from the damaged hospital on Monday.")).isEmpty();
        assertThat(en("Around 70 patients were evacuated after the generator failed, the ministry said.")).isEmpty();
        // people moved from their homes stay displaced, and patients who died stay dead
        assertThat(ar("وأعلن الدفاع المدني إجلاء 400 شخص من الأحياء المحاذية للوادي."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.DISPLACED, 400L));
        assertThat(en("More than 900 residents were evacuated from their homes as the fire spread."))
                .extracting(CountClaim::action, c -> c.count().min()).containsExactly(tuple(Action.DISPLACED, 901L));
        assertThat(ar("لقي خمسة مرضى حتفهم في حريق اندلع في قسم العناية المركزة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 5L));
    }

    /** Arabic participles in the sound plural name people the subjects do not list: read by their shape. */
    @Test
    void participlePluralsAreCountedPeople() {
        assertThat(ar("وأصيب ستة محققين في كمين نصبه مسلحون على طريق المطار."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 6L));
        assertThat(ar("واختطف مسلحون مجهولون تسعة مسافرين من حافلة على الطريق الدولي."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KIDNAPPED, 9L, Category.PEOPLE));
        assertThat(ar("وفُقد 25 مسافرا إثر غرق قارب في البحيرة مساء الجمعة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.MISSING, 25L));
        assertThat(ar("وأصيب أربعة مراسلين بشظايا أثناء تغطيتهم المواجهات."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.WOUNDED, 4L, Category.JOURNALISTS));
        // things in the broken plural مفاعيل and a feminine dual share the ending: no people
        assertThat(ar("وقدرت الخسائر بثلاثة ملايين دولار.")).isEmpty();
        assertThat(ar("وأصيب المبنى بأضرار في أربعة مواضع من سقفه.")).isEmpty();
    }

    /** Implicit singulars: a full relative clause of a wound before the death, and "another" after one person. */
    @Test
    void impliedOnesInRelativeClausesAndAfterAnother() {
        assertThat(en("A firefighter who was injured in the warehouse blaze died in hospital on Thursday."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
        assertThat(en("A boy who had been stabbed near the station has died, police said."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
        // no death after the clause: the wound stands
        assertThat(en("Four guards who were wounded in the raid were taken to a military hospital."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 4L));
        assertThat(en("A border guard was killed and another was injured when smugglers opened fire."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L), tuple(Action.WOUNDED, 1L));
        assertThat(en("One of the guards was killed in the attack on the consulate."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
        assertThat(ar("وأصيب أحد الحراس بجروح في الهجوم على القنصلية."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 1L));
        assertThat(ar("وتوفي شرطي أصيب في التفجير متأثرا بجروحه."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
    }

    /** "turning the gun on himself" is one man's death, never that of the group he shot before (rule 11 of dev). */
    @Test
    void theOwnHandDeathIsTheDoersOnly() {
        assertThat(en("The gunman wounded five people at the bank before turning the gun on himself, police said."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactlyInAnyOrder(tuple(Action.WOUNDED, 5L, Category.PEOPLE), tuple(Action.KILLED, 1L, Category.ATTACKER));
        assertThat(en("The gunman shot six people at the market before turning his gun on himself."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.ATTACKER));
    }
}
