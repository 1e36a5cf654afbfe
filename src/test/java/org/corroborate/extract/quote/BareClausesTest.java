package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/** Reported clauses without a complementizer, and attributions that close a clause before another. */
class BareClausesTest {

    @Test
    void aTimeBetweenSaidAndItsClauseIsPassedOver() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Syria's transitional government said on Monday it would hold a national dialogue conference.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("it would hold a national dialogue conference");
    }

    @Test
    void aTimeOpenedByLastBetweenSaidAndItsClauseIsPassedOver() {
        // rule 25 of dev: the clause after the verb is the quote; "last Thursday" is when it was said (dev13-en-029)
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("The mayor said last Thursday the bridge would reopen before the winter.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("the bridge would reopen before the winter");
            assertThat(c.speaker().text()).isEqualTo("The mayor");
        });
    }

    @Test
    void aShortObjectClosedByCommaAndIsNoStatement() {
        // rule 25 of dev: reported speech is a clause; "record sales" is what the shops reported, not a statement
        assertThat(QuoteFinderTest.EN.find("Bookshops in the old town reported record sales, and the library stayed open late.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The council said the bridge was closed, and buses would run instead."))
                .extracting(QuoteClaim::quote).containsExactly("the bridge was closed, and buses would run instead");
    }

    @Test
    void aVerbThatTakesAnObjectReportsNoBareClause() {
        assertThat(QuoteFinderTest.EN.find("The Senate confirmed the new ambassador to Iraq on Dec. 13.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The army announced a curfew in the city.")).isEmpty();
    }

    @Test
    void describingWithoutAsNamesAnObjectNotAStatement() {
        assertThat(QuoteFinderTest.EN.find("Rescuers described the damage in the old quarter.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Survivors described how the water rose within minutes.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Rescuers described the damage in the old quarter as the worst they had seen."))
                .extracting(QuoteClaim::quote).containsExactly("the damage in the old quarter as the worst they had seen");
    }

    @Test
    void anOrderToThoseToldIsNoStatement() {
        assertThat(QuoteFinderTest.EN.find("Soldiers told shopkeepers in the old market to close by noon.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The governor told the newspaper she would stand again next year."))
                .extracting(QuoteClaim::quote).containsExactly("the newspaper she would stand again next year");
    }

    @Test
    void aKnownAddresseeIsNoPartOfWhatWasTold() {
        assertThat(QuoteFinderTest.EN.find("The mayor told reporters on Sunday the bridge would reopen within a week."))
                .extracting(QuoteClaim::quote).containsExactly("the bridge would reopen within a week");
        assertThat(QuoteFinderTest.EN.find("A senior commander told the BBC his troops had withdrawn overnight."))
                .extracting(QuoteClaim::quote).containsExactly("his troops had withdrawn overnight");
    }

    @Test
    void aPassiveSpeechVerbHasNoSpeakerInItsSubject() {
        assertThat(QuoteFinderTest.EN.find("It is said that the mosque was first built of mud brick.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Shopkeepers were told that the market would be demolished.")).isEmpty();
    }

    @Test
    void anAuxiliaryOrATimeBeforeTheVerbIsNoPartOfTheSpeaker() {
        assertThat(QuoteFinderTest.EN.find("The coach has said the team would travel on Friday."))
                .extracting(c -> c.speaker().text()).containsExactly("The coach");
        assertThat(QuoteFinderTest.EN.find("Flood officials on Sunday said the dam was holding."))
                .extracting(c -> c.speaker().text()).containsExactly("Flood officials");
    }

    @Test
    void aClauseFinalAttributionBeforeAnotherClauseAfterAnd() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Fighting could displace 500,000 more people, the U.N. refugee agency warned,"
                + " and aid groups said they could feed only a third of them.");
        assertThat(claims).extracting(QuoteClaim::quote)
                .containsExactly("Fighting could displace 500,000 more people", "they could feed only a third of them");
        assertThat(claims.get(0).speaker().text()).isEqualTo("the U.N. refugee agency");
        assertThat(claims.get(1).speaker().text()).isEqualTo("aid groups");
    }

    @Test
    void anArabicComplementizerAfterALongerDescribedObjectOrSetting() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("شدد رئيس الحكومة في كلمة ألقاها أمام السلك الدبلوماسي على أن قرار الحرب بيد الدولة.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("قرار الحرب بيد الدولة");
        // another speech verb in between: the complementizer is that verb's
        assertThat(QuoteFinderTest.AR.find("قال الوزير في مقابلة مع القناة التي أكدت مصادرها أمس أن الحدود مغلقة."))
                .extracting(c -> c.speaker().text()).doesNotContain("الوزير");
    }

    @Test
    void twoWordsLeadingIntoAQuotationAreNoStatementOfTheirOwn() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Two aid workers are still being held, their organisation said on Saturday,"
                + " adding that it was \"in contact with all relevant parties.\"");
        assertThat(claims).extracting(QuoteClaim::quote).doesNotContain("it was");
        assertThat(claims).extracting(QuoteClaim::quote).contains("in contact with all relevant parties");
    }

    @Test
    void calledWithAQuotedWordIsTheSpeakersNotTheFirstVerbs() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Syria's interior minister described the riots as a plot,"
                + " while community leaders in the city called the accusations “baseless”.");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(c -> c.speaker().text())
                .containsExactly("community leaders in the city");
        assertThat(claims).filteredOn(c -> !c.direct()).extracting(c -> c.speaker().text())
                .containsExactly("Syria's interior minister");
    }

    @Test
    void aSecondDescribingVerbWithOnlyItsObjectKeepsTheSpeakerBefore() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("اعتبر الاتحاد العام التونسي أن الزيادات تمثل ضربة للقدرة الشرائية،"
                + " ووصف الحكومة بأنها عاجزة عن إدارة الأزمة.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("الاتحاد العام التونسي");
        // the first describing verb of a sentence still names its speaker after it
        claims = QuoteFinderTest.AR.find("ووصف الوزير الهجوم بأنه عمل جبان وغادر.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("الوزير");
    }
}
