package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.quotes;
import static org.corroborate.extract.ExtractedClaims.speakers;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A person's name after a title may open with a letter that is also an attached preposition (ب، ل): «ليلى»، «بلقاسم»،
 * «بن». Such a word is the name's, not a preposition's noun, when the name it stands in is closed by a complementizer, a
 * colon, a comma or a stop; an outlet or a counterpart the words were said to is none («لرويترز»، «لنظيره الفرنسي»).
 */
class NamesWithAPrepositionLetterTest {
    private static final String DAY = "2026-06-15";

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
    void aTitlesGenitiveWithLamBeforeANameKeepsTheName() {
        assertThat(speakers("وقال الأمين العام للاتحاد سعيد النعيمي إن الاجتماع المقبل سيعقد في الرباط.", Language.AR, DAY))
                .containsExactly("الأمين العام للاتحاد سعيد النعيمي");
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
