package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * Attribution shapes a wire desk writes every day, in sentences written for this test (none is taken from a dev
 * set or an article): inverted and split attributions, titles set off by commas, circumstances of the saying, and
 * "said" in uses that report nothing.
 */
class WireAttributionsTest {

    private static List<QuoteClaim> find(String text) {
        return QuoteFinderTest.EN.find(text);
    }

    private static void assertClaim(String text, String quote, String speaker, boolean direct) {
        List<QuoteClaim> claims = find(text);
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly(quote);
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly(speaker);
        assertThat(claims).extracting(QuoteClaim::direct).containsExactly(direct);
    }

    @Test
    void anInvertedVerbTakesTheNameAfterItNotTheTitle() {
        assertClaim("\"The pumps stopped at midnight,\" said Mara Quint, a spokeswoman for the water board.",
                "The pumps stopped at midnight", "Mara Quint", true);
        assertClaim("\"The pumps stopped at midnight,\" said the board's chief engineer, Pavel Orsk.",
                "The pumps stopped at midnight", "Pavel Orsk", true);
    }

    @Test
    void anAbbreviatedTitleIsPartOfTheSpeaker() {
        assertClaim("\"We ran out of insulin on Tuesday,\" said Dr. Ilse Varga, who runs the clinic.",
                "We ran out of insulin on Tuesday", "Dr. Ilse Varga", true);
        assertClaim("\"The pass is open again,\" said Lt. Col. Tarek Mounir, a spokesman for the border guard.",
                "The pass is open again", "Lt. Col. Tarek Mounir", true);
    }

    @Test
    void aTitleAndNameSplitByACommaGiveTheName() {
        assertClaim("The region's governor, Elena Brandt, said the ferries would resume on Monday.",
                "the ferries would resume on Monday", "Elena Brandt", false);
    }

    @Test
    void aPartialQuoteInsideReportedSpeechIsTheQuotedWordsOnly() {
        assertClaim("The mayor said the district was \"cut off from everything\" after the landslide.",
                "cut off from everything", "The mayor", true);
    }

    @Test
    void aStatementFromABodyMakesTheBodyTheSpeaker() {
        assertClaim("The tunnel will stay shut until spring, according to a statement from the highways agency.",
                "The tunnel will stay shut until spring", "the highways agency", false);
    }

    @Test
    void anonymityAfterTheVerbIsHowItWasSaidNotWhat() {
        assertClaim("The shipment was held at the port for a week, a customs official told reporters on condition of anonymity.",
                "The shipment was held at the port for a week", "a customs official", false);
        assertClaim("The shipment was held at the port for a week, a customs official said, asking not to be named.",
                "The shipment was held at the port for a week", "a customs official", false);
    }

    @Test
    void anAsClauseAfterTheVerbIsTheCircumstanceOfTheSaying() {
        assertClaim("The second round will be held on March 8, the election board said on Tuesday as it published the results.",
                "The second round will be held on March 8", "the election board", false);
        assertClaim("Output fell for a third month, the statistics office said while releasing its monthly survey.",
                "Output fell for a third month", "the statistics office", false);
    }

    @Test
    void aParentheticalAttributionLeavesNoFragmentOfTheClause() {
        assertThat(find("The bypass, engineers said, would cost twice the estimate.")).isEmpty();
    }

    @Test
    void aQuotationSplitByTheAttributionIsTwoClaimsOfOneSpeaker() {
        List<QuoteClaim> claims = find("\"We have no fuel,\" Nadia Ferro said, \"and the generator dies every night.\"");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("We have no fuel", "and the generator dies every night");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("Nadia Ferro");
    }

    @Test
    void aQuotationOfTwoSentencesIsOneClaim() {
        assertClaim("\"The roof fell in. We slept in the car,\" said Aurel Dinu, a baker in the town.",
                "The roof fell in. We slept in the car", "Aurel Dinu", true);
    }

    @Test
    void aNestedQuotationLosesTheCommaBeforeItsClosingMarkAsTheOuterOneDoes() {
        assertClaim("\"The officer told us, 'Go home now,'\" said Hana Lutz, a shopkeeper.",
                "The officer told us, 'Go home now'", "Hana Lutz", true);
    }

    @Test
    void postsInterviewsAndWrittenStatementsAreSpeech() {
        assertClaim("\"The count was rigged,\" the opposition leader said in a post on X.",
                "The count was rigged", "the opposition leader", true);
        assertClaim("The opposition leader wrote on Facebook that the count had been rigged.",
                "the count had been rigged", "The opposition leader", false);
        assertClaim("\"We are ready to sign,\" the trade minister said in an interview with the BBC.",
                "We are ready to sign", "the trade minister", true);
    }

    @Test
    void aPassiveAccusationReportsNoStatementOfItsSubject() {
        assertThat(find("The mayor was accused of \"buying votes\" by his rivals.")).isEmpty();
    }

    @Test
    void saidToBeAndIsSaidToHaveReportNoStatement() {
        assertThat(find("The smuggler is said to have crossed the border at night.")).isEmpty();
        assertThat(find("The dam was said to be at risk of collapse.")).isEmpty();
    }

    @Test
    void aVerbOfArrestInAnAsideIsNotWhatTheStatementReports() {
        assertClaim("The two men, detained at the airport on Sunday, will face a judge on Thursday, a police spokesman said.",
                "The two men, detained at the airport on Sunday, will face a judge on Thursday", "a police spokesman", false);
        assertThat(find("Two men were detained at the airport on Sunday, a police spokesman said.")).allMatch(QuoteClaim::sourcing); // a count's sourcing
    }

