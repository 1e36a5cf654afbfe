package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Whom the words were said to, an outlet or a reporter, set off after the speaker («وقال الوزير، لـ"وفا"، إن …») or
 * right after it («لـ«الشرق الأوسط» إن»): neither the speaker nor a quotation, and the statement after it is read.
 */
class AddresseeAsidesTest {

    @Test
    void anOutletInMarksSetOffByCommasIsNoQuotation() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وقال قائد الشرطة في المدينة العميد ماجد الحسن، لـ\"وفا\"، إن دورية اعترضت الشاحنة عند الحاجز الشمالي.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("دورية اعترضت الشاحنة عند الحاجز الشمالي");
            assertThat(c.speaker().text()).isEqualTo("قائد الشرطة في المدينة العميد ماجد الحسن");
            assertThat(c.direct()).isFalse();
        });
    }

    @Test
    void anOutletInMarksRightAfterTheSpeakerEndsIt() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقال مصدر دبلوماسي لـ«الشرق الأوسط» أمس إن جولة المحادثات تأجلت أسبوعاً.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("جولة المحادثات تأجلت أسبوعاً");
            assertThat(c.speaker().text()).isEqualTo("مصدر دبلوماسي");
        });
    }

    @Test
    void aReporterAddressedBetweenCommasIsNoSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأفادت مصادر طبية، لمراسل الوكالة، بأن المستشفى استقبل جثتين فجر اليوم.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("المستشفى استقبل جثتين فجر اليوم");
            assertThat(c.speaker().text()).isEqualTo("مصادر طبية");
        });
        assertThat(QuoteFinderTest.AR.find("وقالت المتحدثة باسم البلدية، لوكالة الأنباء المحلية، إن المياه ستعود مساء اليوم."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("المتحدثة باسم البلدية"));
    }

    @Test
    void wordsInMarksAfterTheLetterThatAreWhatWasSaidStayAQuotation() {
        // «لـ«…»» followed by no complementizer: the words in marks are what was said, a quotation
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأكدت الوزارة في بيان تعرض المحطة لـ«عمل تخريبي»، من دون أن تذكر تفاصيل.");
        assertThat(claims).extracting(QuoteClaim::quote).contains("عمل تخريبي");
    }
    @Test
    void wordsToldInsideAReportedClauseAreOneQuoteOfTheOuterSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The mayor said residents told reporters the river had burst its banks shortly after midnight.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("residents told reporters the river had burst its banks shortly after midnight");
            assertThat(c.speaker().text()).isEqualTo("The mayor");
        });
        // a trailing tag with "told" after a clause of the narrator's: the clause is the quote
        assertThat(QuoteFinderTest.EN.find("The ferry left port without lifejackets, a crew member told reporters."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("a crew member"));
        // told on its own: the words told are the quote
        assertThat(QuoteFinderTest.EN.find("Two witnesses told reporters the gunman fled on foot."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("the gunman fled on foot");
                    assertThat(c.speaker().text()).isEqualTo("Two witnesses");
                });
    }
}
