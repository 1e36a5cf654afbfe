package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count readings of round c26 (session 19): shapes left from earlier rounds and misses of dev28 … dev31, each probed
 * with sentences of our own in the register of the agencies.
 */
class DualsDemonymsSharesAndArrestNounsTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /**
     * A dual whose nun fell before the noun bound to it («رجلا إطفاء», two firemen) is two, after a part word or with a
     * pronoun of two after the bound noun; the same letters with tanween fath, or with neither sign, stay one man.
     */
    @Test
    void aDualInConstructWithANounOfItsTradeIsTwo() {
        assertThat(ar("لقي عنصرا أمن مصرعهما في كمين نصبه مسلحون على الطريق الدولي."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 2L));
        assertThat(ar("لقي رجلا إنقاذ حتفهما أثناء انتشال العالقين من تحت الركام."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 2L));
        assertThat(ar("أصيب تسعة أشخاص بينهم رجلا أمن في انفجار عبوة ناسفة وسط السوق."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.partOf() != null)
                .containsExactly(tuple(Action.WOUNDED, 9L, false), tuple(Action.WOUNDED, 2L, true));
        // a dual of things bound to a noun of people: the people are counted, two brothers, not two bodies
        assertThat(ar("وعثرت فرق الدفاع المدني على جثتي شقيقين جرفتهما السيول في أحد الأودية."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().text())
                .containsExactly(tuple(Action.KILLED, 2L, "شقيقين"));
        // the accusative singular: one man, the object of the verb
        assertThat(ar("قتل مسلحون مجهولون رجلاً أمام منزله في حي الشرطة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
    }

    /**
     * After a count of 11 to 99 an Arabic demonym in the accusative with its tanween (بريطانياً، أفغانياً) names the
     * people counted; without the tanween the letters may write the country and are not read.
     */
    @Test
    void anAccusativeDemonymAfterACountNamesThePeople() {
        assertThat(ar("اعتقلت قوات حرس الحدود ٢٥ أفغانياً قرب معبر حدودي شرقي البلاد."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 25L));
        assertThat(ar("أوقفت السلطات ٤٠ مهاجراً، بينهم ١٣ ليبياً، قبالة السواحل الشرقية."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.partOf() != null)
                .containsExactly(tuple(Action.ARRESTED, 40L, false), tuple(Action.ARRESTED, 13L, true));
        assertThat(ar("أصيب خمسة عشر فرنسياً في انقلاب حافلة سياحية على الطريق الجبلي."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 15L));
        assertThat(ar("يزور ١٥ وزيراً بريطانيا الأسبوع المقبل لبحث ملف الهجرة.")).isEmpty();
    }

    /**
     * A share of a count given in an earlier sentence, the share first ("Four of them were women", "Nine of the victims
     * were students"), is a part of that count with its action; without a noun saying who the share are, the words tell
     * something else of them (released, in critical condition) and are read as before.
     */
    @Test
    void aShareOfAnEarlierCountInASentenceOfItsOwnIsAPart() {
        assertThat(en("Riot police detained 35 demonstrators near the ministry. Seven of them were students, their union said."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.partOf() != null)
                .containsExactly(tuple(Action.ARRESTED, 35L, false), tuple(Action.ARRESTED, 7L, true));
        assertThat(en("A ferry capsized on the river, killing 22 passengers. At least nine of the victims were women."))
                .extracting(CountClaim::action, c -> c.partOf() != null).containsExactly(tuple(Action.KILLED, false), tuple(Action.KILLED, true));
        assertThat(en("Riot police detained 35 demonstrators near the ministry. Ten of them were released on Tuesday."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 35L));
        assertThat(ar("أوقفت الشرطة 40 مشجعاً عقب المباراة. وأوضح مصدر أمني أن ستة منهم قاصرون."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.partOf() != null)
                .containsExactly(tuple(Action.ARRESTED, 40L, false), tuple(Action.ARRESTED, 6L, true));
        assertThat(ar("قضى 17 مهاجراً غرقاً قبالة السواحل. وأفاد خفر السواحل بأن خمسة من الضحايا أطفال."))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.partOf() != null)
                .containsExactly(tuple(Action.KILLED, 17L, false), tuple(Action.KILLED, 5L, true));
        assertThat(ar("أوقفت الشرطة 40 مشجعاً عقب المباراة. وأطلقت سراح ستة منهم بكفالة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 40L));
        assertThat(en("The explosion injured 18 workers at the plant. Four of them were in critical condition."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 18L), tuple(Action.WOUNDED, 4L));
    }

    /**
     * A definite singular right after an arrest verb, named by the thing it goes with ("the owner of a storage unit",
     * "the factory owner"), is one person held; "the suspect" alone may be one told of before and is not read.
     */
    @Test
    void aDefiniteOneNamedByWhatHeOwnsAfterAnArrestVerbIsOneHeld() {
        assertThat(en("Investigators detained the owner of a fireworks shop where the blast began, police said."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
        assertThat(en("Police detained the quarry owner and two managers after the collapse."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactlyInAnyOrder(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 2L));
        assertThat(en("Police arrested the suspect at his home on Tuesday.")).isEmpty();
    }

    /** إيقاف, the arrest noun of the Maghreb desks, and the implicated or violators held (متورطين، مخالفين). */
    @Test
    void theMaghrebArrestNounAndTheImplicatedAreArrests() {
        assertThat(ar("وأسفرت المداهمات عن إيقاف ٦٤ شخصاً في ولاية صفاقس."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 64L));
        assertThat(ar("واعتقلت قوة من الشرطة ١٣ متورطاً في الاشتباك المسلح."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 13L));
        assertThat(ar("وأسفرت الحملات عن ضبط ٨٧٥ مخالفاً لنظام الإقامة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 875L));
        assertThat(ar("وقرر الاتحاد إيقاف ثلاثة لاعبين مباراتين.")).isEmpty();
    }

    /** A running total of people a party holds, the construct of the toll noun between (blind11's adjudication #25). */
    @Test
    void aRunningTotalOfPeopleHeldByAPartyIsAnArrestCount() {
        assertThat(ar("وخطف المسلحون مهندساً آخر، ليرتفع عدد عمال الشركة المحتجزين لديهم إلى ١٨ عاملاً."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactlyInAnyOrder(tuple(Action.KIDNAPPED, 1L), tuple(Action.ARRESTED, 18L));
        assertThat(ar("وطالبت اللجنة الدولية بتسليم المحتجزين لدى الجماعة إلى ذويهم.")).isEmpty();
    }

    /** «مناطق عدة»: a vague word after an indefinite noun of things is its adjective, no count (blind11's adjudication #14). */
    @Test
    void aVagueWordAfterANounOfThingsIsItsAdjective() {
        assertThat(ar("وفُقد خمسة صيادين جراء عاصفة ضربت قرى عدة على الساحل الشرقي."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.MISSING, 5L));
        assertThat(ar("وأصيب أشخاص عدة بجروح طفيفة في الانفجار."))
                .extracting(CountClaim::action, c -> c.count().approximate()).containsExactly(tuple(Action.WOUNDED, true));
        assertThat(ar("وأوقفت الشرطة المئات في العاصمة وحدها."))
                .extracting(CountClaim::action).containsExactly(Action.ARRESTED);
    }

    /** A definite nominative dual of a pair the subjects list (متهمان، متهمين) is two, as the listed duals are (blind11's #16). */
    @Test
    void aDefiniteNominativeDualIsTwo() {
        assertThat(ar("وكان الشابان قد اعتُقلا في أيلول الماضي قبل أن يُحالا إلى المحكمة."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 2L));
        assertThat(ar("وقال الرجلان إنهما سيستأنفان الحكم.")).isEmpty();
    }

    /** Skiers are people a wire story counts by what they were doing (blind11's adjudication #10). */
    @Test
    void skiersAreCounted() {
        assertThat(en("Three Austrian skiers and a local guide died when an avalanche swept down the slope."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 3L), tuple(Action.KILLED, 1L));
    }
}
