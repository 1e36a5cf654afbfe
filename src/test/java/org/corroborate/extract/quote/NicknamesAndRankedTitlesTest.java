package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Arabic speakers whose name is longer than its words look: a nickname in marks between a first name and the rest of the
 * name is part of the name, not a quotation; and a title in construct with one of the {@code objects} (قائد العملية), then
 * a rank and a name, is one whole speaker, not cut at the genitive nor at the name علي (folded into the preposition على).
 * Sentences of our own.
 */
class NicknamesAndRankedTitlesTest {

    @Test
    void aNicknameInMarksBeforeTheVerbIsPartOfTheName() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("القيادي محمد \"جاكا\" العلي قال إن الفصائل لن تنسحب من مواقعها في الريف الشمالي.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("القيادي محمد \"جاكا\" العلي");
            assertThat(c.quote()).isEqualTo("الفصائل لن تنسحب من مواقعها في الريف الشمالي");
            assertThat(c.direct()).isFalse();
        });
    }

    @Test
    void aNicknameInGuillemetsOfTwoWordsIsPartOfTheName() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("القائد الميداني خالد «أبو عمر» الحلبي قال للصحفيين إن الهدنة صامدة حتى الآن.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("القائد الميداني خالد «أبو عمر» الحلبي"));
    }

    @Test
    void aNicknamedNameInApposition() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقال قائد الفصيل، محمد \"جاكا\" العلي، إن مقاتليه صدوا الهجوم.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("محمد \"جاكا\" العلي");
            assertThat(c.quote()).isEqualTo("مقاتليه صدوا الهجوم");
        });
    }

    @Test
    void wordsInMarksAfterAVerbInsideWhatIsSaidStayAQuotation() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأوضح المهندس أن عمال الشبكة وجدوا «تلفاً كبيراً» في الخطوط الرئيسية.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("تلفاً كبيراً");
    }

    @Test
    void aTitleOfAnOperationThenARankAndANameIsOneSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقال قائد العملية العقيد سامر يوسف إن القوات سيطرت على التلال المحيطة بالبلدة.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("قائد العملية العقيد سامر يوسف");
            assertThat(c.quote()).isEqualTo("القوات سيطرت على التلال المحيطة بالبلدة");
        });
        assertThat(QuoteFinderTest.AR.find("وأكد مسؤول الهجوم المضاد اللواء نبيل حداد أن الجسر أصبح آمناً."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("مسؤول الهجوم المضاد اللواء نبيل حداد"));
    }

    @Test
    void theNameAliAfterARankIsNotThePreposition() {
        // normalised, علي is written as the preposition على: after a rank it is the name, and the chain runs on
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأكد قائد شرطة المحافظة اللواء علي حسن أن الطريق الدولي أعيد فتحه.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("قائد شرطة المحافظة اللواء علي حسن"));
        // after a speaker's title, علي written loosely for على opens the occasion, no name
        assertThat(QuoteFinderTest.AR.find("وقال المحافظ علي هامش المؤتمر إن المشروع سينجز قبل الصيف."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("المحافظ"));
    }

    @Test
    void theVerbsObjectAfterACompleteSubjectStillEndsTheName() {
        // "وزير الخارجية" is complete: الهجوم after it is the object of أدان, not a genitive of the title
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأدان وزير الخارجية الهجوم، وقال إنه عمل جبان لن يمر دون عقاب.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزير الخارجية"));
    }
}
