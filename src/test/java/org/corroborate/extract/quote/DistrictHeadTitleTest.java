package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * «قائمقام» (the head of an Iraqi or Lebanese district) is one of the {@code speaker_heads}: with a district the packs do
 * not know after it, the title and the name in apposition («وأكد قائمقام زاخو، فلان، أن …») were read as a name and
 * its description, and the title spoke instead of the person named.
 */
class DistrictHeadTitleTest {

    @Test
    void theNameInAppositionAfterTheDistrictHeadSpeaks() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وأكد قائمقام تلعفر، قاسم البياتي، في تصريح للصحفيين أن «الطريق بين القضاء والموصل أعيد فتحه أمام المسافرين».");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("قاسم البياتي");
            assertThat(c.quote()).isEqualTo("الطريق بين القضاء والموصل أعيد فتحه أمام المسافرين");
            assertThat(c.direct()).isTrue();
        });
        assertThat(QuoteFinderTest.AR.find("وقال قائمقام سنجار، نايف خلف، إن المدارس ستعاود فتح أبوابها الأسبوع المقبل."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("نايف خلف"));
    }

    @Test
    void withNoNameTheTitleSpeaksAndAsAnObjectItSpeaksNot() {
        assertThat(QuoteFinderTest.AR.find("وقال قائمقام القضاء إن المدارس ستغلق أبوابها يومين بسبب العاصفة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("قائمقام القضاء"));
        assertThat(QuoteFinderTest.AR.find("وقالت الشرطة إن قائمقام القضاء نجا من محاولة اغتيال مساء أمس."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("الشرطة");
                    assertThat(c.quote()).isEqualTo("قائمقام القضاء نجا من محاولة اغتيال مساء أمس");
                });
    }
}
