package org.corroborate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.verify.Fixtures.NOV_2;
import static org.corroborate.verify.Fixtures.about;
import static org.corroborate.verify.Fixtures.atLeast;
import static org.corroborate.verify.Fixtures.check;
import static org.corroborate.verify.Fixtures.count;
import static org.corroborate.verify.Fixtures.english;
import static org.corroborate.verify.Fixtures.exactly;
import static org.corroborate.verify.Fixtures.hit;
import static org.corroborate.verify.Fixtures.killed;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Category;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

class CountAgreementTest {

    @Test
    void atLeastFourteenAgreesWithSeventeen() {
        ClaimCheck result = check(killed(atLeast(14)), english(NOV_2), hit("r1", "Wire A", NOV_2, killed(exactly(17))));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(result.evidence()).singleElement().satisfies(e -> assertThat(e.agrees()).isTrue());
        assertThat(result.agreeCount()).isEqualTo(1);
    }

    @Test
    void nineDisagreesWithAtLeastEleven() {
        ClaimCheck result = check(killed(exactly(9)), english(NOV_2), hit("r1", "Wire A", NOV_2, killed(atLeast(11))));

        assertThat(result.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(result.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.COUNT_MISMATCH);
            assertThat(f.evidence()).containsExactly("r1");
            assertThat(f.message()).isEqualTo("Wire A (2026-11-02): at least 11 killed; this article: 9 killed");
        });
    }

    @Test
    void aboutFiftyThreeHundredAgreesWithSomeFiveThousand() {
        CountClaim mine = count(Action.DISPLACED, about(5300), Category.PEOPLE);

        ClaimCheck result = check(mine, english(NOV_2),
                hit("r1", "Wire A", NOV_2, count(Action.DISPLACED, about(5000), Category.PEOPLE)));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void approximateIsTenPerCentEachWay() {
        assertThat(Interval.of(about(30), 0.1)).isEqualTo(new Interval(27, 33));
        assertThat(Interval.of(exactly(9), 0.1)).isEqualTo(new Interval(9, 9));
        assertThat(Interval.of(atLeast(11), 0.1)).isEqualTo(new Interval(11, Interval.UNBOUNDED));
    }

    @Test
    void nearlyThirtyIsTwentySevenToThirty() {
        assertThat(Interval.of(new CountClaim.Count(30L, null, 30L, true), 0.1)).isEqualTo(new Interval(27, 30));
    }

    @Test
    void anotherActionIsNeverCompared() {
        ClaimCheck result = check(killed(exactly(6)), english(NOV_2),
                hit("r1", "Wire A", NOV_2, count(Action.WOUNDED, exactly(43), Category.PEOPLE)));

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(result.evidence()).isEmpty();
    }

    @Test
    void partIsNeverComparedWithWhole() {
        CountClaim children = count(Action.KILLED, exactly(3), Category.CHILDREN).partOf("c0");

        ClaimCheck part = check(children, english(NOV_2), hit("r1", "Wire A", NOV_2, killed(exactly(9))));
        ClaimCheck whole = check(killed(exactly(9)), english(NOV_2), hit("r1", "Wire A", NOV_2,
                count(Action.KILLED, exactly(3), Category.CHILDREN).partOf("c0")));

        assertThat(part.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(whole.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void partIsComparedOnlyWithPartsOfTheSameCategory() {
        CountClaim fiveChildren = count(Action.KILLED, exactly(5), Category.CHILDREN).partOf("c0");

        ClaimCheck result = check(fiveChildren, english(NOV_2),
                hit("r1", "Wire A", NOV_2, count(Action.KILLED, exactly(3), Category.CHILDREN).partOf("c1")),
                hit("r2", "Wire B", NOV_2, count(Action.KILLED, exactly(5), Category.WOMEN).partOf("c1")));

        assertThat(result.flags()).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("r1"));
    }

    @Test
    void tollThatRoseAfterPublicationIsATimelineNotAFlag() {
        ClaimCheck result = check(killed(exactly(11)), english(NOV_2),
                hit("r1", "Wire A", NOV_2, killed(atLeast(11))),
                hit("r2", "Wire B", NOV_2.plusDays(1), killed(exactly(14))),
                hit("r3", "Wire C", NOV_2.plusDays(2), killed(exactly(14))));

        assertThat(result.flags()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(result.timeline()).extracting(TimelineEntry::reportId).containsExactly("r2", "r3");
        assertThat(result.disagreeCount()).isZero();
    }

    @Test
    void lowerTollPublishedBeforeTheArticleIsStillAMismatch() {
        ClaimCheck result = check(killed(exactly(14)), english(NOV_2.plusDays(1)),
                hit("r1", "Wire A", NOV_2, killed(exactly(11))));

        assertThat(result.flags()).extracting(Flag::kind).containsExactly(FlagKind.COUNT_MISMATCH);
        assertThat(result.timeline()).isEmpty();
    }

    @Test
    void oneOutlierAmongAgreeingSourcesRaisesNoFlag() {
        ClaimCheck result = check(killed(exactly(7)), english(NOV_2),
                hit("r1", "Wire A", NOV_2, killed(exactly(7))),
                hit("r2", "Wire B", NOV_2, killed(exactly(7))),
                hit("r3", "Wire C", NOV_2, killed(exactly(12))));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(result.flags()).isEmpty();
        assertThat(result.evidence()).filteredOn(e -> !e.agrees()).extracting(Evidence::reportId).containsExactly("r3");
        assertThat(result.agreeCount()).isEqualTo(2);
        assertThat(result.disagreeCount()).isEqualTo(1);
    }

    @Test
    void disagreeingSourcesAsManyAsAgreeingOnesRaiseAFlag() {
        ClaimCheck result = check(killed(exactly(12)), english(NOV_2),
                hit("r1", "Wire A", NOV_2, killed(exactly(12))),
                hit("r2", "Wire B", NOV_2, killed(exactly(7))));

        assertThat(result.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(result.flags()).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("r2"));
    }

    @Test
    void severalReportsOfOneOutletAreOneVote() {
        ClaimCheck result = check(killed(exactly(7)), english(NOV_2),
                hit("r1", "Wire A", NOV_2, killed(exactly(7))),
                hit("r2", "Wire A", NOV_2, killed(exactly(7))),
                hit("r3", "Wire B", NOV_2, killed(exactly(12))));

        assertThat(result.agreeCount()).isEqualTo(1);
        assertThat(result.disagreeCount()).isEqualTo(1);
        assertThat(result.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void anOutletThatAlsoHadTheArticlesFigureIsNotEvidenceAgainstIt() {
        ClaimCheck result = check(killed(exactly(7)), english(NOV_2),
                hit("r1", "Wire A", NOV_2, killed(exactly(7))),
                hit("r2", "Wire A", NOV_2, killed(exactly(12))),
                hit("r3", "Wire B", NOV_2, killed(exactly(12))));

        assertThat(result.flags()).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("r3"));
    }

    @Test
    void messageIsInTheArticlesLanguage() {
        ClaimCheck result = check(killed(exactly(12)), new ArticleContext(Language.AR, NOV_2),
                hit("r1", "وكالة الأنباء المشرقية", Language.AR, NOV_2, killed(exactly(9))));

        assertThat(result.flags()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("وكالة الأنباء المشرقية (2026-11-02): القتلى 9؛ هذا المقال: القتلى 12"));
    }

    @Test
    void englishReportsCorroborateAnArabicArticle() {
        ClaimCheck result = check(killed(exactly(9)), new ArticleContext(Language.AR, NOV_2),
                hit("r1", "Wire A", Language.EN, NOV_2, killed(exactly(9))));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(result.evidence()).singleElement().satisfies(e -> assertThat(e.lang()).isEqualTo("en"));
    }

    @Test
    void claimWithoutEvidenceIsUnverified() {
        assertThat(check(killed(exactly(5)), english(NOV_2)).verdict()).isEqualTo(Verdict.UNVERIFIED);
    }
}
