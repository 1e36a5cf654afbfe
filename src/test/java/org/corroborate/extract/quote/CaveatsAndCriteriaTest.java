package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Words around an attribution that no one said: the reporter's caveat set off after a tag ("…, the army said, a figure
 * that could not be independently verified"; "in a statement that gave no other details"), and "according to"/«بحسب»
 * after a verb of varying, "depending on" a criterion ("وتتفاوت أسعار البخور بحسب اللون والنقاء"), no source.
 */
class CaveatsAndCriteriaTest {

    @Test
    void aCaveatAfterTheTagIsNoQuoteAndTheTagStillSourcesTheClause() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "Air strikes killed 23 fighters near the pass, the coalition said, a toll that could not be confirmed independently.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("the coalition");
            assertThat(c.quote()).isEqualTo("Air strikes killed 23 fighters near the pass");
        });
    }

    @Test
    void aStatementThatGaveNoDetailsIsTheTagsMediumNotASecondQuote() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "Four border guards were wounded in the ambush, the interior ministry said, in a statement that offered no further details.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("Four border guards were wounded in the ambush");
    }

    @Test
    void aStatementNamedBeforeThatStillReportsItsClause() {
        assertThat(QuoteFinderTest.EN.find("The ministry said in a statement that the crossing would reopen on Monday."))
                .extracting(QuoteClaim::quote).containsExactly("the crossing would reopen on Monday");
        assertThat(QuoteFinderTest.EN.find("The ministry said, in a statement, that the crossing would reopen on Monday."))
                .extracting(QuoteClaim::quote).containsExactly("the crossing would reopen on Monday");
    }

    @Test
    void bihasabAfterAVerbOfVaryingIsNoSource() {
        assertThat(QuoteFinderTest.AR.find("وتتفاوت أجور العمال في المزارع بحسب المهارة والخبرة.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("ويختلف موعد وصول الشحنات من ميناء إلى آخر بحسب حالة البحر.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Ticket prices vary according to the route and the time of booking.")).isEmpty();
    }

    @Test
    void bihasabAfterACommaOrAnotherVerbStillNamesItsSource() {
        assertThat(QuoteFinderTest.AR.find("وتتفاوت أجور العمال في المزارع، بحسب نقابة المزارعين.")).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("نقابة المزارعين"));
        assertThat(QuoteFinderTest.AR.find("ارتفعت أسعار الأسمدة بنسبة الثلث بحسب جمعية المزارعين.")).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("جمعية المزارعين"));
    }
}