    @Test
    void aParticipleAfterAnActSpeaksForTheSubjectTheSentenceOpensWith() {
        assertClaim("The rebel alliance claimed the ambush, saying that the convoy had carried weapons.",
                "the convoy had carried weapons", "The rebel alliance", false);
        assertClaim("The finance minister cut the fuel subsidy, saying the budget \"cannot carry it any longer.\"",
                "cannot carry it any longer", "The finance minister", true);
        assertThat(find("That is like saying the river will flow uphill.")).isEmpty();
    }

    @Test
    void aCountInARelativeAsideLeavesTheStatementAQuote() {
        List<QuoteClaim> quotes = ShippedRules.extractor()
                .extract("Police said they were looking for a lorry driver, who is wanted over the killing of three cyclists.",
                        Language.EN, LocalDate.of(2026, 3, 2))
                .stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).toList();
        assertThat(quotes).extracting(QuoteClaim::quote)
                .containsExactly("they were looking for a lorry driver, who is wanted over the killing of three cyclists");
    }

    @Test
    void aNounWarningClosesNoAttribution() {
        assertThat(find("The river broke its banks overnight, and the authorities issued a flood warning.")).isEmpty();
        assertThat(find("Most villages lost power, and engineers want all warning sirens replaced by 2030.")).isEmpty();
    }

    @Test
    void aSubordinatorOpensNoSpeaker() {
        List<QuoteClaim> claims = find("\"The worst is over,\" Mayor Ines Roth said, though she added that the dam was \"still fragile.\"");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("The worst is over", "still fragile");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("Mayor Ines Roth");
    }

    @Test
    void aSloganInARelativeAsideIsNotWhatTheVerbAfterItReports() {
        assertClaim("Nurses, who have marched under the banner \"Safe Wards, Safe Patients,\" said they would strike on Friday.",
                "they would strike on Friday", "Nurses", false);
    }

    @Test
    void anAbbreviatedTitleInAnAppositionIsPartOfTheName() {
        assertClaim("A district health officer, Dr. Omar Farid, said the clinic would reopen on Monday.",
                "the clinic would reopen on Monday", "Dr. Omar Farid", false);
    }

    @Test
    void aSpeechVerbInAClosedRelativeAsideIsNotTheQuotationsVerb() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأضاف المسؤول، الذي طلب عدم ذكر اسمه، أن «الطريق أغلق بالكامل».");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("الطريق أغلق بالكامل");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("المسؤول");
        assertClaim("The raid drew protests from the union, which said \"no worker is safe.\"", "no worker is safe", "the union", true);
    }

    @Test
    void takingAPlaceIsNoArrestButTakingPeopleIs() {
        assertClaim("Rebels captured the town of Goma on Sunday, the group said.",
                "Rebels captured the town of Goma on Sunday", "the group", false);
        assertClaim("Insurgents captured two border posts overnight, a military spokesman said.",
                "Insurgents captured two border posts overnight", "a military spokesman", false);
        assertThat(find("The rebel commander was captured near the border on Sunday, the army said.")).allMatch(QuoteClaim::sourcing); // a count's sourcing
        assertThat(find("Two soldiers were later captured by the rebels, the army said.")).allMatch(QuoteClaim::sourcing); // a count's sourcing
        assertThat(find("Troops captured the rebel commander near the border on Sunday, the army said.")).allMatch(QuoteClaim::sourcing); // a count's sourcing
        assertThat(find("Gunmen abducted a priest on the road to the airport on Sunday, police said.")).allMatch(QuoteClaim::sourcing); // a count's sourcing
    }

    @Test
    void aCommaAfterTheVerbOfARelativeAsideIntroducesItsQuotation() {
        assertClaim("The statement was read by Ali Hassan, who said, \u201cWe will rebuild this mosque.\u201d",
                "We will rebuild this mosque", "Ali Hassan", true);
        assertClaim("The crowd was met by the governor, who told them, \u201cThe road will reopen tomorrow.\u201d",
                "The road will reopen tomorrow", "the governor", true);
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وتلا البيان المحافظ محمود حسن، الذي قال، «سنعيد بناء هذا المسجد».");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("سنعيد بناء هذا المسجد");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("المحافظ محمود حسن");
        claims = QuoteFinderTest.AR.find("وأضاف المسؤول، الذي طلب عدم ذكر اسمه، «الطريق أغلق بالكامل».");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("المسؤول");
    }

    @Test
    void aParticiplesSubjectIsNoTimeAndNoPossessive() {
        assertThat(find("Last week police raided the offices of the newspaper, saying that it had published false reports."))
                .extracting(c -> c.speaker().text()).doesNotContain("Last", "Last week");
        assertThat(find("Kenya's ruling party won the vote on Sunday, saying that turnout was high."))
                .extracting(c -> c.speaker().text()).doesNotContain("Kenya's");
        assertClaim("On Monday, the health ministry closed the market, saying that the outbreak had spread.",
                "the outbreak had spread", "the health ministry", false);
        assertClaim("Hamas rejected the proposal, saying that it did not meet its demands.",
                "it did not meet its demands", "Hamas", false);
    }

    @Test
    void anApostropheInsideAQuotationNestsNothing() {
        assertClaim("\"We don't know where they took him.'\" said Rana Odeh, his sister.",
                "We don't know where they took him.'", "Rana Odeh", true);
        assertClaim("\"The guards told us, 'We don't care.'\" said Rana Odeh, his sister.",
                "The guards told us, 'We don't care'", "Rana Odeh", true);
    }
}
