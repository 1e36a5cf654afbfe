package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Speakers set off from their clause: a relative aside between a speaker and أن, a long "in a
 * statement on …" before "that", a clause opening with a subordinator before "called", a name in
 * marks with its adjective before عن, and opinion-holders who name no one (M5, M6, M8 of dev12).
 */
class AsidesAndOpinionHoldersTest {

    @Test
    void aRelativeAsideWithItsOwnVerbsStaysWithTheSpeaker() {
        // M6 of dev12: "المنظمة، التي طلبت عدم ذكر اسمها" → "المنظمة"; ذكر in the aside is a verbal noun, no speech verb
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وأفادت الجمعية، التي رفضت ذكر أسماء أعضائها، أن القافلة وصلت إلى البلدة قبل حلول الظلام.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("الجمعية");
            assertThat(c.quote()).isEqualTo("القافلة وصلت إلى البلدة قبل حلول الظلام");
        });
    }

    @Test
    void aStatementsMediumMayStandLongBeforeThat() {
        // rule 26: "said in a statement …" names the body; the medium after it is no part of the quote
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The rebel council said in a statement on its official messaging channel that its forces had withdrawn from the bridge.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("The rebel council");
            assertThat(c.quote()).isEqualTo("its forces had withdrawn from the bridge");
        });
    }

    @Test
    void aClauseOpeningWithWhenIsNoSpeakerOfCalled() {
        // M6 of dev12: "…, when it began a campaign called Clean Sweep" names a campaign; nobody speaks
        assertThat(QuoteFinderTest.EN.find("Troops have patrolled the valley since March 2023, when they began a campaign called Clean Sweep."))
                .isEmpty();
    }

    @Test
    void opinionHoldersNamedByNoOneAreNoSpeakers() {
        // rule 3, M8 of dev12: "economists say", "many analysts said" give no quote claim; a named economist does
        assertThat(QuoteFinderTest.EN.find("Fuel prices will rise again before the winter, economists say.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Many analysts said the currency would weaken further.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Fuel prices will rise again before the winter, economist Dana Whitfield said."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("economist Dana Whitfield"));
    }

    @Test
    void aNameInMarksWithAnAdjectiveBeforeAnIsTheRelayingBodys() {
        // M5 of dev12: «…» around a network's name is no quote; the relayed speaker's words are
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "ونقلت إذاعة «صوت الجبل» المحلية عن أحد المزارعين قوله إن المياه «غمرت الحقول كلها خلال ساعة».");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("غمرت الحقول كلها خلال ساعة");
            assertThat(c.speaker().text()).isEqualTo("أحد المزارعين");
            assertThat(c.direct()).isTrue();
        });
    }

    @Test
    void anUnnamedCollectiveSpeaksForItself() {
        // team decision of 2026-12-01: "Aid agencies say …", "Rights groups said …" are quotes with the collective as speaker;
        // ordinary people named by no one still hold a view ("Farmers in the valley say …")
        assertThat(QuoteFinderTest.EN.find("Relief agencies say the convoy has been held at the crossing for nine days."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("Relief agencies");
                    assertThat(c.quote()).isEqualTo("the convoy has been held at the crossing for nine days");
                });
        assertThat(QuoteFinderTest.EN.find("Local rights groups say the detainees were denied access to lawyers."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Local rights groups"));
        assertThat(QuoteFinderTest.AR.find("وتقول منظمات إغاثة إن القافلة عالقة عند المعبر منذ تسعة أيام."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("منظمات إغاثة");
                    assertThat(c.quote()).isEqualTo("القافلة عالقة عند المعبر منذ تسعة أيام");
                });
        assertThat(QuoteFinderTest.EN.find("Farmers in the valley say the rains came a month late this year.")).isEmpty();
    }

    @Test
    void aFrontedPhraseWithAnIndefiniteNounSaysNothing() {
        // blind11 #5's kind: "In a video posted on Sunday, the rebels said …" — the phrase before the comma has no verb
        assertThat(QuoteFinderTest.EN.find("In a video posted online, the rebels said they had taken the airport."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("the rebels");
                    assertThat(c.quote()).isEqualTo("they had taken the airport");
                });
        assertThat(QuoteFinderTest.EN.find("In a message to supporters, the party said it would boycott the vote."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("it would boycott the vote"));
    }

    @Test
    void aStatementsMediumMayStandBeforeABareClause() {
        // rule 26: "said in a statement he would appeal" — the medium is the tag's, the clause without "that" follows it
        assertThat(QuoteFinderTest.EN.find("The club's owner said in a statement he would challenge the ban in court."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The club's owner");
                    assertThat(c.quote()).isEqualTo("he would challenge the ban in court");
                });
        // where the statement was posted is the tag's too, and no clause of what was said
        assertThat(QuoteFinderTest.EN.find("The convoy was stopped at a checkpoint near the river, the agency said in a statement on its website."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("The convoy was stopped at a checkpoint near the river"));
    }

    @Test
    void aVerbInsideAnotherSpeakersClauseHasNoSpeakerOfItsOwn() {
        // "…, the coast guard said, adding that survivors told officers …": "adding that survivors" is no speaker
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "Twelve fishermen were pulled from the water, the navy said, adding that survivors told rescuers the engine had failed.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("the navy");
        assertThat(claims).extracting(QuoteClaim::quote).contains("survivors told rescuers the engine had failed");
    }
}
