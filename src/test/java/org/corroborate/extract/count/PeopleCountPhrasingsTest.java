package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * People counts in the phrasings of the count round on dev24 and on blind7's general kinds: the one who died framed
 * by «فارق … الحياة», feminine duals, wounded people who later died, a measure joined by a hyphen, a cancel before
 * an ordinal, a date range aside between an arrest verb and its count, the attacker's death told twice, a share
 * released later, parts listed after a specifier, a dual with shadda and fatha, and relatives listed after a verb.
 */
class PeopleCountPhrasingsTest {
    /** The count claims of the whole extractor, its date mentions read (a Sunday). */
    private static List<CountClaim> withDates(String text) {
        return ShippedRules.counts(text, Language.AR, LocalDate.of(2026, 5, 10));
    }

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    private static CountClaim withValue(List<CountClaim> claims, long value) {
        return claims.stream().filter(c -> c.count().value() != null && c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + value + " in " + claims));
    }

    @Test
    void theOneWhoDiedBetweenTheVerbAndLifeIsKilled() {
        List<CountClaim> claims = ar("وارتفع عدد الضحايا إلى خمسة، بعدما فارق مسعف الحياة في المستشفى فجر اليوم.");
        assertThat(claims).anyMatch(c -> c.action() == CountClaim.Action.KILLED && Long.valueOf(1).equals(c.count().value())
                && c.subject().category() == CountClaim.Category.OTHER);
        assertThat(ar("وفارقت سيدة الحياة متأثرة بجروحها مساء الثلاثاء.")).extracting(CountClaim::action)
                .containsExactly(CountClaim.Action.KILLED);
        // a margin in a match is no death
        assertThat(ar("تقدم المنتخب بفارق هدفين على منافسه في الشوط الأول.")).isEmpty();
    }

    @Test
    void feminineDualsCountTwoAsPartsOfTheWhole() {
        List<CountClaim> claims = ar("أصيب تسعة أشخاص بينهم ثلاثة أطفال وسيدتان في سقوط قذيفة على سوق الخضار.");
        assertThat(withValue(claims, 2).subject().category()).isEqualTo(CountClaim.Category.WOMEN);
        assertThat(withValue(claims, 2).partOf()).isEqualTo(withValue(claims, 9).id());
        claims = ar("وقالت الوزارة إن ٢٠ شخصاً أصيبوا، من بينهم ممرضتان كانتا في نوبة عمل.");
        assertThat(withValue(claims, 2).subject().category()).isEqualTo(CountClaim.Category.OTHER);
    }

    @Test
    void theMartyrsIncludedAreThePartsOfTheDead() {
        List<CountClaim> claims = ar("وقال الدفاع المدني إن من بين الشهداء ثلاثة أطفال وسيدتين.");
        assertThat(claims).extracting(CountClaim::action).containsOnly(CountClaim.Action.KILLED);
        assertThat(claims).extracting(c -> c.count().value()).containsExactlyInAnyOrder(3L, 2L);
    }

    @Test
    void takenToHospitalAfterTheCountIsWounded() {
        List<CountClaim> claims = ar("وقال مصدر طبي إن تسعة متظاهرين نُقلوا إلى المستشفى إثر المواجهات مع الشرطة.");
        assertThat(withValue(claims, 9).action()).isEqualTo(CountClaim.Action.WOUNDED);
    }

    @Test
    void anArabicDualWithShaddaAndFathaIsTwo() {
        List<CountClaim> claims = ar("وأوضح البيان أن من بين الموقوفين قياديَّين في الجماعة المسلحة.");
        assertThat(withValue(claims, 2).subject().category()).isEqualTo(CountClaim.Category.MILITANTS);
    }

    @Test
    void aRangeOfTwoDatesBetweenCommasDoesNotCutTheArrestFromItsCount() {
        List<CountClaim> claims = withDates("اعتقلت الشرطة، منذ مساء الجمعة وحتى فجر اليوم الأحد، ١٨ شخصاً بينهم امرأتان.");
        assertThat(withValue(claims, 18).action()).isEqualTo(CountClaim.Action.ARRESTED);
        assertThat(withValue(claims, 2).partOf()).isEqualTo(withValue(claims, 18).id());
    }

    @Test
    void aQuantityIsNoEgyptianHundred() {
        List<CountClaim> claims = ar("وقالت الوزارة إن الشرطة ضبطت بحوزة المتهمين مسدسين وكمية من الذخيرة.");
        assertThat(claims).noneMatch(c -> Long.valueOf(100).equals(c.count().value()));
    }

    @Test
    void relativesListedAfterTheVerbAreOneEach() {
        List<CountClaim> claims = ar("وقالت الشرطة إن الرجل أقدم على قتل والده وشقيقه بعد خلاف عائلي.");
        assertThat(claims).hasSize(2).allMatch(c -> Long.valueOf(1).equals(c.count().value()));
        claims = ar("وأسفر الانفجار عن مقتل مزارع وإصابة ابنه بجروح متوسطة.");
        assertThat(claims).extracting(CountClaim::action)
                .containsExactlyInAnyOrder(CountClaim.Action.KILLED, CountClaim.Action.WOUNDED);
    }

    @Test
    void woundedPeopleWhoDiedAreKilled() {
        List<CountClaim> claims = en("Two injured firefighters died in hospital on Tuesday, the fire service said.");
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.KILLED);
        // treated, they stay wounded
        assertThat(en("Five injured miners were treated at the scene.")).extracting(CountClaim::action)
                .containsExactly(CountClaim.Action.WOUNDED);
    }

    @Test
    void theInjuredNamedFirstAreParts() {
        List<CountClaim> claims = en("A truck ploughed into a crowd, injuring 14 people. Among the injured were two nurses and a teacher.");
        assertThat(claims).extracting(CountClaim::action).containsOnly(CountClaim.Action.WOUNDED);
        assertThat(withValue(claims, 2).partOf()).isEqualTo(withValue(claims, 14).id());
        assertThat(withValue(claims, 1).subject().category()).isEqualTo(CountClaim.Category.OTHER);
    }

    @Test
    void aMeasureJoinedByAHyphenCountsNoOne() {
        List<CountClaim> claims = en("During a nine-hour standoff soldiers killed three gunmen.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(3L);
        assertThat(en("A two-week offensive killed at least 40 fighters.")).extracting(c -> c.count().min()).containsExactly(40L);
        // a bare unit after the verb still leaves the count alone
        assertThat(en("Three died within the hour, a medic said.")).extracting(c -> c.count().value()).containsExactly(3L);
    }

    @Test
    void arrestsAsANounAndQuestioningAsNoArrest() {
        assertThat(withValue(en("Police made 12 arrests after the match."), 12).action()).isEqualTo(CountClaim.Action.ARRESTED);
        List<CountClaim> claims = en("Officers detained three men on Sunday and were questioning a fourth.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(3L);
    }

    @Test
    void aShareOfThoseDetainedReleasedLaterIsNoArrest() {
        List<CountClaim> claims = en("Police detained 60 fans. A spokesman said 25 of those detained had been released.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(60L);
    }

    @Test
    void theAttackersOwnDeathIsOneClaimThoughToldTwice() {
        List<CountClaim> claims = en("A gunman shot dead three people at a bus stop before turning the gun on himself. "
                + "The attacker, a 40-year-old local man, died at the scene.");
        assertThat(claims).filteredOn(c -> c.subject().category() == CountClaim.Category.ATTACKER).hasSize(1);
        assertThat(withValue(claims, 3).action()).isEqualTo(CountClaim.Action.KILLED);
    }

    @Test
    void aPartListedAfterASpecifierIsAPartToo() {
        List<CountClaim> claims = en("Eleven people were killed, including four members of the security forces and a nurse.");
        assertThat(withValue(claims, 1).partOf()).isEqualTo(withValue(claims, 11).id());
        assertThat(withValue(claims, 4).partOf()).isEqualTo(withValue(claims, 11).id());
    }

    @Test
    void trappedAndDisplacedPhrasings() {
        assertThat(withValue(en("Rescuers said eight miners were believed to be trapped in the shaft."), 8).action())
                .isEqualTo(CountClaim.Action.MISSING);
        assertThat(withValue(en("The floods left 3,500 people unable to return to their homes."), 3500).action())
                .isEqualTo(CountClaim.Action.DISPLACED);
        assertThat(withValue(en("The agency runs a camp for 12,000 displaced people near the border."), 12000).action())
                .isEqualTo(CountClaim.Action.DISPLACED);
    }

    @Test
    void aCommittalToPrisonIsAnArrest() {
        List<CountClaim> claims = ar("وأمرت المحكمة بإيداع ثلاثة ناشطين شاركوا في الاحتجاجات السجن المركزي.");
        assertThat(withValue(claims, 3).action()).isEqualTo(CountClaim.Action.ARRESTED);
        assertThat(ar("وأعلنت الشركة إيداع خمسة ملايين دينار في المصرف.")).isEmpty();
    }

    @Test
    void aDefiniteOneInReportedWordsIsHeldOnceOnly() {
        List<CountClaim> claims = ShippedRules.counts("His family said the engineer had been taken into custody at a checkpoint.",
                Language.EN, LocalDate.of(2026, 5, 10));
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.ARRESTED);
        claims = ShippedRules.counts("Police arrested an engineer on Monday. His lawyer said the engineer had been detained without a warrant.",
                Language.EN, LocalDate.of(2026, 5, 10));
        assertThat(claims).hasSize(1);
        assertThat(en("The minister said the doctor was a hero.")).isEmpty();
    }

    @Test
    void aTollEndsWhereAClauseOfItsOwnBegins() {
        List<CountClaim> claims = ar("وارتفع عدد الضحايا إلى ستة بعدما فارق طفل الحياة في المستشفى.");
        assertThat(withValue(claims, 6).subject().category()).isEqualTo(CountClaim.Category.PEOPLE);
        assertThat(withValue(claims, 1).subject().category()).isEqualTo(CountClaim.Category.CHILDREN);
    }

    @Test
    void theCaptivesStillHeldIncludeAVaguePart() {
        List<CountClaim> claims = en("Bandits took dozens of villagers on Monday. Those still held include several women, a chief said.");
        assertThat(claims).anyMatch(c -> c.action() == CountClaim.Action.KIDNAPPED && c.subject().category() == CountClaim.Category.WOMEN
                && Long.valueOf(3).equals(c.count().min()));
    }

    @Test
    void aLongRelativeClauseDoesNotPutTheVerbOutOfReach() {
        List<CountClaim> claims = en("Six fishermen who sailed out of the harbour on Sunday are unaccounted for.");
        assertThat(withValue(claims, 6).action()).isEqualTo(CountClaim.Action.MISSING);
    }

    @Test
    void aCoupleAndTheirChildAreTwoClaims() {
        List<CountClaim> claims = en("An air strike killed a couple and their daughter in the town.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactlyInAnyOrder(2L, 1L);
    }

    @Test
    void anAgeBetweenTheCountAndItsNounLeavesTheCount() {
        List<CountClaim> claims = en("The shell killed nine people, among them three 14-year-old pupils.");
        assertThat(withValue(claims, 3).subject().category()).isEqualTo(CountClaim.Category.CHILDREN);
        assertThat(withValue(claims, 3).partOf()).isEqualTo(withValue(claims, 9).id());
    }
}
