package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Arabic: a body's name in marks closing the speaker's title, then the person's name set off by commas ("وقال رئيس
 * رابطة «الصحفيين المستقلين»، كريم منصور، إن «…»"): the marks are part of the title, no quotation; the name speaks and
 * the quote is what follows the complementizer or the colon (rule 24, rule 26 of dev).
 */
class BodyNamesInMarksBeforeANameTest {

    @Test
    void aUnionsNameInMarksBeforeTheNameIsNoQuote() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وقال رئيس رابطة \"الصحفيين المستقلين\"، كريم منصور، إن \"الرقابة على الصحف بلغت مستوى غير مسبوق\".");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("الرقابة على الصحف بلغت مستوى غير مسبوق");
            assertThat(c.speaker().text()).isEqualTo("كريم منصور");
        });
    }

    @Test
    void aClubsNameInGuillemetsBeforeTheNameAndAColon() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وقالت رئيسة نادي «الشباب» الرياضي، هالة يوسف، للصحفيين: «سنطعن في قرار الاتحاد أمام المحكمة الرياضية».");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("سنطعن في قرار الاتحاد أمام المحكمة الرياضية");
            assertThat(c.speaker().text()).isEqualTo("هالة يوسف");
            assertThat(c.direct()).isTrue();
        });
    }

    @Test
    void aNameInMarksAfterAnUnlistedNounBeforeTheNameIsNoQuoteEither() {
        // بلدية is no name head: the comma and the name after the marks still show them part of the title
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وقال رئيس بلدية «الرمال»، فادي شحادة، إن «السيول جرفت عشرات السيارات».");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("السيول جرفت عشرات السيارات");
            assertThat(c.speaker().text()).isEqualTo("فادي شحادة");
        });
    }

    @Test
    void aQuotedWordInsideWhatWasSaidStaysAQuotation() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقال الوزير إن «الإصلاحات»، التي أقرها البرلمان، ستدخل حيز التنفيذ.");
        assertThat(claims).extracting(QuoteClaim::quote).contains("الإصلاحات");
    }

    @Test
    void anEnglishPartyNameInMarksBeforeTheName() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The leader of the \"New Dawn\" movement, Karin Holm, said the budget was \"a gift to the banks\".");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("a gift to the banks");
            assertThat(c.speaker().text()).isEqualTo("Karin Holm");
        });
    }
}
