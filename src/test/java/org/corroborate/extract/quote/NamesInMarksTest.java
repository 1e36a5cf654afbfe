package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/** Marks around the name of a speaker (حركة «حماس»، وكالة «سانا») are no quotation, and hide no statement. */
class NamesInMarksTest {

    @Test
    void aBodysNameInMarksIsPartOfTheSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقالت جماعة «أنصار الله» في بيان إن الهدنة ما زالت صامدة.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("الهدنة ما زالت صامدة");
            assertThat(c.speaker().text()).isEqualTo("جماعة «أنصار الله»");
            assertThat(c.direct()).isFalse();
        });
    }

    @Test
    void aMediumsNameInMarksBeforeAColonAndAQuotationIsNoQuotation() {
        // N12 of dev13, rule 24 of dev: «تلغرام» names where the words were written; the quotation after the colon is the quote
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وكتبت النائبة سلمى حداد عبر «تلغرام»: «لن نصوت على الموازنة بصيغتها الحالية».");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("لن نصوت على الموازنة بصيغتها الحالية");
            assertThat(c.speaker().text()).isEqualTo("النائبة سلمى حداد");
            assertThat(c.direct()).isTrue();
        });
    }

    @Test
    void aShortQuotationBeforeAColonWithNoSpeechVerbIsStillOne() {
        // a quotation of its own with no verb before it is not a name: «الوضع صعب»: … keeps its words
        assertThat(QuoteFinderTest.AR.find("«الوضع صعب»: هكذا وصف المحافظ الأمر، وقال: «نحتاج إلى مساعدة عاجلة».")
                .stream().map(QuoteClaim::quote)).contains("نحتاج إلى مساعدة عاجلة");
    }

    @Test
    void aNameInMarksAfterALinkIsTheSpeakersToo() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأوضح المتحدث باسم «الهلال الأحمر» أن القافلة عبرت المعبر ظهراً.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("القافلة عبرت المعبر ظهراً");
            assertThat(c.speaker().text()).isEqualTo("المتحدث باسم «الهلال الأحمر»");
        });
    }

    @Test
    void aRelayingAgencysNameIsNoQuotation() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("ونقلت وكالة «وفا» عن مسؤول محلي قوله إن الطريق أغلق مجدداً.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("الطريق أغلق مجدداً");
            assertThat(c.speaker().text()).isEqualTo("مسؤول محلي");
        });
    }

    @Test
    void aShortQuotationRightAfterItsSpeakerIsStillOne() {
        // the statement goes on with a verb of its own: «…» is what was said
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقال القائد «لن ننسحب» مشدداً على أن الجنود باقون.");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(QuoteClaim::quote).containsExactly("لن ننسحب");
        assertThat(QuoteFinderTest.AR.find("وقال القائد «لن ننسحب».")).extracting(QuoteClaim::quote).containsExactly("لن ننسحب");
    }

    @Test
    void englishMarksAfterANounStayScareQuotes() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("The so-called \"security belt\" announced by the army drew protests,"
                + " where the posts are known as \"gates\".");
        assertThat(claims).isEmpty();
    }
}
