package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Category;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * A title with a name is one person, as "a journalist" is: "Journalist Nadia Karim was detained",
 * "اعتُقل الصحفي سامي العبيدي"; not when the named person speaks or stands inside another phrase.
 */
class NamedPersonsTest {
    /** The count claims of the whole extractor, which reads the dates too. */
    private static List<CountClaim> withDates(Language language, String text) {
        return ShippedRules.counts(text, language, LocalDate.of(2026, 3, 2));
    }

    @Test
    void aTitledNameOpeningTheSentenceIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Journalist Nadia Karim was detained in Basra on Sunday."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.JOURNALISTS));
    }

    @Test
    void aTitledNameAfterTheActionIsItsObject() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Security forces arrested journalist Nadia Karim at her home."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 1L));
    }

    @Test
    void aDemonymAfterADatelineMayStandBeforeTheTitle() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "GAZA (AP) \u2014 Palestinian paramedic Omar Nassar was killed by gunfire on Tuesday."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L));
    }

    @Test
    void aNamedSpeakerIsNoVictim() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Shelling killed three farmers, governor Taras Bilyk said."))
                .extracting(c -> c.count().value()).containsExactly(3L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police detained 12 supporters of opposition leader Moses Okello."))
                .extracting(c -> c.count().value()).containsExactly(12L);
    }

    @Test
    void anArabicDefiniteTitleWithANameIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتُقل الصحفي سامي العبيدي أمس في البصرة."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.JOURNALISTS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "قُتل المصور الفلسطيني يوسف حمدان برصاص قناص."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L));
    }

    @Test
    void anArabicTitledNameAfterTheVerbAndItsAgentIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت دورية عسكرية الصحفي سامي العبيدي قرب الحدود."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.JOURNALISTS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتلت ميليشيا مسلحة المصور العراقي يوسف حمدان في الموصل."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L));
    }

    @Test
    void anArabicActivistOrLawyerIsOnePersonOfOtherCategory() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "احتجزت السلطات المحامية هدى الزين عند المعبر."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.OTHER));
        assertThat(CountRuleExamplesTest.find(Language.AR, "أصيب ناشط برصاص مجهولين في الحي."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 1L));
    }

    @Test
    void aDemonymBetweenTheActionAndTheTitleKeepsTheName() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Soldiers arrested Lebanese photographer Rami Haddad near the border."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.JOURNALISTS));
    }

    @Test
    void aTwoWordDemonymBetweenTheActionAndTheTitleKeepsTheName() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Gunmen killed Sri Lankan reporter Nimal Perera outside his home."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.JOURNALISTS));
    }

    @Test
    void aNamedPersonsPastArrestInARelativeClauseIsNoArrest() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Veteran journalist Sami Haddad, who was once detained by the army, opened a press club in Tunis on Monday."))
                .isEmpty();
    }

    @Test
    void aDatedPastArrestInARelativeClauseOfACourtStoryIsAnArrest() {
        List<CountClaim> claims = dated("Lee, who was arrested in November 2025, denies the charges.");
        assertThat(claims).extracting(c -> c.action(), c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
        assertThat(claims.get(0).date().start()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(dated("The trial of blogger Ana Ruiz, who was detained at the airport in March 2025, opened on Monday."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.JOURNALISTS));
        assertThat(dated("Union leader Tom Berg, who was detained in 2019, told reporters the new law was unfair.")).isEmpty();
    }

    @Test
    void aTitleWithAModifierAfterTheArrestVerbIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested opposition leader Jon Obi in the capital."))
                .extracting(c -> c.action(), c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested supporters of opposition leader Jon Obi.")).isEmpty();
    }

    @Test
    void aBareNameOpeningAPassiveArrestIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Nomsa Dube was arrested with four contractors."))
                .extracting(c -> c.action(), c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 4L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Kenya was hit by floods in May.")).isEmpty();
        // before "were" a capitalised name is a group's, no one person (own sentence; plural_auxiliaries)
        assertThat(CountRuleExamplesTest.find(Language.EN, "Tour Operators were arrested for fraud.")).isEmpty();
    }

    private static List<CountClaim> dated(String text) {
        return ShippedRules.counts(text, Language.EN, LocalDate.of(2026, 5, 14));
    }

    @Test
    void theArabicGivenNameAliIsPartOfTheName() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "أُصيب المسعف علي النجار بشظايا قذيفة."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 1L));
    }

    @Test
    void anArabicArrestWarrantIsNoArrest() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "أصدر القضاء مذكرة اعتقال بحق رجل أعمال هارب."))
                .isEmpty();
    }

    @Test
    void aRelativePassiveTakesNoGroupAfterIt() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "The poet, who was arrested by the army, later greeted hundreds of students at the fair."))
                .isEmpty();
    }

    @Test
    void aPluralTitleWithTwoNamesIsTwoPeople() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Soldiers detained journalists Lina Saleh and Tarek Aziz near the crossing."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 2L, Category.JOURNALISTS));
    }

    @Test
    void aCorrespondentIsAJournalist() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Militiamen abducted Tariq Nour, a veteran correspondent, outside his office."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KIDNAPPED, 1L, Category.JOURNALISTS));
    }

    @Test
    void anArabicCouncilMemberOrDistrictCommissionerIsOneOfficial() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "خطف مجهولون عضو مجلس المحافظة قرب منزله."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(1L, Category.OFFICIALS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "أصيب معتمد المحلية بجروح في الهجوم."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.WOUNDED, 1L));
    }

    @Test
    void anArabicNamedSpeakerOrAReleasedPersonIsNoCount() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قال الوزير محمد علي إن ثلاثة جنود قتلوا."))
                .extracting(c -> c.count().value()).containsExactly(3L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "أفرجت السلطات عن الصحفي كمال بوزيد أمس.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "قُتل الجندي في الهجوم.")).isEmpty(); // no name: maybe one counted before
    }

    @Test
    void aTitleWithoutANameIsNotCountedThisWay() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Journalist groups condemned the arrests on Monday.")).isEmpty();
    }

    @Test
    void anArabicRelativeClauseClosedByACommaKeepsItsVerbFromTheCountAfterIt() {
        // "الذي احتُجز" tells the speaker's past: the thousands he spoke to were not detained
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "ألقى رئيس البلدية المعارض أكرم يلدز، الذي احتُجز في آذار الماضي، كلمة أمام آلاف من أنصاره أمس."))
                .isEmpty();
        // with no comma between, the relative verb is active and its group follows it
        assertThat(CountRuleExamplesTest.find(Language.AR, "قُتل المسلح الذي اعتقل ثلاثة صيادين قرب الحدود."))
                .extracting(c -> c.action(), c -> c.count().value())
                .contains(tuple(Action.ARRESTED, 3L));
    }

    @Test
    void anArabicGivenNameStartingWithWawIsNoLink() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقل مسلحون الصحفي اليمني وليد المطري في مدينة إب."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.JOURNALISTS));
        // a noun of the lexicon after و is a second person, not a name: "الناشط وشقيقه"
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت الشرطة الناشط وشقيقه في الحي."))
                .extracting(c -> c.count().value()).doesNotContain(2L);
    }

    @Test
    void aPersonJoinedByALinkSharesTheActionOfTheNamedPersonBefore() {
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "قتلت قوات الدعم السريع الطبيب السوداني أحمد عبد الرحيم وممرضة خلال هجوم على المستشفى."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.OTHER), tuple(Action.KILLED, 1L, Category.OTHER));
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت قوة من الأسايش مراسل قناة محلية، هيوا كريم، ومصوّره عند نقطة تفتيش."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.JOURNALISTS), tuple(Action.ARRESTED, 1L, Category.JOURNALISTS));
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Security forces arrested Hawre Aziz, a local correspondent for a Kurdish TV channel, and his cameraman at a checkpoint."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.JOURNALISTS), tuple(Action.ARRESTED, 1L, Category.JOURNALISTS));
    }

    @Test
    void aLinkedPersonFarAfterACountIsNoVictim() {
        // the health worker is a source of the report, not one of the dead
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "قُتل 23 شخصاً في اشتباكات بين القوات الحكومية ومسلحي ميليشيا فانو في إقليم أمهرة، وفق ما أفاد به سكان وعامل صحي."))
                .extracting(c -> c.count().value()).containsExactly(23L);
    }

    @Test
    void aNameSetOffByCommasAfterTheTitleIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "MOGADISHU \u2014 The mayor of Baidoa, Abdi Warsame, was kidnapped by gunmen on Saturday."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KIDNAPPED, 1L, Category.OFFICIALS));
        // the named mayor who speaks is no victim
        assertThat(CountRuleExamplesTest.find(Language.EN, "The mayor of Baidoa, Abdi Warsame, said two people were kidnapped."))
                .extracting(c -> c.count().value()).containsExactly(2L);
    }

    @Test
    void aRapperAndHisFansAreTwoGroups() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Police in Senegal arrested rapper Moussa Diop and three of his fans outside a concert hall."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactlyInAnyOrder(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 3L));
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "أوقفت الشرطة السنغالية مغني الراب موسى ديوب وثلاثة من معجبيه أمام قاعة للحفلات."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactlyInAnyOrder(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 3L));
    }

    @Test
    void anAsideWithAPastYearTellsThePersonsPastNotTheEvent() {
        assertThat(withDates(Language.EN, "Journalist Karim Atwan, detained in 2021, was freed on Monday.")).isEmpty();
        assertThat(withDates(Language.EN, "Journalist Karim Atwan, detained in 2021, was arrested again on Monday."))
                .extracting(c -> c.action(), c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
        // a day is the event reported: "killed on Monday" is not passed over
        assertThat(withDates(Language.EN, "Journalist Karim Atwan, killed on Monday, was buried on Tuesday."))
                .extracting(c -> c.action(), c -> c.count().value()).containsExactly(tuple(Action.KILLED, 1L));
    }

    @Test
    void aYearAfterAnArabicNameIsNoPartOfIt() {
        assertThat(withDates(Language.AR, "اعتُقل الصحفي كريم عطوان عام 2021 في البصرة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.count().value()).isEqualTo(1L);
                    assertThat(c.text().substring(c.span().start(), c.span().end())).isEqualTo("اعتُقل الصحفي كريم عطوان");
                });
    }

    @Test
    void aColleagueIsOfTheKindOfThePersonBefore() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "GAZA \u2014 Palestinian journalist Mahmoud Abu Hasira was killed and his colleague Salma Qudra was wounded in a strike."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.JOURNALISTS), tuple(Action.WOUNDED, 1L, Category.JOURNALISTS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "قُتل الصحفي الفلسطيني محمود أبو حصيرة وأصيب زميله في غارة على خيمة."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.JOURNALISTS), tuple(Action.WOUNDED, 1L, Category.JOURNALISTS));
    }

    @Test
    void aColleagueWhoSpeaksIsNoVictim() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "His colleague said two people were killed."))
                .extracting(c -> c.count().value()).containsExactly(2L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "وقال زميله إن ثلاثة قتلوا."))
                .extracting(c -> c.count().value()).containsExactly(3L);
    }

    @Test
    void aRelativeRightAfterTheVerbOfItsOwnClauseIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قُتلت الناشطة المدنية رهف الأحمد وأصيب شقيقها برصاص قناص."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.PEOPLE), tuple(Action.WOUNDED, 1L, Category.PEOPLE)); // an activist is people, as ناشطين and 'activist'
        // inside another clause the verb is likelier another word: "lost control", not "went missing"
        assertThat(CountRuleExamplesTest.find(Language.AR, "انحرفت الحافلة عن الطريق بعد أن فقد سائقها السيطرة عليها."))
                .isEmpty();
    }

    @Test
    void anAbbreviatedTitleKeepsTheNameAfterItsDot() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "MOSUL \u2014 Police Lt. Ahmed Saadoun was killed and two of his men were wounded when a bomb exploded."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.POLICE), tuple(Action.WOUNDED, 2L, Category.PEOPLE));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Dr. Hassan Eltayeb said two nurses were killed."))
                .extracting(c -> c.count().value()).containsExactly(2L);
    }

    @Test
    void aPersonAfterANamedVictimsLongTitleSharesItsAction() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Fighters killed Dr. Hassan Eltayeb, director of the El Fasher Teaching Hospital, and a nurse in an attack on Monday."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KILLED, 1L, Category.OTHER), tuple(Action.KILLED, 1L, Category.OTHER));
    }

    @Test
    void twoArabicNamesUnderAPluralTitleAreTwoPeople() {
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "احتجزت الشرطة التركية الصحفيين السوريين ماهر الحسن وعمر الشيخ في حي الفاتح."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category(), c -> c.subject().nationality())
                .containsExactly(tuple(Action.ARRESTED, 2L, Category.JOURNALISTS, "SY"));
        // عمر opening a name is Omar, not the age noun that ends one
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتُقل الصحفي عمر الشيخ في البصرة."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 1L));
    }

    @Test
    void anArabicTitleRightAfterASpeechVerbIsTheSpeaker() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قال رئيس بلدية طفس، محمد الزعبي، إن مسلحين قتلوا شخصين."))
                .extracting(c -> c.count().value()).containsExactly(2L);
        // the same title with the verb before it is the one it befell
        assertThat(CountRuleExamplesTest.find(Language.AR, "اختُطف رئيس بلدية طفس، محمد الزعبي، مساء الأحد."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KIDNAPPED, 1L, Category.OFFICIALS));
    }

    @Test
    void aSecondTitledNameJoinedByALinkIsASecondPerson() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قُتل الصحفي سامي العبيدي والمسعف رامز أبو ليلى في غارة على مخيم جباليا."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactlyInAnyOrder(tuple(Action.KILLED, 1L, Category.JOURNALISTS), tuple(Action.KILLED, 1L, Category.OTHER));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Journalist Sami Obeidi and paramedic Ramez Abu Laila were killed in the strike."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactlyInAnyOrder(tuple(Action.KILLED, 1L, Category.JOURNALISTS), tuple(Action.KILLED, 1L, Category.OTHER));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Journalist Sami Obeidi and lawyer Ramez Abu Laila said three people were killed."))
                .extracting(c -> c.count().value()).containsExactly(3L);
    }

    @Test
    void aNamedPersonAndACountAfterThemAreTwoClaims() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Gunmen killed farmer Ali Hassan and his two sons."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactlyInAnyOrder(tuple(Action.KILLED, 1L, Category.OTHER), tuple(Action.KILLED, 2L, Category.PEOPLE));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested rapper Moussa Diop and three fans outside the hall."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactlyInAnyOrder(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 3L));
    }

    @Test
    void aNameAfterTheVerbWithAnIndefiniteAppositionIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Gunmen abducted Mustafa Gheriani, a member of the Tripoli municipal council, from his car on Tuesday."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.KIDNAPPED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "A member of the council said two people were killed."))
                .extracting(c -> c.count().value()).containsExactly(2L);
    }

    @Test
    void anOrderedArrestIsNoArrest() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Interior Minister Nabil Haddad ordered the arrest of Dr. Amal Fathi.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "أمر وزير الداخلية باعتقال الصحفي كريم عطوان.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "أمرت النيابة باعتقال ثلاثة مسؤولين.")).isEmpty();
    }

    @Test
    void aNamedVisitorOfTheWoundedIsNotWounded() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Governor Ali Saleh visited the wounded at the hospital.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.EN, "Two of the wounded were children."))
                .extracting(c -> c.action(), c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 2L));
    }

    @Test
    void aGroupThatHelpedTheWoundedCanBeWoundedItself() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Two paramedics rushed to help the injured and were themselves wounded, the ministry said."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().text())
                .containsExactly(tuple(Action.WOUNDED, 2L, "paramedics"));
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Two nurses cared for the wounded through the night at the district hospital."))
                .isEmpty();
    }

    @Test
    void anIndefiniteAppositionOfATitledNameIsNoSecondPerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Security forces shot dead protester Ali Hassan, a 19-year-old student, and wounded his brother."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L), tuple(Action.WOUNDED, 1L));
    }

    @Test
    void aColleagueJoinedByALinkIsCountedUnlessSpeaking() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested a man and his colleague Ahmed Saleh on Monday."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.ARRESTED, 1L), tuple(Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Journalist Karim Atwan was killed, and his colleague said the army fired first."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 1L));
    }

    @Test
    void aYearNoDateReadingTookIsNoCount() {
        assertThat(withDates(Language.EN, "He was arrested in the 2021 crackdown along with 40 others."))
                .extracting(c -> c.count().value()).containsExactly(40L);
        assertThat(withDates(Language.EN, "Police arrested activist Lina Haddad in mid-2021."))
                .extracting(c -> c.count().value()).containsExactly(1L);
        // with its noun it is a count all the same
        assertThat(withDates(Language.EN, "At least 2021 people were detained."))
                .extracting(c -> c.count().min()).containsExactly(2021L);
        // and a year alone in an aside on a name makes it the person's past
        assertThat(withDates(Language.EN, "Activist Sara Haddad, detained during the 2021 protests, was released.")).isEmpty();
    }

    @Test
    void anArabicTitleOfTwoWordsOrWithANameSetOffByCommasIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتُقل النائب السابق سالم بن يوسف في تونس."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.ARRESTED, 1L, Category.OFFICIALS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "اختُطف رئيس البلدية، محمد الزعبي، مساء الأحد."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KIDNAPPED, 1L, Category.OFFICIALS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "قال رئيس البلدية، محمد الزعبي، إن مسلحين قتلوا شخصين."))
                .extracting(c -> c.count().value()).containsExactly(2L);
    }
}
