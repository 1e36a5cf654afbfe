package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/** The many ways newsrooms say people were arrested, and the traps next to them. */
class ArrestPhrasingsTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    @Test
    void aTimeBetweenTheVerbAndItsFarCountDoesNotPushTheVerbOutOfReach() {
        assertThat(counts("قبضت دوريات الشرطة في مدينة الزقازيق صباح أمس على ستة متهمين بسرقة الكابلات.", Language.AR,
                LocalDate.of(2026, 3, 4))).extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 6L));
    }

    @Test
    void aTimeAsideBetweenCommasAfterALongSubjectStillLeavesTheHeldGroupInReach() {
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "قبضت الإدارة العامة لمكافحة المخدرات، فجر الأحد، على ثلاثة وافدين بحوزتهم كميات من الحشيش."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 3L));
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الأحد، أربعة شبان من بلدة بيت أمر شمال الخليل."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 4L));
    }

    /** People still held were not held on the day another verb of the sentence names: that day stays its own event's. */
    @Test
    void aGroupStillHeldTakesNotTheDayOfTheOthersRelease() {
        // published on Tuesday 12 May 2026: the release was on Sunday the 10th
        LocalDate published = LocalDate.of(2026, 5, 12);
        String ar = "أطلقت السلطات في مدينة مصراتة، الأحد، سراح أربعة ناشطين بعد احتجازهم عشرة أيام، فيما لا يزال ناشط خامس"
                + " قيد الاحتجاز.";
        assertThat(counts(ar, Language.AR, published)).extracting(c -> c.action(), c -> c.count().value(), c -> c.date())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L, null));
        assertThat(dateClaimDays(ar, Language.AR, published)).containsExactly(LocalDate.of(2026, 5, 10));
        assertThat(dateClaimDays("Authorities freed three reporters on Sunday, while a fourth reporter is still in detention.",
                Language.EN, published)).containsExactly(LocalDate.of(2026, 5, 10));
        // held on a day of its own, right beside the group, the group keeps it
        assertThat(counts("اعتقلت الشرطة ثلاثة أشخاص يوم الأحد، ولا يزال اثنان منهم قيد الاحتجاز.", Language.AR, published))
                .extracting(c -> c.count().value(), c -> c.date() == null ? null : c.date().start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, LocalDate.of(2026, 5, 10)),
                        org.assertj.core.groups.Tuple.tuple(2L, LocalDate.of(2026, 5, 10)));
    }

    @Test
    void anArrestTollIsTheNewTotal() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "ارتفع عدد المعتقلين في احتجاجات المدينة منذ يوم السبت إلى 75 شخصاً بعد أن كان 40.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(75L);
        assertThat(claims.get(0).action()).isEqualTo(CountClaim.Action.ARRESTED);
    }

    @Test
    void thoseHeldAfterAnArrestArePartOfIt() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Police detained 52 people at the border crossing. Those held include six minors, an official said.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(52L, 6L);
        assertThat(claims.get(1).partOf()).isEqualTo(claims.get(0).id());
    }

    @Test
    void aSecurityForceThatHeldPeopleArrestedThemButAMeetingHeldIsNoArrest() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police held 14 protesters overnight in Kisumu."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 14L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "The two sides held 14 rounds of talks in Doha.")).isEmpty();
    }

    @Test
    void releasedPrisonersAreNoArrest() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "أفرجت السلطات عن 14 سجيناً بعد انتهاء محكوميتهم.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.EN, "Authorities released 20 detainees on Sunday.")).isEmpty();
    }

    @Test
    void aGroupAfterAndWithAVerbOfItsOwnIsNotTheFirstVerbsObject() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Troops arrested two gunmen and escorted 40 villagers out of the area."))
                .extracting(c -> c.count().value()).containsExactly(2L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested and charged five men over the fraud."))
                .extracting(c -> c.count().value()).containsExactly(5L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested two men and three women in the raid."))
                .extracting(c -> c.count().value()).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void securityForcesPickUpPeopleButABoatPicksUpSurvivors() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Plainclothes police picked up a prominent blogger outside his office."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "A fishing boat picked up 23 migrants drifting off the island.")).isEmpty();
    }

    @Test
    void extendingTheDetentionOfPeopleAlreadyHeldIsNoArrest() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "A court extended the pretrial detention of four activists.")).isEmpty();
    }

    @Test
    void aHeadlineDropsTheArticleOfItsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "British journalist detained in Minsk"))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Officer Jones arrested the driver after the chase.")).isEmpty();
    }

    /**
     * Agency copy puts the verb, a long subject and then the date between commas before the
     * object: "أوقفت وحدات الدرك بمدينة وجدة، يوم الأحد 9 آذار/مارس، ثلاثة أشخاص". The aside's commas
     * and slash do not push the verb out of reach (dev10-ar-005); a date aside that does not touch
     * the group still counts its commas, so "أصيب شرطيان، مساء السبت، في إشكال مسلح" gives no
     * wounded gunman.
     */
    @Test
    void aDateBetweenCommasRightBeforeTheGroupDoesNotPushALongSubjectsVerbOutOfReach() {
        assertThat(withDates("أوقفت وحدات الدرك الملكي بمدينة وجدة، يوم الأحد 9 آذار/مارس، ثلاثة أشخاص يُشتبه في تهريب الوقود."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 3L));
        assertThat(withDates("أصيب شرطيان بجروح طفيفة، مساء السبت، في إشكال مسلح بمدينة صيدا."))
                .extracting(c -> c.count().value()).containsExactly(2L);
    }

    /** "مواطناً سورياً": one citizen, accusative as the object of an arrest, as "شاباً" (dev10-ar-010). */
    @Test
    void anArrestedCitizenInTheAccusativeIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت دورية للأمن العام مواطناً أردنياً عند المعبر الحدودي."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
    }

    /**
     * A prosecutor's custody order puts the person in custody: "أمرت النيابة العامة بحبس سائق
     * الحافلة أربعة أيام" is one arrest (J22 of dev10, dev10-ar-008); the four days are no count. A
     * court's prison sentence ("قضت المحكمة بحبس …") is not an arrest.
     */
    @Test
    void aProsecutorsCustodyOrderIsAnArrestButACourtSentenceIsNot() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "وأمرت النيابة العامة بحبس مالك المخبز أربعة أيام على ذمة التحقيق."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "قضت المحكمة بحبس ثلاثة متهمين سنتين مع الشغل.")).isEmpty();
    }

    /**
     * A suspect who hands himself in is in custody (J22 of dev10), and an apposition between commas
     * names the same man: "A fourth suspect, a customs clerk, turned himself in" is one arrest, not
     * two (dev10-en-031). A list ("a soldier, a boy, and a woman") is not one person.
     */
    @Test
    void aSuspectWhoHandsHimselfInIsOneArrestUnderBothHisNames() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "A fourth suspect, a customs clerk, turned himself in to police in Mombasa on Sunday."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested a soldier, a boy, and a woman at the checkpoint."))
                .extracting(c -> c.subject().text()).contains("soldier", "woman");
    }

    /** Security men who seize a person arrest him; gunmen who seize one kidnap him (dev10-en-022). */
    @Test
    void securityMenWhoSeizeSomeoneArrestHim() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Security men seized a cameraman outside the courthouse in Taiz."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Gunmen seized a cameraman outside the courthouse in Taiz."))
                .extracting(c -> c.action()).containsExactly(CountClaim.Action.KIDNAPPED);
    }

    /**
     * A bare number between commas after a name is the person's age, not a count of detainees:
     * "Karim Haddad, 47, was detained for two days in 2022" is one arrest, not 47 (dev10-en-019). A
     * count after a comma that no comma closes stays a count.
     */
    @Test
    void anAgeBetweenCommasAfterANameIsNoCount() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Karim Haddad, 47, was detained for two days in 2022."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "In Kirkuk, 12 people were arrested overnight."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 12L));
    }

    /** The counts of an Arabic text with its dates read (they are what a date aside is made of). */
    private static List<CountClaim> withDates(String text) {
        return counts(text, Language.AR, LocalDate.of(2025, 3, 12));
    }

    /** The count claims of the whole extractor, with dates resolved against {@code published}. */
    private static List<CountClaim> counts(String text, Language language, LocalDate published) {
        return ShippedRules.counts(text, language, published);
    }

    /** The start days of the text's date claims (the dated events no count or quote carries). */
    private static List<LocalDate> dateClaimDays(String text, Language language, LocalDate published) {
        return EXTRACTOR.extract(text, language, published).stream().filter(DateClaim.class::isInstance)
                .map(c -> ((DateClaim) c).date().start()).toList();
    }

    @Test
    void aCountOfAPersonsOwnPeopleAfterALinkSharesThatPersonsArrest() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Troops seized a senior commander of the Lord's Resistance Army rebels and 14 of his fighters near the border."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L),
                        org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 14L));
    }

    @Test
    void aNameBetweenAPastAuxiliaryAndItsParticleBeforeAnArrestWordIsOnePersonHeld() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "وكان المدوّن الزياني قد اعتُقل في شهر آذار الماضي بسبب منشوراته."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "وكانت القوات قد اعتقلت، الأحد، عدداً من الشبان.")).isEmpty();
        // الشرطة, the body between the auxiliary and its particle, is no one held; المتهم, the verb's object, is one
        assertThat(CountRuleExamplesTest.find(Language.AR, "وكانت الشرطة قد اعتقلت المتهم الرئيسي."))
                .extracting(c -> c.count().value(), c -> c.subject().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "المتهم"));
    }

    @Test
    void theAccusedInTheSingularAfterAnArrestPhraseIsOnePersonHeld() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "وأوقفت قوات الأمن المتهم بتزوير العملة في مدينة الزرقاء مساء الأحد."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "وقال محامي المتهم إن موكله سيطعن في الحكم أمام محكمة التمييز."))
                .isEmpty();
    }

    @Test
    void aSingularWithAPossessiveRightAfterAnArrestPhraseOfPeopleIsOnePersonHeld() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "وقالت البلدية إن الشرطة ألقت القبض على صاحبه بعد انهيار المبنى."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "وعثرت فرق البحث على صاحبه تحت الأنقاض.")).isEmpty();
    }

    @Test
    void aPronounAfterALinkBeforeAPassiveArrestIsOnePersonHeldOnce() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Investigators searched the office of the former director, and he was arrested at his home on Friday."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested two men on Monday, and he was held overnight."))
                .extracting(c -> c.count().value()).containsExactly(2L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "The minister resigned last week, and she was questioned by investigators."))
                .isEmpty();
    }

    /** A sentence opening on the pronoun reads as the one after a link does: one person held, unless held before. */
    @Test
    void aPronounOpeningTheSentenceBeforeAPassiveArrestIsOnePersonHeld() {
        LocalDate published = LocalDate.of(2026, 3, 10);
        String sentenced = "A court in Lyon on Monday jailed a former mayor for five years for fraud. ";
        assertThat(counts(sentenced + "He was arrested in June 2024 after an audit of the town's accounts.", Language.EN, published))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.date().start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L, LocalDate.of(2024, 6, 1)));
        // the arrest's month is the count's, no date claim of its own
        assertThat(dateClaimDays(sentenced + "She was detained in June 2024 after an audit of the town's accounts.", Language.EN,
                published)).containsExactly(LocalDate.of(2026, 3, 9));
        // held before: the same arrest told again
        assertThat(counts("Police arrested a former mayor in Lyon on Friday. He was detained at his home.", Language.EN, published))
                .extracting(c -> c.count().value()).containsExactly(1L);
        // no arrest after it
        assertThat(counts(sentenced + "He was questioned in June 2024 after an audit.", Language.EN, published)).isEmpty();
    }

    /** "The 52-year-old" with no noun of its own reads as "he" before a passive arrest, past an aside too. */
    @Test
    void aDefiniteAgeBeforeAPassiveArrestIsOnePersonHeld() {
        LocalDate published = LocalDate.of(2026, 3, 10);
        String sentenced = "A court in Hamburg on Monday jailed a former bank manager for six years for fraud. ";
        assertThat(counts(sentenced + "The 52-year-old was arrested at the city's port in May 2025.", Language.EN, published))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(counts(sentenced + "The 52-year-old, named in court only as Klaus M., was detained at the city's port in May 2025.",
                Language.EN, published)).extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        // held before: the same man
        assertThat(counts("Police arrested a bank manager in Hamburg on Friday. The 52-year-old was detained at his home.",
                Language.EN, published)).extracting(c -> c.count().value()).containsExactly(1L);
        // a death is most often one counted before; and no arrest after the age, no one held
        assertThat(counts(sentenced + "The 52-year-old died in hospital on Sunday.", Language.EN, published)).isEmpty();
        assertThat(counts(sentenced + "The 52-year-old was questioned in May 2025.", Language.EN, published)).isEmpty();
    }

    /** «بعد توقيفه في …»: an arrest noun with the pronoun of one, after «بعد» and before a date, is one person held that day. */
    @Test
    void anArabicArrestNounWithThePronounOfOneBeforeADateIsOnePersonHeld() {
        LocalDate published = LocalDate.of(2026, 3, 10);
        String ar = "وسلّمت السلطات المغربية، الاثنين، رجلاً مطلوباً إلى إسبانيا بعد توقيفه في طنجة في الخامس من شباط/فبراير.";
        assertThat(counts(ar, Language.AR, published)).extracting(c -> c.action(), c -> c.count().value(), c -> c.date().start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L, LocalDate.of(2026, 2, 5)));
        // the day of the arrest is the count's, no date claim of its own
        assertThat(dateClaimDays(ar, Language.AR, published)).containsExactly(LocalDate.of(2026, 3, 9));
        assertThat(counts("وقضت المحكمة بسجن الناشطة عامين بعد اعتقالها في أيار/مايو 2025.", Language.AR, published))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        // no date after it, no held one: a warrant or a reward names no arrest made
        assertThat(counts("وعرضت الشرطة مكافأة مالية لمن يدلي بمعلومات تقود إلى اعتقاله.", Language.AR, published)).isEmpty();
        // «منذ»: a stretch still running, not the day of the arrest
        assertThat(counts("ولا يزال الناشط محتجزاً منذ اعتقاله في أيار/مايو 2025.", Language.AR, published)).isEmpty();
        // the arrest counted in the sentence already: the same man
        assertThat(counts("واعتقلت الشرطة رجلاً في طنجة، وأحالته إلى النيابة بعد توقيفه في الخامس من شباط/فبراير.", Language.AR,
                published)).extracting(c -> c.count().value()).containsExactly(1L);
    }

    /** "the arrest last week of X": a date between the arrest noun and its "of" leaves the named one held. */
    @Test
    void aDateBetweenAnArrestNounAndItsOfStillLeavesTheNamedOneHeld() {
        LocalDate published = LocalDate.of(2026, 3, 10);
        assertThat(counts("The protests followed the arrest last week of activist John Mbeki.", Language.EN, published))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.date().start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L, LocalDate.of(2026, 3, 2)));
        assertThat(counts("The protests followed the arrest on Friday of activist John Mbeki.", Language.EN, published))
                .extracting(c -> c.count().value(), c -> c.date().start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, LocalDate.of(2026, 3, 6)));
        // an order to arrest holds no one yet
        assertThat(counts("The judge ordered the arrest last week of activist John Mbeki.", Language.EN, published)).isEmpty();
    }

    @Test
    void aGroupInAClauseOpenedByAfterOrBecauseIsNotTheArrestsObject() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested the landlord after 3 of his tenants complained.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested the landlord because 3 of the tenants complained.")).isEmpty();
        // the definite one right after the arrest and its body is the one held (heldDefinite), the three are not
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت الشرطة المالك بعد أن اشتكى 3 من مستأجريه."))
                .extracting(c -> c.count().value()).containsExactly(1L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت الشرطة المالك لأن 3 من مستأجريه اشتكوا."))
                .extracting(c -> c.count().value()).containsExactly(1L);
    }

    @Test
    void anArabicDefiniteOneRightAfterAnArrestAndItsBodyIsOnePersonHeld() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "وكانت النيابة العامة قد أوقفت المسؤول في آذار الماضي."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت قوات الأمن الصحفي أثناء تغطيته الاحتجاجات."))
                .extracting(c -> c.count().value()).containsExactly(1L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "زارت الشرطة المصنع أمس.")).isEmpty();
    }

    /** The same verbs stop things as often as people: a definite noun of no person after them is no one held. */
    @Test
    void anArabicDefiniteThingStoppedIsNoOneHeld() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "أوقفت الشرطة السيارة عند الحاجز.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "أوقفت النيابة العامة التحقيق في القضية.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "أوقفت الشرطة البحث عن المفقودين.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "أوقفت الشرطة المرور في الشارع.")).isEmpty();
    }

    /** case_words read a toll of people only: a tally of disease cases counts no one arrested or killed. */
    @Test
    void casesOfADiseaseAreNoToll() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "بلغت حصيلة الإصابات بالكوليرا 3100 حالة.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "وارتفع عدد حالات الإصابة بالحصبة إلى 500 حالة.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت الشرطة 12 شخصا، فيما بلغ عدد المطلوبين 40 شخصا."))
                .extracting(c -> c.count().value()).containsExactly(12L);
    }
}
