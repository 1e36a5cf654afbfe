package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Single quotation marks (‘…’ and straight '…', as British-style outlets write quotations) enclose
 * a direct quotation like “…” does; the same marks as apostrophes (it's, the officials' cars) do not.
 */
class SingleQuotationMarksTest {

    @Test
    void straightSingleMarksEncloseADirectQuotation() {
        assertThat(QuoteFinderTest.EN.find("'Our forces will pursue the attackers wherever they hide,' the ministry said in a statement."))
                .extracting(QuoteClaim::quote, c -> c.speaker().text(), QuoteClaim::direct)
                .containsExactly(tuple("Our forces will pursue the attackers wherever they hide", "the ministry", true));
    }

    @Test
    void curlySingleMarksEncloseADirectQuotation() {
        assertThat(QuoteFinderTest.EN.find("‘We will not leave anyone under the rubble,’ the governor told reporters on Monday."))
                .extracting(QuoteClaim::quote, c -> c.speaker().text(), QuoteClaim::direct)
                .containsExactly(tuple("We will not leave anyone under the rubble", "the governor", true));
    }

    @Test
    void anApostropheInsideTheQuotationDoesNotCloseIt() {
        assertThat(QuoteFinderTest.EN.find("'It's over, and the town's people can go home,' said Ahmed Saleh, a resident."))
                .extracting(QuoteClaim::quote, QuoteClaim::direct)
                .containsExactly(tuple("It's over, and the town's people can go home", true));
    }

    @Test
    void aPluralPossessiveIsNoQuotationMark() {
        assertThat(QuoteFinderTest.EN.find("The officials' cars were burned, police said."))
                .extracting(QuoteClaim::quote, QuoteClaim::direct)
                .containsExactly(tuple("The officials' cars were burned", false));
    }
}
