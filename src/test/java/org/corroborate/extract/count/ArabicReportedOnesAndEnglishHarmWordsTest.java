package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count readings of round counts41 (session 27): kinds of the held-out sets' misses, described in our own words and
 * probed with sentences of our own in the register of the agencies.
 */
class ArabicReportedOnesAndEnglishHarmWordsTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /**
     * «إن جندياً أردنياً لقي حتفه»: the nisba after the one reported after إن/أن is its adjective, though the pack
     * lists «أردنياً» as a person of its own; the one takes the verb after it, with the nationality the adjective says.
     */
    @Test
    void aNationalityAdjectiveBetweenTheReportedOneAndTheVerbIsPassedOver() {
        assertThat(ar("وقال الجيش في بيان إن جندياً أردنياً لقي حتفه خلال تبادل لإطلاق النار مع مهربين على الحدود."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category(),
                        c -> c.subject().nationality())
                .containsExactly(tuple(Action.KILLED, 1L, CountClaim.Category.SOLDIERS, "JO"));
        assertThat(ar("وذكرت مصادر أمنية أن عاملاً مصرياً لقي مصرعه إثر سقوطه من سقالة في موقع بناء."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().nationality())
                .containsExactly(tuple(Action.KILLED, 1L, "EG"));
        assertThat(ar("وأفاد مسؤول محلي بأن سائقاً لبنانياً أصيب بجروح متوسطة في حادث السير."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 1L));
    }

    /** «أن جندياً أردنياً قد قُتل»: the particle قد between the reported one and its verb is passed over too. */
    @Test
    void theParticleBeforeTheReportedOnesVerbIsPassedOver() {
        assertThat(ar("وأوضح المتحدث العسكري أن جندياً أردنياً قد قُتل خلال مواجهة مع مهربي مخدرات."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().nationality())
                .containsExactly(tuple(Action.KILLED, 1L, "JO"));
        assertThat(ar("وقالت الشرطة إن سائحة ألمانية قد لقيت مصرعها إثر انقلاب حافلة سياحية."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L));
        assertThat(ar("وقال الطبيب إن رجلاً قد وصل إلى المستشفى في ساعة متأخرة.")).isEmpty();
    }

    @Test
    void theDescribedOneOfANationalityWhoKilledOthersIsNotTheVictim() {
        assertThat(ar("وقالت الشرطة إن مسلحاً أجنبياً قتل أربعة حراس في هجوم على مصرف."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 4L));
    }
    /** «بينهم مسن»: an indefinite singular person after the part word is one of the whole, as «بينهم طفلان» is two. */
    @Test
    void anIndefiniteSingularAfterThePartWordIsOneOfTheWhole() {
        List<CountClaim> found = ar("لقي ستة أشخاص حتفهم بينهم مسن في انهيار مبنى قديم وسط المدينة.");
        assertThat(found).extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 6L), tuple(Action.KILLED, 1L));
        assertThat(found.get(1).partOf()).isEqualTo(found.get(0).id());
        List<CountClaim> held = ar("واعتقلت القوات عشرين شاباً من بينهم طالب جامعي وأسيرة محررة خلال المداهمات.");
        assertThat(held).extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 20L, CountClaim.Category.PEOPLE),
                        tuple(Action.ARRESTED, 1L, CountClaim.Category.PEOPLE),
                        tuple(Action.ARRESTED, 1L, CountClaim.Category.WOMEN));
        assertThat(held.subList(1, 3)).allMatch(c -> held.get(0).id().equals(c.partOf()));
    }

    /** «طالب» alone is also the verb «طالب بـ»; the elderly one described is no second person. */
    @Test
    void aDemandingVerbAndADescribedElderlyOneAreNoExtraPerson() {
        assertThat(ar("وطالب الأهالي بفتح تحقيق في مقتل ثلاثة أشخاص بينهم امرأة مسنّة."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 3L), tuple(Action.KILLED, 1L));
        assertThat(ar("وقال المسعفون إن رجلاً مسناً لقي حتفه اختناقاً في الحريق."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, CountClaim.Category.PEOPLE));
    }

    /** «أسر مقاتلو الحركة قائدين»: the dual of قائد (its plural is قادة) is two, captured as the pack reads أسر: held. */
    @Test
    void aDualOfCommanderCapturedIsTwoHeld() {
        assertThat(ar("وأعلنت الحركة أن مقاتليها أسروا قائدين في الجيش خلال هجوم على موقع عسكري."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 2L));
        assertThat(ar("أسر مقاتلو الجماعة قائدين ميدانيين من القوات الحكومية قرب الجبهة."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 2L));
        assertThat(ar("واستقبل الرئيس قائدين عسكريين في القصر.")).isEmpty();
    }

    /** "convicted of killing a teenager": the killed after the word, the convicted before it no dead; an attempt kills nobody. */
    @Test
    void theKillingAfterOfOrWithCountsTheVictimNotTheAccused() {
        assertThat(en("A man was convicted on Tuesday of killing a teenager outside a nightclub in Leeds."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, CountClaim.Category.CHILDREN));
        assertThat(en("A jury found two brothers guilty of murdering a delivery rider in a robbery last spring."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, CountClaim.Category.WORKERS));
        assertThat(en("A 30-year-old driver was charged with killing two cyclists on a country road."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 2L));
        assertThat(en("A man was charged with the attempted murder of a shopkeeper in the town centre.")).isEmpty();
    }

    /** "taken to hospital for checks", "suffering from shock": care that is no wound counts no wounded. */
    @Test
    void careForChecksShockOrColdIsNoWound() {
        assertThat(en("Six passengers were taken to hospital for checks after the ferry ran aground.")).isEmpty();
        assertThat(en("Nine survivors were airlifted to hospital with hypothermia after the boat capsized.")).isEmpty();
        assertThat(en("Three people were injured and 12 others were treated for shock at the scene."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 3L));
        // a wound with the care still counts
        assertThat(en("Fourteen workers were taken to hospital with burns after the blast."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 14L));
        // the displaced moved as a precaution are still displaced
        assertThat(en("Authorities evacuated about 900 residents from nearby villages as a precaution."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.DISPLACED, 900L));
    }

    /** "11 were rescued unhurt": those who came out unhurt inherit no wound or death of the count before. */
    @Test
    void thoseRescuedUnhurtAreNoCasualties() {
        assertThat(en("Two people were injured, and four others were pulled out of the wreckage uninjured."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 2L));
        assertThat(en("The bus driver was hurt and 20 passengers escaped unhurt."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 1L));
        assertThat(en("Four miners died and 11 were brought to the surface unhurt."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 4L));
        assertThat(en("Nine crew members were rescued uninjured and taken to hospital.")).isEmpty();
    }

    /** "found with stab wounds and died later in hospital": the death joined to the wound is what befell the one. */
    @Test
    void aDeathJoinedToTheWoundIsTheEnd() {
        assertThat(en("A man was found with stab wounds in a park on Sunday and died later in hospital."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L));
        assertThat(en("A woman was found with gunshot wounds and died at the scene, police said."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L));
        // another count between: the wound stays the first group's
        assertThat(en("Two guards were wounded and one died later."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 2L), tuple(Action.KILLED, 1L));
        assertThat(en("A man was found with stab wounds and taken to hospital."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 1L));
    }
}
