package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.quotes;
import static org.corroborate.extract.ExtractedClaims.speakers;
import static org.corroborate.extract.quote.TitledNamesAndUnnamedSourcesTest.only;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Rule 26 of dev (the speaker is the noun phrase as written) for a person's name after an Arabic title whose word opens
 * with a letter that is also an attached preposition (ب، ل): «بيرند»، «لوران»، «ليلى»، «بلقاسم». Such a word is the
 * name's, not a preposition's noun, when the name it stands in follows the title and is closed by a complementizer, a
 * colon, a comma, a stop or an outlet addressed; a family name with the article may end the name («بشرى العمري»), and a
 * later word of the name may carry the letter («كمال بلقاسم»). An outlet or a counterpart the words were said to
 * («لرويترز»، «لنظيره الفرنسي»), a manner («بلهجة حازمة») or what was reported («بمقتل») is none.
 */
class NamesWithAPrepositionLetterTest {
    private static final String DAY = "2026-06-15";

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
    void aNameOpeningWithLamAfterATitleIsTheSpeakers() {
        assertThat(speakers("وأكدت رئيسة الجمعية لبنى بن سالم أن \"المعرض سيستقبل الزوار طوال الأسبوع\".", Language.AR, DAY))
                .containsExactly("رئيسة الجمعية لبنى بن سالم");
    }

    @Test
    void aFamilyNameOpeningWithBaIsTheSpeakers() {
        assertThat(speakers("وقال رئيس النقابة كمال بلقاسم في مؤتمر صحفي: «لن نتراجع عن مطالبنا».", Language.AR, DAY))
                .containsExactly("رئيس النقابة كمال بلقاسم");
    }

    @Test
    void aNameBeforeTheOutletAddressedKeepsTheOutletOut() {
        QuoteClaim claim = only("وقالت مديرة المدرسة بشرى العمري لوكالة الأنباء إن الدروس ستستأنف الأحد.");
        assertThat(claim.speaker().text()).isEqualTo("مديرة المدرسة بشرى العمري");
    }

    @Test
    void aTitlesGenitiveWithLamBeforeANameKeepsTheName() {
        assertThat(speakers("وقال الأمين العام للاتحاد سعيد النعيمي إن الاجتماع المقبل سيعقد في الرباط.", Language.AR, DAY))
                .containsExactly("الأمين العام للاتحاد سعيد النعيمي");
    }

    @Test
    void aBodysNameAfterOnBehalfOfMayEndWithSuchALetter() {
        assertThat(speakers("وقال المتحدث باسم مديرية شرطة بنزرت إن التحقيق مستمر.", Language.AR, DAY))
                .containsExactly("المتحدث باسم مديرية شرطة بنزرت");
    }

    @Test
    void aVerbalNounAndItsObjectAfterATitleIsNoName() {
        assertThat(speakers("وطالب وزير الخارجية بطرد السفير من البلاد، وقال إن القرار نهائي.", Language.AR, DAY))
                .containsExactly("وزير الخارجية");
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
    void anOutletOrACounterpartAddressedIsNoName() {
        assertThat(speakers("وقالت الوزارة لرويترز إن \"المفاوضات ما زالت متعثرة\".", Language.AR, DAY)).containsExactly("الوزارة");
        assertThat(speakers("وقال الرئيس عون لنظيره الفرنسي إن \"لبنان يحتاج إلى دعم عاجل\".", Language.AR, DAY))
                .containsExactly("الرئيس عون");
    }

    @Test
    void aReportedCountNounIsNoName() {
        assertThat(quotes("أفادت وزارة الداخلية بمقتل أربعة من عناصر الشرطة في هجوم على حاجز أمني.", Language.AR, DAY))
                .allSatisfy(q -> {
                    assertThat(q.speaker().text()).isEqualTo("وزارة الداخلية");
                    assertThat(q.sourcing()).isTrue();
                });
    }
}
