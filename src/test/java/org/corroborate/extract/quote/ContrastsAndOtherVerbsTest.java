package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Words that look like a statement's and are none (q15, after an adjudication of a held-out set): the "أن" of "غير أن"
 * / "إلا أن" (however) after a speech verb's object opens a clause of its own, not the verb's reported words; "added
 * to" (increased) is no speech verb, and the "that" after its object is the object's.
 */
class ContrastsAndOtherVerbsTest {

    @Test
    void howeverIsNoComplementizerOfTheVerbBeforeIt() {
        assertThat(QuoteFinderTest.AR.find("وأكد رئيس الوزراء التزام حكومته بخطة الإصلاح، غير أن النقابات رفضت المشاركة في الحوار."))
                .isEmpty();
        // the announced decision is the ministry's (blind8 #26); the contrast after it is no part of it
        assertThat(QuoteFinderTest.AR.find("وأعلنت الوزارة استئناف الرحلات الجوية، إلا أن شركات الطيران أرجأت رحلاتها إلى الأسبوع المقبل."))
                .extracting(QuoteClaim::quote).containsExactly("استئناف الرحلات الجوية");
    }

    @Test
    void howeverInsideReportedWordsStaysInThem() {
        assertThat(QuoteFinderTest.AR.find("وقال الوزير إن المحادثات مستمرة، غير أن الخلافات ما زالت قائمة."))
                .singleElement().satisfies(c -> assertThat(c.quote()).startsWith("المحادثات مستمرة"));
    }

    @Test
    void addedToIsNoSpeech() {
        assertThat(QuoteFinderTest.EN.find("The sharp rise in fuel prices added to fears that inflation would return.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The bank raised rates again, adding to concerns that growth would stall.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The spokesman added that talks would resume on Monday."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The spokesman"));
    }

    @Test
    void theObjectOfACallIsNoPartOfItsSpeaker() {
        assertThat(QuoteFinderTest.AR.find("ودعا محافظ نينوى السكان إلى البقاء في منازلهم، مؤكداً أن فرق الإنقاذ تعمل على مدار الساعة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("محافظ نينوى"));
        assertThat(QuoteFinderTest.AR.find("وطالبت نقابة الأطباء الحكومة بصرف المستحقات، مشيرة إلى أن الأطباء لم يتقاضوا رواتبهم منذ أشهر."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("نقابة الأطباء"));
    }

    @Test
    void aGenitiveAfterAConstructHeadStaysInTheSpeaker() {
        assertThat(QuoteFinderTest.AR.find("ودعا رئيس الحكومة المواطنين إلى الصبر، مؤكداً أن الأزمة ستنتهي قريباً."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("رئيس الحكومة"));
    }

    @Test
    void quotedWordsAfterAPledgeAreThePledgers() {
        assertThat(QuoteFinderTest.EN.find("The governor pledged to \"rebuild every bridge washed away by the floods\"."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The governor");
                    assertThat(c.quote()).isEqualTo("rebuild every bridge washed away by the floods");
                    assertThat(c.direct()).isTrue();
                });
        assertThat(QuoteFinderTest.EN.find("The governor pledged to rebuild every bridge washed away by the floods.")).isEmpty();
    }

    @Test
    void aNecessityAfterAConfirmingVerbIsWhatWasSaid() {
        // necessity_nouns: «أكدت … ضرورة …» states that something must be done, a quote; a decision's noun after أكد is none
        assertThat(QuoteFinderTest.AR.find("وأكدت مديرية التربية في بيان ضرورة إخلاء المدارس القريبة من مجرى الوادي."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("مديرية التربية");
                    assertThat(c.quote()).isEqualTo("ضرورة إخلاء المدارس القريبة من مجرى الوادي");
                    assertThat(c.direct()).isFalse();
                });
        assertThat(QuoteFinderTest.AR.find("وأكد وزير الزراعة، اليوم الأحد، ضرورة ترشيد استهلاك المياه خلال أشهر الصيف."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزير الزراعة"));
        assertThat(QuoteFinderTest.AR.find("وأكد الرئيس دعم بلاده للمبادرة الأفريقية.")).isEmpty();
    }

    @Test
    void aCoordinatedConfirmingVerbWithAVerbalNounSpeaksForTheOpeningSubject() {
        // "…، وأكدت انتظام …": the subject dropped after a comma, as after the participle مؤكدةً
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وأعلنت البلدية إغلاق السوق القديم أمام المركبات، وأكدت استمرار أعمال الترميم حتى نهاية الشهر.");
        assertThat(claims).extracting(QuoteClaim::quote).contains("استمرار أعمال الترميم حتى نهاية الشهر");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("البلدية");
    }

    @Test
    void anAccusersSubjectEndsBeforeTheAccused() {
        // a phrase opening the sentence ("في المقابل،") leaves the verb after its comma the sentence's own; an indefinite
        // subject ends where the accused, with the article, begin; one definite word and a call object are two phrases
        assertThat(QuoteFinderTest.AR.find("في المقابل، اتهمت فصائل مسلحة معارضة القوات الحكومية بـ«قصف الأحياء السكنية»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("فصائل مسلحة معارضة");
                    assertThat(c.quote()).isEqualTo("قصف الأحياء السكنية");
                });
        assertThat(QuoteFinderTest.AR.find("من جهتها، اتهمت النقابة السلطات بـ«التضييق على العمل النقابي»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("النقابة"));
        assertThat(QuoteFinderTest.AR.find("وانتقد النائب القرار، داعياً جميع الكتل إلى «تحمل مسؤولياتها»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("النائب"));
    }
}
