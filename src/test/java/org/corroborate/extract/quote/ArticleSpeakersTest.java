package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/** Speakers and speech verbs met in whole articles (K12, K14 of dev11). */
class ArticleSpeakersTest {

    @Test
    void aRankedNameOfFiveWordsAfterATitleIsTheSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "\"The convoy will leave at dawn,\" the brigade's commander, Lieutenant Colonel Samir Adel Younis, told reporters.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("The convoy will leave at dawn");
            assertThat(c.speaker().text()).isEqualTo("Lieutenant Colonel Samir Adel Younis");
        });
    }

    @Test
    void aNameAfterADescriptionAfterTheVerbIsTheSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("\"She never came back from the clinic,\" said her cousin, Nadia Rahim.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Nadia Rahim"));
        assertThat(QuoteFinderTest.EN.find("\"The road is open,\" said the mayor, who visited the site."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the mayor"));
    }

    @Test
    void accusedOfAQuotationIsSpeechButAccusedOfAnActIsNot() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The union said its members \"will not return\" and accused the company of \"lying to the workers for months.\"");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("will not return", "lying to the workers for months");
        assertThat(claims).allSatisfy(c -> assertThat(c.speaker().text()).isEqualTo("The union"));
        assertThat(QuoteFinderTest.EN.find("Three guards accused of taking bribes at the gate known as \"the eye\" were dismissed."))
                .isEmpty();
    }

    @Test
    void rawaAndZaamaReportWhatWasSaid() {
        List<QuoteClaim> recounted = QuoteFinderTest.AR.find("وروى صاحب المخبز أن الجنود أغلقوا الشارع قبل الفجر.");
        assertThat(recounted).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("الجنود أغلقوا الشارع قبل الفجر");
            assertThat(c.speaker().text()).isEqualTo("صاحب المخبز");
        });
        List<QuoteClaim> claimed = QuoteFinderTest.AR.find("وأصدرت حركة التحرير بياناً، زاعمة أن عناصرها «دمروا ثلاث آليات».");
        assertThat(claimed).filteredOn(QuoteClaim::direct).singleElement()
                .satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("دمروا ثلاث آليات");
                    assertThat(c.speaker().text()).isEqualTo("حركة التحرير");
                });
        assertThat(QuoteFinderTest.AR.find("ويروي المسلسل، ومدته ثلاثون حلقة، حكاية ما يسمى بـ«جيل الحرب» في المدينة.")).isEmpty();
    }

    @Test
    void aNameBeforeItsDescriptionStaysTheSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وروى سمير داود، جار إحدى العائلات، أنه رأى الدخان من نافذته.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("رأى الدخان من نافذته");
            assertThat(c.speaker().text()).isEqualTo("سمير داود");
        });
    }

    @Test
    void aParticipleOfThreatCarriesTheSubjectsWords() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وقال المحافظ إن «الأسواق ستفتح غداً»، متوعداً المحتكرين بـ«عقوبات رادعة».");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(QuoteClaim::quote)
                .containsExactly("الأسواق ستفتح غداً", "عقوبات رادعة");
        assertThat(claims).allSatisfy(c -> assertThat(c.speaker().text()).isEqualTo("المحافظ"));
    }

    @Test
    void aOneWordNameInMarksAfterABodyIsNoQuotation() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وارتفع عدد الضحايا إلى تسعة، بحسب ما نقلته وكالة الأنباء الليبية «وال» الرسمية عن مسؤول في البلدية.");
        assertThat(claims).noneMatch(c -> c.quote().equals("وال"));
    }

    @Test
    void aParagraphThatIsOnlyAQuotationGoesOnWithTheLastSpeaker() {
        List<QuoteClaim> en = QuoteFinderTest.EN.find("Farida Noori, a teacher, said the school had no roof left."
                + " \"We teach in the yard now,\" she said.\n\n\"The children bring their own mats.\"");
        assertThat(en).filteredOn(QuoteClaim::direct).extracting(QuoteClaim::quote)
                .containsExactly("We teach in the yard now", "The children bring their own mats");
        assertThat(en).allSatisfy(c -> assertThat(c.speaker().text()).isEqualTo("Farida Noori"));
        List<QuoteClaim> ar = QuoteFinderTest.AR.find("وقال المزارع سالم خليل: «خسرنا الموسم كله».\n\n«لم يبق لنا شيء. حتى البذور جرفها الماء».");
        assertThat(ar).extracting(QuoteClaim::quote).hasSize(2);
        assertThat(ar).allSatisfy(c -> assertThat(c.speaker().text()).isEqualTo("المزارع سالم خليل"));
    }

    @Test
    void aQuotationParagraphAfterAnAttributedOneNeedsToBeOnlyAQuotation() {
        List<QuoteClaim> en = QuoteFinderTest.EN.find("\"We teach in the yard now,\" said Farida Noori.\n\n"
                + "\"Nobody came,\" a parent complained, and left.");
        assertThat(en).filteredOn(c -> c.quote().equals("Nobody came")).allSatisfy(c -> assertThat(c.speaker().text()).isNotEqualTo("Farida Noori"));
        assertThat(QuoteFinder.quotationOnly("a.\n\n\"One,\" he said. \"Two.\"", 5)).isFalse();
        assertThat(QuoteFinder.quotationOnly("a.\n\n“One. Two.”", 5)).isTrue();
    }

    @Test
    void anArabicClauseRunningIntoAQuotationIsMixedSpeech() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأوضح المحافظ أن فرق الصيانة وجدت «أضراراً جسيمة» في شبكة الكهرباء.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("أضراراً جسيمة");
    }

    @Test
    void estimatesOfABodyAreTheBodysWord() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأتلفت الأمطار نحو 500 هكتار من القمح، بحسب تقديرات أولية لوزارة الزراعة في المحافظة.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزارة الزراعة في المحافظة"));
    }

    @Test
    void aParticipleWithNoSpeakerYetTakesTheSubjectOfTheOpeningVerb() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وأعلنت مديرية الأمن العام إغلاق المعبر الحدودي، مشيرة إلى أن التحقيق ما زال جارياً.");
        // the announced closure is a quote of its own (an announced decision's noun, blind8 #26)
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("إغلاق المعبر الحدودي", "التحقيق ما زال جارياً");
        assertThat(claims).allSatisfy(c -> assertThat(c.speaker().text()).isEqualTo("مديرية الأمن العام"));
    }

    @Test
    void aNameInMarksBeforeAParticipleIsNoSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وتبنت حركة التحرير الهجوم في بيان نشرته قناة «الفجر» التابعة لها، زاعمة أن عناصرها «أسروا جنديين».");
        assertThat(claims).filteredOn(QuoteClaim::direct).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("أسروا جنديين");
            assertThat(c.speaker().text()).startsWith("حركة التحرير");
        });
    }

    @Test
    void whatAnOfficialIsInChargeOfIsPartOfTheTitle() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وقال الوزير المكلف بالنقل سمير الهادي، في تصريح للإذاعة، إن القطارات ستعود إلى العمل الأسبوع المقبل.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("القطارات ستعود إلى العمل الأسبوع المقبل");
            assertThat(c.speaker().text()).isEqualTo("الوزير المكلف بالنقل سمير الهادي");
        });
    }
}
