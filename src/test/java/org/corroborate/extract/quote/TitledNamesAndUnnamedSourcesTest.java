package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Rule 26 of dev (the speaker is the noun phrase as written) for an Arabic title and a person's name the packs do not
 * know: a name whose first letter is that of a preposition (بيتر، لويس، بسام) is no preposition's noun after a title;
 * a name after «المتحدث باسمه» is the spokesman's; and an aside that withholds the source's name («فضل عدم ذكر اسمه»)
 * names no one, the title before it speaking.
 */
class TitledNamesAndUnnamedSourcesTest {

    private static QuoteClaim only(String text) {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(text);
        assertThat(claims).hasSize(1);
        return claims.getFirst();
    }

    @Test
    void aNameOpeningWithBaAfterATitleIsPartOfTheSpeaker() {
        QuoteClaim claim = only("وقال وزير الاقتصاد بيرند كلاوس إن الحكومة ستراجع أسعار الوقود الشهر المقبل.");
        assertThat(claim.speaker().text()).isEqualTo("وزير الاقتصاد بيرند كلاوس");
        assertThat(claim.quote()).isEqualTo("الحكومة ستراجع أسعار الوقود الشهر المقبل");
    }

    @Test
    void aNameOpeningWithLamBeforeAColonIsPartOfTheSpeaker() {
        QuoteClaim claim = only("وقال مدرب المنتخب لوران بيرنار: «اللاعبون قدموا كل ما لديهم».");
        assertThat(claim.speaker().text()).isEqualTo("مدرب المنتخب لوران بيرنار");
        assertThat(claim.direct()).isTrue();
    }

    @Test
    void aNameBeforeTheOutletAddressedKeepsTheOutletOut() {
        QuoteClaim claim = only("وقالت مديرة المدرسة بشرى العمري لوكالة الأنباء إن الدروس ستستأنف الأحد.");
        assertThat(claim.speaker().text()).isEqualTo("مديرة المدرسة بشرى العمري");
    }

    @Test
    void namesWithoutSuchALetterStillRead() {
        assertThat(only("وقال رئيس البلدية سامر يوسف إن أعمال الصيانة ستنتهي قريباً.").speaker().text())
                .isEqualTo("رئيس البلدية سامر يوسف");
    }

    @Test
    void aMannerOrAnOutletAfterTheTitleIsNoName() {
        assertThat(only("وقال الوزير بلهجة حازمة إن الحكومة لن تتراجع عن القرار.").speaker().text()).isEqualTo("الوزير");
        assertThat(only("وقال وزير الخارجية لصحيفة محلية إن المفاوضات متعثرة.").speaker().text()).isEqualTo("وزير الخارجية");
        assertThat(only("وقال المحافظ بدوره إن الطرق أعيد فتحها.").speaker().text()).isEqualTo("المحافظ");
    }

    @Test
    void aNameAfterOnItsBehalfIsTheSpokesmans() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وطعنت الجبهة الشعبية في نتائج الاقتراع، وقال المتحدث باسمها نبيل عساف إن «عمليات الفرز شابتها خروقات».");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("المتحدث باسمها نبيل عساف");
            assertThat(c.quote()).isEqualTo("عمليات الفرز شابتها خروقات");
        });
        assertThat(only("وقال المتحدث باسم الجبهة نبيل عساف إن الفرز شابته خروقات.").speaker().text())
                .isEqualTo("المتحدث باسم الجبهة نبيل عساف");
    }

    @Test
    void anAsideWithholdingTheNameLeavesTheTitleSpeaking() {
        QuoteClaim claim = only("وقال ضابط في الشرطة، فضل عدم ذكر اسمه، إن المهاجمين لاذوا بالفرار نحو الجبال.");
        assertThat(claim.speaker().text()).isEqualTo("ضابط في الشرطة");
        assertThat(claim.quote()).isEqualTo("المهاجمين لاذوا بالفرار نحو الجبال");
    }

    @Test
    void anOutletSetOffAfterSuchAnAsideStillLeavesTheClause() {
        QuoteClaim claim = only("وقال مصدر عسكري، طلب عدم الكشف عن هويته، لوكالة الأنباء الألمانية، إن القصف استهدف مخزناً للذخيرة.");
        assertThat(claim.speaker().text()).isEqualTo("مصدر عسكري");
        assertThat(claim.quote()).isEqualTo("القصف استهدف مخزناً للذخيرة");
    }

    @Test
    void aNameInApppositionStillSpeaks() {
        assertThat(only("وقال المدير الإقليمي للمنظمة، كريم الهاشمي، إن المساعدات وصلت.").speaker().text())
                .isEqualTo("كريم الهاشمي");
    }
}
